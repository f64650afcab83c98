import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS } from "./default-scale";
import { scaleProblem } from "./scale-rules";

describe("rating scale rules", () => {
  it("accepts the default scale", () => {
    expect(scaleProblem(DEFAULT_RATINGS)).toBeNull();
  });
  it("refuses values below 1, truer ratings with lower values, and a scale without a best above a worst", () => {
    expect(
      scaleProblem([
        { label: "True", value: 1 },
        { label: "False", value: 0 },
      ]),
    ).toMatch(/False has the value 0/);
    expect(
      scaleProblem([
        { label: "True", value: 2 },
        { label: "False", value: 5 },
      ]),
    ).toMatch(/True \(2\) is above False \(5\)/);
    expect(
      scaleProblem([
        { label: "True", value: 3 },
        { label: "Also true", value: 3 },
      ]),
    ).toMatch(/must be higher/);
    expect(
      scaleProblem([
        { label: "True", value: 3 },
        { label: "Unverifiable", value: null },
      ]),
    ).toMatch(/at least two numeric ratings/);
  });
  it("lets ratings without a value sit anywhere", () => {
    expect(
      scaleProblem([
        { label: "Unverifiable", value: null },
        { label: "True", value: 2 },
        { label: "Satire", value: null },
        { label: "False", value: 1 },
      ]),
    ).toBeNull();
  });
});
