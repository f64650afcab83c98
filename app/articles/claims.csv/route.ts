// The desk's own CSV download (signed in): the same export as GET /api/v1/claims.csv, for the links
// on the articles list and the search page. A form's repeated `ids` boxes become one list.
import { getActor } from "@/lib/auth/get-actor";
import { claimsCsvResponse } from "@/lib/api/claims-csv-response";
import { publicOrigin } from "@/lib/config/public-origin";
import { HTTP_STATUS, toAppError } from "@/lib/errors";
import { exportClaims } from "@/lib/server/claims/export-claims";

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const filters: Record<string, string> = Object.fromEntries(params);
  delete filters.selection; // the "Download selected" button's own name
  delete filters.from; // the search it was pressed on
  const ids = params.getAll("ids").join(",");
  // "Download selected" with nothing ticked must not quietly download everything: back to the
  // search, which says what to do.
  if (params.has("selection") && !ids) {
    const back = new URL(`/search?q=${encodeURIComponent(params.get("from") ?? "")}&export=none-selected`, publicOrigin(request.headers));
    return Response.redirect(back, 303);
  }
  const input = { ...filters, ids: ids || undefined };
  try {
    return claimsCsvResponse(await exportClaims({ actor: await getActor(), input }), publicOrigin(request.headers));
  } catch (error) {
    const known = toAppError(error);
    if (!known) throw error;
    const detail = Object.values(known.fieldErrors ?? {})
      .flat()
      .join(" ");
    return new Response(`${known.message} ${detail}`.trim(), {
      status: HTTP_STATUS[known.code],
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
