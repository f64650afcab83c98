"use client";
// "Keyboard shortcuts": what the workbench's keys do (WORKBENCH_KEYS). A modal dialog; Escape or
// Close returns focus to where it was.
import { forwardRef } from "react";
import { WORKBENCH_KEYS } from "@/lib/editor/extensions/workbench-keys";

export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_, ref) {
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <p className="muted">In the article text (click into it, or Tab to it):</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {WORKBENCH_KEYS.map((row) => (
            <tr key={row.keys}>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
              <td>{row.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="button-row">
        <button className="button">Close</button>
      </form>
    </dialog>
  );
});
