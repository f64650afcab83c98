// A published claim and snapshot for unit tests of the publication formats.
import type { PublicationSnapshot, SnapshotClaim } from "../schemas/publication";

export const snapshotClaim = (overrides: Partial<SnapshotClaim> = {}): SnapshotClaim => ({
  id: "c1",
  text: "Troops are needed to stop fentanyl.",
  anchor: { exact: "x", prefix: "", suffix: "", start: 0, end: 1 },
  claimant: { name: "Donald Trump", title: "President", sameAs: ["https://www.wikidata.org/wiki/Q22686"], isOrganization: false },
  dateSaid: "2025-05-04T12:00:00.000Z",
  appearanceUrl: "https://example.org/video",
  rating: { label: "Mostly false", value: 3, description: "", color: "#b4410c", icon: "cross-minus" },
  summary: "",
  explanation: { type: "doc", content: [] },
  sources: [],
  author: "Ed",
  reviewers: [],
  verdictUpdatedAt: "2025-05-16T00:00:00.000Z",
  ...overrides,
});

export const snapshotOf = (claims: SnapshotClaim[]): PublicationSnapshot => ({
  article: {
    title: "T",
    byline: null,
    siteName: null,
    sourceUrl: "https://news.example/story",
    publishedTime: null,
    language: "en",
    plainText: "x",
  },
  claims,
  scale: { best: 6, worst: 1 },
  publisher: { name: "The Fact-Check Desk", url: "https://desk.example", logoUrl: null },
});
