import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "./endpoints";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and lists every endpoint with its parameters and errors", async () => {
    const document = openApiDocument(ENDPOINTS, "https://desk.example.org");
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/v1/fact-checks", "/api/v1/claims/similar", "/api/v1/articles/{id}/claims"]),
    );
    const similar = document.paths["/api/v1/claims/similar"]!.get as { parameters: { name: string; in: string; required: boolean }[] };
    expect(similar.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "text", in: "query", required: true }),
        expect.objectContaining({ name: "limit", required: false }),
      ]),
    );
    const claims = document.paths["/api/v1/articles/{id}/claims"]!.get as {
      parameters: { name: string; in: string }[];
      responses: object;
      security: object[];
    };
    expect(claims.parameters[0]).toMatchObject({ name: "id", in: "path" });
    expect(Object.keys(claims.responses)).toEqual(["200", "401", "403", "404", "422", "429"]);
    expect(claims.security).toEqual([{ bearerAuth: [] }]);
  });

  it("resolves every $ref to a schema in components", () => {
    const document = openApiDocument(ENDPOINTS, "https://desk.example.org");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty(name);
  });
});
