// The sample fact-check a fresh install shows. Every verdict rests on documents named exactly;
// where a source could not be pinned to an address, it is identified by author, occasion and date,
// and the rating says what cannot be verified.
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";

export const SAMPLE_ARTICLE = {
  file: "2025-05-15-troops-to-mexico.txt",
  slug: "trump-sheinbaum-us-troops-mexico",
  // The copy in seeds/articles matches, word for word, Fox News' report of Trump's 4 May 2025
  // remarks ("Trump says Mexican president is afraid of cartels after she rejected his offer to
  // send US troops to Mexico"). The dateline of our copy reads 15 May 2025.
  title: "Trump says Mexican president is afraid of cartels after she rejected his offer to send US troops to Mexico",
  siteName: "Fox News",
  publishedTime: "2025-05-15T00:00:00.000Z",
  language: "en",
};

export type SampleClaimant = { key: string; name: string; title: string; sameAs: string[]; isOrganization: boolean };

export const SAMPLE_CLAIMANTS: SampleClaimant[] = [
  {
    key: "trump",
    name: "Donald Trump",
    title: "President of the United States",
    sameAs: ["https://www.wikidata.org/wiki/Q22686", "https://en.wikipedia.org/wiki/Donald_Trump"],
    isOrganization: false,
  },
  {
    key: "sheinbaum",
    name: "Claudia Sheinbaum",
    title: "President of Mexico",
    sameAs: ["https://en.wikipedia.org/wiki/Claudia_Sheinbaum"],
    isOrganization: false,
  },
  {
    key: "fox",
    name: "Fox News",
    title: "News organization (the article's own reporting)",
    sameAs: ["https://en.wikipedia.org/wiki/Fox_News"],
    isOrganization: true,
  },
];

export type SampleSource = {
  url: string | null;
  title: string;
  publisher: string;
  quote: string | null;
  kind: "PRIMARY" | "SECONDARY";
};

export type SampleClaim = {
  quote: string;
  text: string;
  claimant: string;
  dateSaid: string | null;
  rating: string;
  summary: string;
  explanation: string[];
  sources: SampleSource[];
  state: ClaimState;
  tags: string[];
  checkWorthiness: number;
};

const EO_14167 =
  "https://www.federalregister.gov/documents/2025/01/30/2025-02089/clarifying-the-militarys-role-in-protecting-the-territorial-integrity-of-the-united-states";

const SHEINBAUM_TEXCOCO: SampleSource = {
  url: null,
  title: "Claudia Sheinbaum, speech at a public event in Texcoco, State of Mexico, 3 May 2025",
  publisher: "Presidency of Mexico",
  quote: "We can share information, but we will never accept the presence of the United States Army on our territory.",
  kind: "PRIMARY",
};

const WSJ_CALL_REPORT: SampleSource = {
  url: null,
  title: "Report on the April 2025 phone call between Trump and Sheinbaum, 2 May 2025",
  publisher: "The Wall Street Journal",
  quote: null,
  kind: "SECONDARY",
};

