// Pasted or uploaded JSON-LD as a value, or a message a person can act on (where the JSON breaks,
// by line and column). Markup copied from a page's source — one <script type="application/ld+json">
// element — is accepted as its content.

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

const SCRIPT_ELEMENT = /^<script\b[^>]*>([\s\S]*)<\/script>$/i;

/** Parses JSON text (a leading byte-order mark and one surrounding script element are ignored). */
export function readJsonText(text: string): JsonText {
  let source = text.replace(/^\uFEFF/, "").trim();
  const script = SCRIPT_ELEMENT.exec(source);
  if (script) source = script[1]!.trim();
  if (!source) return { ok: false, message: "There is no JSON to import." };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const reason = (error as Error).message.replace(/\s*\(line \d+ column \d+\)/, "");
    const position = /at position (\d+)/.exec(reason);
    if (!position) return { ok: false, message: `The JSON could not be read: ${reason}.` };
    const before = source.slice(0, Number(position[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    const what = reason.replace(/\s*in JSON at position \d+/, "");
    return { ok: false, message: `The JSON could not be read: ${what} (line ${line}, column ${column}).` };
  }
}
