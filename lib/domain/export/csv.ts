// CSV as RFC 4180 has it (fields quoted when they hold a quote, comma or line break), with every
// text cell that a spreadsheet would run as a formula neutralised (OWASP "CSV injection"): a
// leading =, +, -, @, tab or carriage return gets a ' in front, so it shows as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: header row first, CRLF line ends, and a byte-order mark so spreadsheets read UTF-8. */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
