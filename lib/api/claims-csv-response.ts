// The claims CSV as a download, for the API and the desk's own export links alike.
import { absolute } from "@/lib/domain/api/present-claims";
import { type ClaimCsvRow, claimsCsv } from "@/lib/domain/export/claims-csv";

export function claimsCsvResponse(rows: ClaimCsvRow[], origin: string): Response {
  const csv = claimsCsv(rows.map((row) => ({ ...row, publishedUrl: row.publishedUrl && absolute(row.publishedUrl, origin) })));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="claims-${date}.csv"` },
  });
}
