// The OpenAPI 3.1 document of API v1, generated from the endpoints' own zod schemas (the ones that
// validate requests and type the answers): nothing here is written twice.
import { z } from "zod";
import { type ErrorCode, HTTP_STATUS } from "@/lib/errors";
import { apiErrorSchema } from "@/lib/schemas/api";
import type { Endpoint } from "./endpoint";

type JsonSchema = { [key: string]: unknown };

/** JSON Schema for one zod schema, with its named parts moved into `components`. */
function schemaOf(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const { $defs, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema & {
    $defs?: Record<string, JsonSchema>;
  };
  delete json.$schema; // the document's dialect is JSON Schema 2020-12 already
  const relink = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(relink)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value).map(([key, inner]) => [
              key,
              key === "$ref" && typeof inner === "string" ? inner.replace("#/$defs/", "#/components/schemas/") : relink(inner),
            ]),
          )
        : value;
  for (const [name, definition] of Object.entries($defs ?? {})) components[name] = relink(definition) as JsonSchema;
  return relink(json) as JsonSchema;
}

const ALWAYS: ErrorCode[] = ["UNAUTHENTICATED", "INVALID_INPUT", "RATE_LIMITED"];
const ERROR_TEXT: Record<ErrorCode | "INTERNAL", string> = {
  UNAUTHENTICATED: "The token is missing (where one is needed), unknown or revoked.",
  FORBIDDEN: "The token's scope does not allow this.",
  NOT_FOUND: "Nothing has this address or id.",
  CONFLICT: "Someone else changed the same thing at the same moment.",
  INVALID_STATE: "Not possible in the current state.",
  INVALID_INPUT: "A parameter or the body is not valid; `fields` says which.",
  TOO_LARGE: "The body is too large.",
  RATE_LIMITED: "Too many requests; wait for the seconds in Retry-After.",
  INTERNAL: "Something went wrong on the server.",
};

function operation(endpoint: Endpoint, components: Record<string, JsonSchema>) {
  const pathNames = new Set([...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
  const input = endpoint.parameters ? schemaOf(endpoint.parameters, "input", components) : null;
  const properties = (input?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((input?.required as string[] | undefined) ?? []);
  const parameters = Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: pathNames.has(name) ? "path" : "query",
      required: pathNames.has(name) || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
  const statuses = new Map<number, string[]>();
  for (const code of [...ALWAYS, ...endpoint.errors])
    statuses.set(HTTP_STATUS[code], [...(statuses.get(HTTP_STATUS[code]) ?? []), ERROR_TEXT[code]]);
  const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: endpoint.tags,
    security: endpoint.access === "public" ? [{}, { bearerAuth: [] }] : [{ bearerAuth: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(endpoint.body, "input", components) } } } }
      : {}),
    responses: {
      "200": {
        description: endpoint.response.description,
        content: {
          [endpoint.response.contentType ?? "application/json"]: { schema: schemaOf(endpoint.response.schema, "output", components) },
        },
      },
      ...Object.fromEntries(
        [...statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, texts]) => [String(status), { description: texts.join(" "), content: errorContent }]),
      ),
    },
  };
}

export function openApiDocument(endpoints: Endpoint[], origin: string) {
  const components: Record<string, JsonSchema> = {};
  // A schema with a meta id lands in `components` under that id and comes back as a $ref to it.
  const error = schemaOf(apiErrorSchema, "output", components);
  components.Error ??= error;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(endpoint, components);
  return {
    openapi: "3.1.0",
    info: {
      title: "Fact-check workbench API",
      version: "1.0.0",
      description:
        'Published fact-checks, similar claims, check-worthiness and the reference archive. Public endpoints need no token; the others take `Authorization: Bearer <token>` (an admin creates tokens under Admin → API tokens). Errors are `{ "error": { "code", "message", "fields"? } }`.',
    },
    servers: [{ url: origin }],
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (fcw_…)." } },
    },
  };
}
