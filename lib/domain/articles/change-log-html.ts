// A change log as HTML, shared by the desk's "What changed" page and the public change log so that
// both read the same. Inserted words are <ins> (underlined), deleted ones <del> (struck through),
// and each says so in words for screen readers — never colour alone. Everything is escaped.
import { escapeHtml as e } from "../html/escape-html";
import { type ChangeLog, type ChangeSegment, markBreaks, omittedChangesLabel, omittedLabel, skippedLabel } from "./change-log";

const gap = (text: string) => `<p class="change-log__gap">${e(text)}</p>`;

function segmentHtml({ kind, text, omitted }: ChangeSegment): string {
  if (kind === "same") return e(text);
  const [tag, word] = kind === "added" ? ["ins", "inserted"] : ["del", "deleted"];
  const rest = omitted > 0 ? e(omittedLabel(omitted, kind)) : "";
  return `<${tag}><span class="visually-hidden">[${word}: </span>${e(markBreaks(text))}${rest}<span class="visually-hidden">]</span></${tag}>`;
}

/** The hunks with their collapsed stretches between them; `label` names the region for assistive technology. */
export function changeLogHtml(log: ChangeLog, label = "Changes"): string {
  const parts: string[] = [];
  for (const hunk of log.hunks) {
    if (hunk.skippedBefore > 0) parts.push(gap(skippedLabel(hunk.skippedBefore)));
    parts.push(`<p class="change-log__hunk">${hunk.segments.map(segmentHtml).join("")}</p>`);
  }
  if (log.skippedAfter > 0 && log.hunks.length > 0) parts.push(gap(skippedLabel(log.skippedAfter)));
  if (log.omittedChanges > 0) parts.push(gap(omittedChangesLabel(log.omittedChanges)));
  return `<div class="change-log" role="region" aria-label="${e(label)}">${parts.join("")}</div>`;
}
