// The OpenAPI 3.1 document of API v1, generated from the endpoints' schemas (lib/api/openapi.ts).
import { ENDPOINTS } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS } from "@/lib/api/route";
import { publicOrigin } from "@/lib/config/public-origin";

export async function GET(request: Request) {
  return Response.json(openApiDocument(ENDPOINTS, publicOrigin(request.headers)), {
    headers: { ...CORS_HEADERS, "cache-control": "public, max-age=300" },
  });
}
