import { claimsCsvEndpoint } from "@/lib/api/endpoints";
import { apiOptions, apiRoute } from "@/lib/api/route";
import { claimsCsvResponse } from "@/lib/api/claims-csv-response";
import { exportClaims } from "@/lib/server/claims/export-claims";

export const GET = apiRoute(claimsCsvEndpoint, async ({ actor, input, origin }) =>
  claimsCsvResponse(await exportClaims({ actor, input }), origin),
);
export const OPTIONS = apiOptions("GET");
