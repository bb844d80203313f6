/**
 * The source registry: the documents the demo data is taken from, cited as documents (title,
 * publisher, year, page or link) — never by an internal key. A stored source names a registered
 * document as `kilde:<id>`, optionally followed by where in it (a section, a page): for example
 * `kilde:koege-praekvalifikation-2021-2025 afsnittet "Indledning"`. Several citations are joined
 * with "; " before the next `kilde:`. Any other text (a URL, "Danmarks Statistik, tabel X") is a
 * free-text source and is shown as it is.
 *
 * Local copies of the seed documents are in seed/sources/ (`file`), so the project is
 * self-contained. Where a document does not state its publisher or year, the value is inferred
 * from its content and marked as such (`publisherInferred`, `yearInferred`); it is printed in
 * square brackets, the usual bibliographic sign for data not taken from the document itself.
 */
export type SourceDocumentKind = 'webPage' | 'report' | 'leaflet' | 'slides' | 'newsArticle';

export interface SourceDocument {
  id: string;
  title: string;
  /** A subtitle as the document gives it, when it has one. */
  subtitle: string | null;
  kind: SourceDocumentKind;
  publisher: string;
  publisherInferred: boolean;
  /** The year it was written or published; null when not even an inferred year can be given. */
  year: number | null;
  yearInferred: boolean;
  /** Where the document is published; null when the copy came without an address. */
  url: string | null;
  /** The local copy, relative to the repository root; null for web sources not copied. */
  file: string | null;
  /** How publisher and year were established, when inferred. */
  note: string | null;
}

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  {
    id: 'koege-helhedsplan-webside',
    title: 'Boligsocial Helhedsplan',
    subtitle: null,
    kind: 'webPage',
    publisher: 'Køge Kommune',
    publisherInferred: true,
    year: 2021,
    yearInferred: true,
    url: null,
    file: 'seed/sources/koege-helhedsplan-webside.txt',
    note: 'Kommunens side om Helhedsplanen Køge 2021–2025 med bestyrelse, Boligsocialt Forum og Kvindenetværk. Siden er ikke dateret; den omtaler bevillingen for 1. september 2021 – 31. august 2025 som gældende.',
  },
  {
    id: 'koege-praekvalifikation-2021-2025',
    title: 'Kortfattet projektbeskrivelse',
    subtitle: 'Prækvalifikation for Køge 2021-2025 - helhedsplan for 4 udsatte områder i kommunen',
    kind: 'report',
    publisher: 'Køge Kommune og boligorganisationerne',
    publisherInferred: true,
    year: 2020,
    yearInferred: true,
    url: null,
    file: 'seed/sources/koege-praekvalifikation-2021-2025.txt',
    note: 'Ansøgningen om prækvalifikation fra Køge Kommune og Boligselskabet Sjælland, Køge Almennyttige Boligselskab (DAB), Køge Boligselskab og Lejerbo Køge Bugt. Ikke dateret; den bygger på BL tabeller 2020 og omtaler starten af 2020 som fortid.',
  },
  {
    id: 'amager-to-helhedsplaner-bliver-til-en',
    title: 'To boligsociale helhedsplaner bliver til én',
    subtitle: null,
    kind: 'webPage',
    publisher: 'Partnerskabet i Urbanplanen',
    publisherInferred: true,
    year: 2021,
    yearInferred: true,
    url: null,
    file: 'seed/sources/amager-to-helhedsplaner-bliver-til-en.txt',
    note: 'Nyhed om sammenlægningen af Partnerskabet i Urbanplanen og Amagerbro Helhedsplan; kontaktpersonen er Partnerskabets leder. Skrevet i 2021 (efter forhåndsgodkendelsen i januar 2021, før afdelingsmøderne i efteråret 2021).',
  },
  {
    id: 'holbaek-helhedsplan-2024-2027-pixi',
    title: 'Ny boligsocial helhedsplan for Holbæk by 2024-2027',
    subtitle: 'Pixi-udgave',
    kind: 'leaflet',
    publisher: 'Den boligsociale helhedsplan for Holbæk by',
    publisherInferred: true,
    year: null,
    yearInferred: false,
    url: null,
    file: 'seed/sources/holbaek-helhedsplan-2024-2027-pixi.txt',
    note: 'Kortudgave af helhedsplanen for Ladegårdsparken, Grønneparken og 2/3 af Bjergmarken. Hverken udgiver eller år er angivet.',
  },
  {
    id: 'kk-boligsociale-helhedsplaner-slides',
    title: 'Boligsociale helhedsplaner',
    subtitle: null,
    kind: 'slides',
    publisher: 'Københavns Kommune',
    publisherInferred: false,
    year: null,
    yearInferred: false,
    url: 'https://www.kk.dk',
    file: 'seed/sources/kk-boligsociale-helhedsplaner-slides.txt',
    note: 'Præsentation af kommunens organisering af de boligsociale helhedsplaner (www.kk.dk står på forsiden). Året er ikke angivet.',
  },
  {
    id: 'kk-laes-mere-om-boligsociale-helhedsplaner',
    title: 'Læs mere om boligsociale helhedsplaner',
    subtitle: null,
    kind: 'webPage',
    publisher: 'Københavns Kommune',
    publisherInferred: false,
    year: null,
    yearInferred: false,
    url: 'https://www.kk.dk/indhold/l%C3%A6s-mere-om-boligsociale-helhedsplaner',
    file: null,
    note: 'Kommunens side om rammerne for de boligsociale helhedsplaner i København. Siden er ikke dateret.',
  },
  {
    id: 'sn-28-boligomraader-opfylder-ghettokriterier',
    title: '28 boligområder opfylder ghettokriterier',
    subtitle: null,
    kind: 'newsArticle',
    publisher: 'Sjællandske Nyheder (sn.dk)',
    publisherInferred: false,
    year: 2019,
    yearInferred: true,
    url: 'https://sn.dk/Danmark/28-boligomraader-opfylder-ghettokriterier/artikel/892700',
    file: null,
    note: 'Artiklen om ghettolisten 1. december 2019.',
  },
  {
    id: 'sn-liste-over-ghettoomraader-skrumper',
    title: 'Regeringens liste over ghettoområder skrumper fra 28 til 15',
    subtitle: null,
    kind: 'newsArticle',
    publisher: 'Sjællandske Nyheder (sn.dk)',
    publisherInferred: false,
    year: 2020,
    yearInferred: true,
    url: 'https://sn.dk/Danmark/Regeringens-liste-over-ghettoomraader-skrumper-fra-28-til-15/artikel/1388706',
    file: null,
    note: 'Artiklen om listen 1. december 2020.',
  },
];