export const SAMPLE_CLAIMS: SampleClaim[] = [
  {
    quote: "Mexican President Claudia Sheinbaum rejected his offer to send U.S. troops to Mexico to help fight against cartels",
    text: "Mexican President Claudia Sheinbaum rejected Trump's offer to send U.S. troops into Mexico to fight drug cartels.",
    claimant: "trump",
    dateSaid: "2025-05-04",
    rating: "True",
    summary: "Both leaders confirm it: Sheinbaum said on 3 May 2025 that she had turned the offer down, and Trump confirmed the offer the next day.",
    explanation: [
      "On 2 May 2025 The Wall Street Journal reported that Trump had pressed Sheinbaum, in a phone call in April, to accept a larger role for the U.S. military against drug cartels in Mexico.",
      "At a public event in Texcoco, State of Mexico, on 3 May 2025, Sheinbaum confirmed the exchange: in her account Trump proposed that the U.S. Army come into Mexico to help fight drug trafficking, and she refused, saying Mexico's territory and sovereignty are inviolable.",
      "Speaking to reporters aboard Air Force One on 4 May, Trump confirmed that he had offered to send troops and that she had declined. The two accounts differ on her reasons (rated separately), not on the refusal itself.",
    ],
    sources: [
      SHEINBAUM_TEXCOCO,
      {
        url: null,
        title: "Donald Trump, remarks to reporters aboard Air Force One, 4 May 2025",
        publisher: "The White House press pool",
        quote: null,
        kind: "PRIMARY",
      },
      WSJ_CALL_REPORT,
    ],
    state: "APPROVED",
    tags: ["Mexico", "military", "cartels"],
    checkWorthiness: 5,
  },
  {
    quote: "she is so afraid of the cartels that she can’t even think straight",
    text: "Sheinbaum turned down U.S. troops because she is afraid of the cartels.",
    claimant: "trump",
    dateSaid: "2025-05-04",
    rating: "Unverifiable",
    summary: "A claim about her motives that no public record can settle; Sheinbaum herself gave national sovereignty as her reason.",
    explanation: [
      "Trump offered no evidence for his account of Sheinbaum's motives, and a person's state of mind cannot be checked against documents.",
      "What the record does show is the reason Sheinbaum gave: on 3 May 2025 she said Mexico's territory and sovereignty are inviolable and that the two countries can work together \"with you in your territory and us in ours\".",
      "We rate the claim Unverifiable rather than False: we can document her stated reason, but not disprove a motive.",
    ],
    sources: [SHEINBAUM_TEXCOCO],
    state: "IN_REVIEW",
    tags: ["Mexico", "cartels"],
    checkWorthiness: 3,
  },
  {
    quote: "we will never accept the presence of the United States Army on our territory",
    text: "Sheinbaum told Trump that Mexico would never accept the presence of the U.S. Army on its territory.",
    claimant: "sheinbaum",
    dateSaid: "2025-05-03",
    rating: "Mostly true",
    summary: "Her refusal is confirmed by Trump himself; her exact words in the private April call are known only from her own account.",
    explanation: [
      "Sheinbaum described the call at a public event on 3 May 2025. Neither government has published a transcript or a detailed readout of it.",
      "The Wall Street Journal's sources said on 2 May that she rejected a direct U.S. military role and offered cooperation such as intelligence sharing instead, and Trump confirmed on 4 May that she had turned his offer down.",
      "The substance of her claim, that she refused, is corroborated by both sides. The words she says she used cannot be independently verified, which is why we rate it Mostly true rather than True.",
    ],
    sources: [
      SHEINBAUM_TEXCOCO,
      WSJ_CALL_REPORT,
    ],
    state: "APPROVED",
    tags: ["Mexico", "sovereignty"],
    checkWorthiness: 4,
  },
  {
    quote: "Trump issued an order in January to increase the army’s role in slowing the flow of illegal immigrants into the U.S.",
    text: "In January 2025 Trump issued an order to increase the military's role at the U.S.-Mexico border.",
    claimant: "fox",
    dateSaid: null,
    rating: "True",
    summary: "Executive Order 14167, signed on 20 January 2025, gives the armed forces a larger role in sealing the border against unlawful migration and trafficking.",
    explanation: [
      "On 20 January 2025 Trump signed Executive Order 14167, \"Clarifying the Military's Role in Protecting the Territorial Integrity of the United States\", published in the Federal Register on 30 January 2025 (90 FR 8613).",
      "It directs the Secretary of Defense to give U.S. Northern Command the mission of sealing the borders against unlawful mass migration, narcotics trafficking and human smuggling. The same day Trump declared a national emergency at the southern border (Proclamation 10886).",
      "The article speaks of \"the army\"; the order covers the Armed Forces as a whole, which does not change the substance.",
    ],
    sources: [
      {
        url: EO_14167,
        title: "Executive Order 14167 of January 20, 2025: Clarifying the Military's Role in Protecting the Territorial Integrity of the United States",
        publisher: "Federal Register, vol. 90, p. 8613",
        quote: "it is essential that the Armed Forces staunchly continue to participate in the defense of our territorial integrity and sovereignty",
        kind: "PRIMARY",
      },
      {
        url: null,
        title: "Proclamation 10886 of January 20, 2025: Declaring a National Emergency at the Southern Border of the United States",
        publisher: "The White House",
        quote: null,
        kind: "PRIMARY",
      },
    ],
    state: "APPROVED",
    tags: ["border", "military", "executive order"],
    checkWorthiness: 4,
  },
  {
    quote: "In February, Trump designated many gangs and cartels smuggling drugs into the U.S. as “foreign terrorist organizations,”",
    text: "In February 2025 Trump designated drug-smuggling gangs and cartels as foreign terrorist organizations.",
    claimant: "fox",
    dateSaid: null,
    rating: "Mostly true",
    summary: "Eight cartels and gangs were designated on 20 February 2025 under an order Trump signed in January; formally, the Secretary of State made the designation.",
    explanation: [
      "On 20 January 2025 Trump signed Executive Order 14157, \"Designating Cartels and Other Organizations as Foreign Terrorist Organizations and Specially Designated Global Terrorists\".",
      "Carrying it out, Secretary of State Marco Rubio designated eight groups on 20 February 2025: Tren de Aragua, MS-13, the Sinaloa Cartel, the Jalisco New Generation Cartel, the Northeast Cartel, the Gulf Cartel, La Nueva Familia Michoacana and Cárteles Unidos. The designations were published in the Federal Register that day; the State Department said they \"provide law enforcement additional tools to stop these groups\".",
      "Under the law the Secretary of State makes such designations, here at the President's direction, so \"Trump designated\" is a common simplification. The month and the substance are right.",
    ],
    sources: [
      {
        url: "https://www.state.gov/terrorist-designations-of-international-cartels/",
        title: "Terrorist Designations of International Cartels (press statement by Secretary of State Marco Rubio, 20 February 2025)",
        publisher: "U.S. Department of State",
        quote: "These designations provide law enforcement additional tools to stop these groups.",
        kind: "PRIMARY",
      },
      {
        url: null,
        title: "Executive Order 14157 of January 20, 2025: Designating Cartels and Other Organizations as Foreign Terrorist Organizations and Specially Designated Global Terrorists",
        publisher: "The White House",
        quote: null,
        kind: "PRIMARY",
      },
    ],
    state: "APPROVED",
    tags: ["cartels", "terrorism designation"],
    checkWorthiness: 4,
  },
  {
    quote:
      "U.S. Northern Command has deployed troops and equipment to the southern border, increased manned surveillance flights to monitor fentanyl trafficking along the border and requested expanded authority for U.S. Special Forces to work closely with Mexican forces",
    text: "U.S. Northern Command has sent troops and equipment to the southern border, increased manned surveillance flights and requested expanded authority for Special Forces to work with Mexican forces.",
    claimant: "fox",
    dateSaid: null,
    rating: "Mostly true",
    summary: "Deployments and surveillance flights are documented; on Special Forces, Northern Command's commander said he would seek expanded authority.",
    explanation: [
      "Gen. Gregory Guillot, commander of U.S. Northern Command, told the Senate Armed Services Committee in February 2025 that the command had increased manned surveillance flights along the border to monitor cartels and the movement of fentanyl.",
      "He also said he would seek expanded authority from Congress for \"more advise-and-assist types of operations\" with Mexico's tier-one (special forces) units, as the Associated Press reported.",
      "Still to do before review: cite the Defense Department's announcements of the troop deployments, and check whether a formal request has been made since February.",
    ],
    sources: [
      {
        url: "https://archives.lincolndailynews.com/2025/Apr/09/NEWS/news_af.shtml",
        title: "Associated Press report on the Senate Armed Services Committee hearing of 8 April 2025",
        publisher: "Associated Press (republished by Lincoln Daily News)",
        quote: "more advise-and-assist types of operations between our forces and the tier one Mexican forces",
        kind: "SECONDARY",
      },
    ],
    state: "DRAFT",
    tags: ["military", "fentanyl"],
    checkWorthiness: 3,
  },
];
