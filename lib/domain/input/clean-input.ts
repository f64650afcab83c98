// A cheap walk over any input before a schema sees it: how deep it nests, how many values it
// holds, and whether any text carries a NUL byte or half of a UTF-16 surrogate pair. Postgres
// refuses NUL in text and lone surrogates are not text at all; deep nesting would exhaust the stack
// of the recursive schemas. Returns the first problem with the path where it was found.

export const MAX_INPUT_DEPTH = 32;
export const MAX_INPUT_VALUES = 50_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type InputProblem = { path: string[]; message: string };

/** The first problem of `input`; `maxValues` raises the count for inputs that are lists by nature (an import of 1,000 items). */
export function inputProblem(input: unknown, { maxValues = MAX_INPUT_VALUES }: { maxValues?: number } = {}): InputProblem | null {
  try {
    return walk(input, maxValues);
  } catch {
    // A value that cannot even be read (a throwing getter, a revoked proxy) is no input at all.
    return { path: [], message: "The input could not be read." };
  }
}

function walk(input: unknown, maxValues: number): InputProblem | null {
  let values = 0;
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++values > maxValues) return { path: [], message: "The input holds too many values." };
    if (typeof value === "string") {
      if (value.includes("\u0000")) return { path, message: "Remove the NUL character (\\u0000) from this text." };
      if (LONE_SURROGATE.test(value)) return { path, message: "This text contains a broken character (a lone UTF-16 surrogate)." };
    } else if (value && typeof value === "object") {
      if (path.length >= MAX_INPUT_DEPTH) return { path, message: `The input nests more than ${MAX_INPUT_DEPTH} levels deep.` };
      for (const [key, inner] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key) || key.includes("\u0000")) return { path, message: "A field name contains a broken character." };
        stack.push({ value: inner, path: [...path, key] });
      }
    }
  }
  return null;
}
