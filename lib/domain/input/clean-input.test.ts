import { describe, expect, it } from "vitest";
import { inputProblem, MAX_INPUT_DEPTH } from "./clean-input";

describe("the input guard before every schema", () => {
  it("accepts ordinary text, emoji and accents", () => {
    expect(inputProblem({ text: "Sheinbaum dijo: «nunca» 🇲🇽", tags: ["a", "b"], n: 3 })).toBeNull();
  });
  it("refuses NUL bytes and lone surrogates, saying where", () => {
    expect(inputProblem({ claim: { text: "a\u0000b" } })).toEqual({ path: ["claim", "text"], message: expect.stringContaining("NUL") });
    expect(inputProblem({ summary: "broken \uD83D here" })).toMatchObject({
      path: ["summary"],
      message: expect.stringContaining("surrogate"),
    });
    expect(inputProblem({ summary: "broken \uDE00" })).toMatchObject({ path: ["summary"] });
  });
  it("refuses input nested deeper than the limit without recursing", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inputProblem(deep)?.message).toContain(`${MAX_INPUT_DEPTH} levels`);
  });
});

describe("unreadable input", () => {
  it("is a problem, not a crash", () => {
    const trap = Object.defineProperty({}, "text", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(inputProblem({ claim: trap })).toEqual({ path: [], message: "The input could not be read." });
  });
});
