import { describe, expect, it } from "vitest";
import { actionArgumentsMalformed } from "./action-body";

const text = (value: string) => actionArgumentsMalformed({ kind: "text", text: value });

describe("server action call bodies", () => {
  it("lets through what our pages send: plain values, escaped dollars, undefined, dates", () => {
    expect(text('["cabc", {"claimId": "c1", "text": "$$5 billion", "note": "$undefined"}]')).toBe(false);
    expect(text('["$D2026-11-26T10:00:00.000Z", "$NaN", "$-0", "$n12"]')).toBe(false);
    expect(actionArgumentsMalformed({ kind: "multipart", root: '["$undefined", "$K1"]' })).toBe(false);
  });

  it("refuses references to promises, server functions, maps, streams and unparsable numbers", () => {
    for (const forged of ["$@0", "$F1", "$h1", "$Q0", "$W0", "$T", "$R1", "$nabc", "$S"])
      expect(text(`["a", {"x": "${forged}"}]`), forged).toBe(true);
    expect(text('["$K1"]'), "form parts only exist in multipart bodies").toBe(true);
    expect(actionArgumentsMalformed({ kind: "multipart", root: '["$Kzz"]' })).toBe(true);
    expect(actionArgumentsMalformed({ kind: "multipart", root: null }), "a form without its arguments").toBe(true);
  });

  it("refuses bodies that are not a JSON array of clean values", () => {
    for (const body of ["", "{", "null", "{}", '"x"', `${"[".repeat(100)}${"]".repeat(100)}`, '["\\u0000"]'])
      expect(text(body), body).toBe(true);
  });
});
