import fs from "node:fs";
import path from "node:path";
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

  it("describes every component, none only a reference to itself (the error shape included)", () => {
    const schemas = openApiDocument(ENDPOINTS, "https://desk.example.org").components.schemas as Record<string, { $ref?: string }>;
    for (const [name, schema] of Object.entries(schemas)) expect(schema.$ref, name).not.toBe(`#/components/schemas/${name}`);
    expect(schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });

  it("documents every route under app/api/v1, with its methods", () => {
    const root = path.join(process.cwd(), "app", "api", "v1");
    const routes = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith("route.ts") && !file.startsWith("openapi.json"))
      .flatMap((file) => {
        const source = fs.readFileSync(path.join(root, file), "utf8");
        const route = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
        return ["GET", "POST"]
          .filter((method) => new RegExp(`export const ${method}\\b`).test(source))
          .map((method) => `${method} ${route}`);
      });
    const documented = ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(routes.sort()).toEqual(documented.sort());
  });
});
