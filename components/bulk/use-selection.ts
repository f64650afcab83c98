"use client";
// The ticked boxes of a list (see select-box.ts): counted live, all ticked at once, read on Apply.
import { useCallback, useEffect, useState } from "react";

function boxes(formId: string): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][data-bulk="${formId}"]`)];
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
    // The boxes are the server's: counted once they are in the page, and again when a refresh
    // re-renders the list.
    const frame = requestAnimationFrame(recount);
    const observer = new MutationObserver(recount);
    observer.observe(document.body, { childList: true, subtree: true });
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLInputElement && event.target.dataset.bulk === formId) recount();
    };
    document.addEventListener("change", onChange);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      document.removeEventListener("change", onChange);
    };
  }, [formId, recount]);

  const selectAll = (checked: boolean) => {
    for (const box of boxes(formId)) box.checked = checked;
    recount();
  };
  const ticked = () => boxes(formId).filter((box) => box.checked);
  return {
    count,
    total,
    selectAll,
    values: () => ticked().map((box) => box.value),
    claims: () => ticked().map((box) => ({ claimId: box.value, version: Number(box.dataset.version) })),
    claimIds: () =>
      ticked().flatMap((box) => (box.dataset.claimIds !== undefined ? box.dataset.claimIds.split(",").filter(Boolean) : [box.value])),
  };
}
