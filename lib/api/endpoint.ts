// What an API v1 endpoint is: its method and path, who may call it, the schemas of what it takes
// and what it answers. Route handlers are built from these (route.ts) and the OpenAPI document is
// generated from them (openapi.ts), so the document cannot drift from the code.
import type { z } from "zod";
import type { ErrorCode } from "@/lib/errors";

export type Endpoint = {
  method: "GET" | "POST";
  /** OpenAPI path template, e.g. "/api/v1/fact-checks/{slug}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** "public": anyone (a token may widen the answer); "read"/"write": a token of that scope (write includes read). */
  access: "public" | "read" | "write";
  /** Path and query parameters together: the use-case's input schema. */
  parameters?: z.ZodObject;
  /** The JSON body: the use-case's input schema. */
  body?: z.ZodType;
  maxBodyBytes?: number;
  response: { schema: z.ZodType; description: string; contentType?: string };
  /** Errors beyond the ones every endpoint may answer (invalid input, unknown token, rate limit). */
  errors: ErrorCode[];
  /** Anonymous answers may be cached this many seconds by browsers and shared caches. */
  publicMaxAge?: number;
};

export function defineEndpoint<E extends Endpoint>(endpoint: E): E {
  return endpoint;
}
