import { highlightPieces } from "@/lib/domain/search/highlight";

/** A ts_headline snippet: text as text, the matched words in <mark>. */
export function Highlighted({ headline }: { headline: string }) {
  return <>{highlightPieces(headline).map((piece, index) => (piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}
