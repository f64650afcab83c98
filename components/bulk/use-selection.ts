"use client";
// The ticked boxes of a list: checkboxes rendered by the server anywhere on the page, tied to the
// bulk form by their `form` attribute. Values are "claimId:version" (the version the person saw)
// or an article id with its claims' ids in data-claim-ids.
import { useCallback, useEffect, useState } from "react";

export const SELECT_NAME = "selected";

function boxes(formId: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${formId}"][name="${SELECT_NAME}"]`)];
}

export function useSelection(formId: string) {
  const [count, setCount] = useState(0);
  const [total, setTotal] = useState(0);
  const recount = useCallback(() => {
    const all = boxes(formId);
    setTotal(all.length);
    setCount(all.filter((box) => box.checked).length);
  }, [formId]);
  useEffect(() => {
    recount();
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.getAttribute("form") === formId) recount();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId, recount]);

  const selectAll = (checked: boolean) => {
    for (const box of boxes(formId)) box.checked = checked;
    recount();
  };
  const values = () =>
    boxes(formId)
      .filter((box) => box.checked)
      .map((box) => box.value);
  const claimIds = () =>
    boxes(formId)
      .filter((box) => box.checked)
      .flatMap((box) => (box.dataset.claimIds ? box.dataset.claimIds.split(",").filter(Boolean) : [box.value.split(":")[0]!]));
  return { count, total, selectAll, values, claimIds, recount };
}
