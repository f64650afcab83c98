// What a server action call from our own pages can look like, checked before Next decodes it.
// React's reply decoder gives strings that start with "$" a meaning: most encode values our forms
// send (an escaped "$", undefined, dates, numbers JSON cannot hold), but others name promises,
// server references, Maps, streams or form parts, and a forged one fails deep inside the decoder
// with a 500 — or reaches code that was never meant to be called from outside.
import { inputProblem } from "./clean-input";

/** "$"-strings a text (JSON) body may carry: what React writes for the values our pages pass. */
const TEXT_REFERENCE = /^\$(\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[\s\S]*|n-?\d+)$/;
/** A multipart body also names its own parts: FormData ("$K") and files ("$B"), by hex number. */
const PART_REFERENCE = /^\$[KB][0-9a-f]+$/;

export type ActionBody = { kind: "text"; text: string } | { kind: "multipart"; root: string | null };

function referenceProblem(args: unknown, multipart: boolean): boolean {
  const stack: unknown[] = [args];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.startsWith("$") && !TEXT_REFERENCE.test(value) && !(multipart && PART_REFERENCE.test(value))) return true;
    } else if (value && typeof value === "object") stack.push(...Object.values(value));
  }
  return false;
}

/** Whether the arguments of an action call are something our pages could have sent. */
export function actionArgumentsMalformed(body: ActionBody): boolean {
  const text = body.kind === "text" ? body.text : body.root;
  // React always writes the arguments as part "0" (a form posted without script sends no
  // next-action header and never comes here).
  if (text === null) return true;
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return true;
  }
  // inputProblem first: it bounds depth and size, so the reference walk below stays cheap.
  return !Array.isArray(args) || inputProblem(args) !== null || referenceProblem(args, body.kind === "multipart");
}
