// Reading one field of a ClaimReview as the table stores it: text without HTML, absolute http(s)
// addresses, numbers written as numbers or numeric strings, ISO 8601 dates with or without a time.
// Each reader records what is wrong with the field by its name, so one item can report every problem.
import type { ChildNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { firstOf, plainValue } from "./json-ld";

const LOOKS_LIKE_HTML = /<[a-z!/]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const BLOCK_BREAKS = new Set(["br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th"]);
const UNREAD = new Set(["script", "style", "template"]);

/** The visible text of a string that may carry HTML, its white space folded to single spaces. */
export function plainText(value: string): string {
  if (!LOOKS_LIKE_HTML.test(value)) return value.replace(/\s+/g, " ").trim();
  let text = "";
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") text += node.data;
      else if ("name" in node && "children" in node) {
        if (UNREAD.has(node.name)) continue;
        if (BLOCK_BREAKS.has(node.name)) text += " ";
        walk(node.children);
        if (BLOCK_BREAKS.has(node.name)) text += " ";
      }
    }
  };
  walk(parseDocument(value, { decodeEntities: true }).children);
  return text.replace(/\s+/g, " ").trim();
}

const WRITTEN_IN_FULL = /^https?:\/\/[^/\\]/i;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// Date, or date and time (a space is tolerated for the T), with optional seconds, fraction and offset.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
export const MAX_URL_LENGTH = 2048;

/** Collects the problems of one item while its fields are read; every reader returns null for a missing or broken value. */
export class FieldReader {
  readonly problems: string[] = [];

  problem(message: string): null {
    this.problems.push(message);
    return null;
  }

  /** Text without HTML; `required` reports it missing, `max` caps its length (counted after HTML is stripped). */
  text(value: unknown, field: string, { required = false, max }: { required?: boolean; max: number }): string | null {
    const raw = plainValue(firstOf(value));
    if (raw === undefined || raw === null || raw === "") return required ? this.problem(`${field} is missing`) : null;
    if (typeof raw !== "string") return this.problem(`${field} must be text`);
    if (raw.includes("\u0000")) return this.problem(`${field} contains a NUL character (\\u0000)`);
    const text = plainText(raw);
    if (!text) return required ? this.problem(`${field} is empty`) : null;
    if (text.length > max) return this.problem(`${field} is longer than ${max.toLocaleString("en")} characters`);
    return text;
  }

  /** An absolute http(s) address, as the URL standard writes it. */
  url(value: unknown, field: string, { required = false } = {}): string | null {
    const raw = plainValue(value);
    if (raw === undefined || raw === null || raw === "") return required ? this.problem(`${field} is missing`) : null;
    if (typeof raw !== "string") return this.problem(`${field} must be a web address (text)`);
    const trimmed = raw.trim();
    if (trimmed.includes("\u0000")) return this.problem(`${field} contains a NUL character (\\u0000)`);
    if (trimmed.length > MAX_URL_LENGTH) return this.problem(`${field} is longer than 2,048 characters`);
    try {
      const url = new URL(trimmed);
      if (WRITTEN_IN_FULL.test(trimmed) && /^https?:$/.test(url.protocol) && url.hostname) return url.href;
    } catch {
      // reported below
    }
    return this.problem(`${field} must be an absolute http(s) address`);
  }

  /** A number, or a string that is one ("4", "-1", "2.5"); empty means none. */
  number(value: unknown, field: string): number | null {
    const raw = plainValue(value);
    if (raw === undefined || raw === null || raw === "") return null;
    if (typeof raw === "number" && Number.isFinite(raw)) return raw;
    if (typeof raw === "string" && NUMBER.test(raw.trim())) return Number(raw.trim());
    return this.problem(`${field} must be a number (like 1 or "1")`);
  }

  /** A date as ISO 8601 writes it: 2024-03-05, 2024-03-05T10:00:00Z or 2024-03-05T10:00:00+01:00 (no offset means UTC). */
  date(value: unknown, field: string): Date | null {
    const raw = plainValue(firstOf(value));
    if (raw === undefined || raw === null || raw === "") return null;
    const date = typeof raw === "string" ? parseIsoDate(raw.trim()) : null;
    return date ?? this.problem(`${field} is not a valid date (use 2024-03-05 or 2024-03-05T10:00:00Z)`);
  }
}

/** The instant an ISO 8601 date or date-time names, or null when it names none (2024-02-30, 24:00, 05/03/2024). */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", offset = "Z"] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = parts;
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi, s, Number(fraction.slice(0, 3).padEnd(3, "0")));
  const shift = offsetMinutes(offset);
  // Date.UTC rolls 2024-02-30 over into March; a real date keeps its day.
  if (shift === null || new Date(local).getUTCDate() !== d) return null;
  return new Date(local - shift * 60_000);
}

function offsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === "Z") return 0;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || "0");
  if (hours > 14 || minutes > 59) return null;
  return (offset.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}
