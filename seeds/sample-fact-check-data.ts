// The sample fact-check a fresh install shows. Every verdict rests on documents named exactly;
// where a source could not be pinned to an address, it is identified by author, occasion and date,
// and the rating says what cannot be verified. Federal Register documents are linked by their stable
// address, https://www.federalregister.gov/d/<document number>.
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";

export const SAMPLE_ARTICLE = {
  file: "2025-05-15-troops-to-mexico.txt",
  slug: "trump-sheinbaum-us-troops-mexico",
  // The copy in seeds/articles matches, word for word, Fox News' report of Trump's 4 May 2025
  // remarks ("Trump says Mexican president is afraid of cartels after she rejected his offer to
  // send US troops to Mexico"). Its dateline, 15 May 2025, is the date of the copy (the same report
  // under the same dateline is on drivemexicomagazine.com), not the date of the events: Sheinbaum
  // spoke in Texcoco on Saturday 3 May 2025, Trump aboard Air Force One on Sunday 4 May 2025 (the
  // article's "Sunday"). A repost of Fox News' report on rantburg.com is dated 5 May 2025, so the
  // original appeared by then; its exact publication time is not confirmed, so publishedTime stays
  // unknown (null) rather than claiming the dateline as the date Fox News published, and the first
  // claim's explanation tells readers what the dateline is.
  title: "Trump says Mexican president is afraid of cartels after she rejected his offer to send US troops to Mexico",
  siteName: "Fox News",
  publishedTime: null as string | null,
  datelineNote:
    "The dateline of the copy we checked, 15 May 2025, is the date of that copy, not of the events: Sheinbaum spoke on Saturday 3 May 2025 and Trump on Sunday 4 May 2025.",
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

// Federal Register documents by number. 2025-02089 (EO 14167), 2025-02004 (EO 14157) and 2025-01948
// (Proclamation 10886) were confirmed against copies of the Federal Register that carry them;
// 2025-02873 (the State Department's FTO notice) only against the usregs.ai record of the notice.
const federalRegister = (documentNumber: string) => `https://www.federalregister.gov/d/${documentNumber}`;

const SHEINBAUM_TEXCOCO: SampleSource = {
  url: null,
  title:
    "Claudia Sheinbaum, remarks in Spanish at the opening of the Parque Ecológico Lago de Texcoco campus of the Universidades para el Bienestar Benito Juárez García, Texcoco, State of Mexico, 3 May 2025 (the English wording quoted in the article is Fox News' translation)",
  publisher: "Presidency of Mexico",
  quote: null,
  kind: "PRIMARY",
};

const SHEINBAUM_TEXCOCO_SPANISH: SampleSource = {
  url: "https://www.infobae.com/mexico/2025/05/03/sheinbaum-reconocio-que-trump-ofrecio-la-cooperacion-del-ejercito-de-eeuu-para-combatir-al-narco-en-mexico/",
  title: "Report on Sheinbaum's remarks in Texcoco, quoting her in the original Spanish, 3 May 2025",
  publisher: "Infobae",
  quote: "Podemos compartir información, pero nunca vamos a aceptar la presencia del ejército de Estados Unidos en nuestro territorio",
  kind: "SECONDARY",
};

const TRUMP_AIR_FORCE_ONE: SampleSource = {
  url: null,
  title: "Donald Trump, remarks to reporters aboard Air Force One, 4 May 2025",
  publisher: "The White House press pool",
  quote: null,
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
    summary:
      "Both leaders confirm it: Sheinbaum said on 3 May 2025 that she had turned the offer down, and Trump confirmed the offer the next day.",
    explanation: [
      "On 2 May 2025 The Wall Street Journal reported that Trump had pressed Sheinbaum, in a phone call in April, to accept a larger role for the U.S. military against drug cartels in Mexico.",
      "At a public event in Texcoco, State of Mexico, on 3 May 2025, Sheinbaum confirmed the exchange: in her account Trump proposed that the U.S. Army come into Mexico to help fight drug trafficking, and she refused, saying Mexico's territory and sovereignty are inviolable.",
      "Speaking to reporters aboard Air Force One on 4 May, Trump confirmed that he had offered to send troops and that she had declined. The two accounts differ on her reasons (rated separately), not on the refusal itself.",
      SAMPLE_ARTICLE.datelineNote,
    ],
    sources: [SHEINBAUM_TEXCOCO, TRUMP_AIR_FORCE_ONE, WSJ_CALL_REPORT],
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
      "What the record does show is the reason Sheinbaum gave: on 3 May 2025 she said Mexico's territory and sovereignty are inviolable and that the two countries can work together \"with you in your territory and us in ours\" (Fox News' translation of her Spanish).",
      "We rate the claim Unverifiable rather than False: we can document her stated reason, but not disprove a motive.",
    ],
    sources: [SHEINBAUM_TEXCOCO],
    state: "IN_REVIEW",
    tags: ["Mexico", "cartels"],
    checkWorthiness: 3,
  },
  {
    quote: "we will never accept the presence of the United States Army on our territory",
    text: "Sheinbaum told Trump in a phone call, in the words she quoted on 3 May 2025, that Mexico can share information but will never accept the presence of the U.S. Army on its territory.",
    claimant: "sheinbaum",
    dateSaid: "2025-05-03",
    rating: "Unverifiable",
    summary:
      'Her exact words in the call are known only from her own account. That she refused is confirmed by both sides, and rated True under "rejected his offer".',
    explanation: [
      'We rate the words Sheinbaum says she used in the call, not the refusal itself: that she turned the offer down is corroborated by both sides and already rated True ("rejected his offer"), so rating it again here would only repeat that verdict.',
      "Sheinbaum quoted herself, in Spanish, at a public event in Texcoco on 3 May 2025; the article's English is Fox News' translation. Neither government has published a transcript or a detailed readout of the call.",
      "The Wall Street Journal's sources said on 2 May that she rejected a direct U.S. military role and offered cooperation such as intelligence sharing instead, and Trump confirmed on 4 May that she had declined. Neither account gives her words, so nothing contradicts her quotation and nothing can confirm it: we rate it Unverifiable.",
    ],
    sources: [SHEINBAUM_TEXCOCO, SHEINBAUM_TEXCOCO_SPANISH, WSJ_CALL_REPORT, TRUMP_AIR_FORCE_ONE],
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
    summary:
      "Executive Order 14167, signed on 20 January 2025, gives the armed forces a larger role in sealing the border against unlawful migration and trafficking.",
    explanation: [
      'On 20 January 2025 Trump signed Executive Order 14167, "Clarifying the Military\'s Role in Protecting the Territorial Integrity of the United States", published in the Federal Register on 30 January 2025 (90 FR 8613).',
      "It directs the Secretary of Defense to give U.S. Northern Command the mission of sealing the borders against unlawful mass migration, narcotics trafficking and human smuggling. The same day Trump declared a national emergency at the southern border (Proclamation 10886, 90 FR 8327).",
      'The article speaks of "the army"; the order covers the Armed Forces as a whole. We hold this claim and the February designations below to one standard: a simplification that does not change the substance does not lower the rating.',
    ],
    sources: [
      {
        url: federalRegister("2025-02089"),
        title:
          "Executive Order 14167 of January 20, 2025: Clarifying the Military's Role in Protecting the Territorial Integrity of the United States",
        publisher: "Federal Register, vol. 90, p. 8613",
        quote:
          "it is essential that the Armed Forces staunchly continue to participate in the defense of our territorial integrity and sovereignty",
        kind: "PRIMARY",
      },
      {
        url: federalRegister("2025-01948"),
        title: "Proclamation 10886 of January 20, 2025: Declaring a National Emergency at the Southern Border of the United States",
        publisher: "Federal Register, vol. 90, p. 8327",
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
    rating: "True",
    summary:
      "Eight cartels and gangs were designated in February 2025 under an order Trump signed in January; formally the Secretary of State made the designations, at Trump's direction.",
    explanation: [
      'On 20 January 2025 Trump signed Executive Order 14157, "Designating Cartels and Other Organizations as Foreign Terrorist Organizations and Specially Designated Global Terrorists" (90 FR 8439), which set up the process and gave the Secretary of State 14 days to recommend designations.',
      'Carrying it out, Secretary of State Marco Rubio designated eight groups in a notice dated 6 February 2025, which took effect on its publication in the Federal Register on 20 February 2025: Tren de Aragua, MS-13, the Sinaloa Cartel, the Jalisco New Generation Cartel, the Northeast Cartel, the Gulf Cartel, La Nueva Familia Michoacana and Cárteles Unidos. The State Department said the designations "provide law enforcement additional tools to stop these groups".',
      'Under the law the Secretary of State makes such designations, here at the President\'s direction, so "Trump designated" is a simplification, like "the army" for the Armed Forces in the claim above. We apply the same standard to both: it does not change the substance, and the month and the substance are right, so we rate it True.',
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
        url: federalRegister("2025-02873"),
        title:
          "Foreign Terrorist Organization Designations of Tren de Aragua, Mara Salvatrucha, Cartel de Sinaloa, Cartel de Jalisco Nueva Generacion, Carteles Unidos, Cartel del Noreste, Cartel del Golfo, and La Nueva Familia Michoacana (notice dated February 6, 2025, published February 20, 2025)",
        publisher: "Federal Register (U.S. Department of State)",
        quote:
          "I hereby designate the aforementioned organizations and their respective aliases as Foreign Terrorist Organizations pursuant to section 219 of the INA",
        kind: "PRIMARY",
      },
      {
        url: federalRegister("2025-02004"),
        title:
          "Executive Order 14157 of January 20, 2025: Designating Cartels and Other Organizations as Foreign Terrorist Organizations and Specially Designated Global Terrorists",
        publisher: "Federal Register, vol. 90, p. 8439",
        quote:
          "This order creates a process by which certain international cartels (the Cartels) and other organizations will be designated as Foreign Terrorist Organizations",
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
    summary:
      "Deployments and surveillance flights are documented; on Special Forces, Northern Command's commander said he would seek expanded authority.",
    explanation: [
      "Gen. Gregory Guillot, commander of U.S. Northern Command, told the Senate Armed Services Committee on 13 February 2025 that the command had increased manned surveillance flights along the border to monitor cartels and the movement of fentanyl.",
      'He also said he would seek expanded authority from Congress for "more advise-and-assist types of operations" with Mexico\'s tier-one (special forces) units, as the Associated Press reported.',
      "Still to do before review: cite the Defense Department's announcements of the troop deployments, and check whether a formal request has been made since February.",
    ],
    sources: [
      {
        url: null,
        title:
          "Gen. Gregory Guillot, commander of U.S. Northern Command, testimony to the Senate Armed Services Committee, 13 February 2025",
        publisher: "U.S. Senate Armed Services Committee",
        quote: null,
        kind: "PRIMARY",
      },
      {
        url: null,
        title: "Associated Press report, April 2025, quoting Gen. Guillot's February 2025 testimony to the Senate Armed Services Committee",
        publisher: "Associated Press",
        quote: "more advise-and-assist types of operations between our forces and the tier one Mexican forces",
        kind: "SECONDARY",
      },
    ],
    state: "DRAFT",
    tags: ["military", "fentanyl"],
    checkWorthiness: 3,
  },
];
