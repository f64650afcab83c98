// Whether rebuilding the claim panel now would cost the editor something: a field they are in
// (its caret, its focus), or work outside the save queue — a comment being written, an open source
// or claimant form, a claimant search (marked with data-draft / data-draft-form). Live updates
// rebuild the panel only when this is false, and otherwise offer "Show their changes".
const TEXT_ENTRY = "input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable=true]";

export function panelHasDrafts(panel: Element | null): boolean {
  if (!panel) return false;
  const active = document.activeElement;
  if (active && panel.contains(active) && active.matches(TEXT_ENTRY)) return true;
  if (panel.querySelector("[data-draft-form]")) return true;
  return [...panel.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-draft]")].some(
    (element) => element.value.trim() !== (element.dataset.draft ?? "").trim(),
  );
}