export function findSourceDocument(id: string): SourceDocument | undefined {
  return SOURCE_DOCUMENTS.find((d) => d.id === id);
}

/** One citation inside a stored source: a registered document and where in it. */
export interface CitationPart {
  document: SourceDocument;
  /** A section, page or passage, as written after the document's key. */
  locator: string | null;
}

export interface ParsedSource {
  /** Free text before the first citation (or the whole text when it cites nothing). */
  note: string | null;
  citations: CitationPart[];
  /** Keys that name no registered document (a seed check reports them). */
  unknownKeys: string[];
}

const KEY = /^kilde:([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+(.*))?$/s;

/** Splits a stored source into its free text and its citations of registered documents. */
export function parseSource(raw: string): ParsedSource {
  const parts = raw
    .split(/;\s*(?=kilde:)/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const result: ParsedSource = { note: null, citations: [], unknownKeys: [] };
  for (const part of parts) {
    const match = KEY.exec(part);
    if (!match) {
      result.note = result.note ? `${result.note}; ${part}` : part;
      continue;
    }
    const id = match[1] as string;
    const document = findSourceDocument(id);
    if (!document) {
      result.unknownKeys.push(id);
      continue;
    }
    result.citations.push({ document, locator: match[2]?.trim() || null });
  }
  return result;
}

/** "Køge Kommune", or "[Køge Kommune]" when inferred from the content. */
function bracketed(value: string, inferred: boolean): string {
  return inferred ? `[${value}]` : value;
}

/**
 * A document as a reference list cites it, e.g.
 * `[Køge Kommune]: »Boligsocial Helhedsplan« [2021]` or
 * `Københavns Kommune: »Boligsociale helhedsplaner« (u.å.), https://www.kk.dk`.
 * The title stands in Danish quotation marks so a reader sees where it ends; an inferred year
 * stands in brackets instead of parentheses, a missing one reads "u.å." (uden år).
 */
export function formatDocument(d: SourceDocument): string {
  const title = d.subtitle ? `${d.title}. ${d.subtitle}` : d.title;
  const year = d.year === null ? '(u.å.)' : d.yearInferred ? `[${d.year}]` : `(${d.year})`;
  const link = d.url ? `, ${d.url}` : '';
  return `${bracketed(d.publisher, d.publisherInferred)}: »${title}« ${year}${link}`;
}

/** One citation: the document and, after a comma, where in it. */
export function formatCitation(c: CitationPart): string {
  return c.locator ? `${formatDocument(c.document)}, ${c.locator}` : formatDocument(c.document);
}

/**
 * A stored source as a reader sees it: each cited document with its title, publisher, year and
 * page or link, and any free text. An unknown key is never shown as such: it reads "ukendt kilde".
 */
export function renderSource(raw: string): string {
  const parsed = parseSource(raw);
  const texts = [
    ...(parsed.note ? [parsed.note] : []),
    ...parsed.citations.map(formatCitation),
    ...parsed.unknownKeys.map(() => 'ukendt kilde'),
  ];
  return texts.join('; ');
}
