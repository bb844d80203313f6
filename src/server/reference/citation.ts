import { z } from 'zod';
import {
  formatCitation,
  parseSource,
  renderSource,
  SOURCE_DOCUMENTS,
  type SourceDocument,
} from '../../domain/reference/source-documents';

/** A registered source document as the API gives it (GET /api/sources). */
export const sourceDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  kind: z.enum(['webPage', 'report', 'leaflet', 'slides', 'newsArticle']),
  publisher: z.string(),
  publisherInferred: z.boolean().describe('Udgiveren står ikke i dokumentet, men er udledt af indholdet'),
  year: z.number().int().nullable(),
  yearInferred: z.boolean().describe('Året står ikke i dokumentet, men er udledt af indholdet'),
  url: z.string().nullable(),
  file: z.string().nullable().describe('Lokal kopi i repositoriet (seed/sources/)'),
  note: z.string().nullable(),
});

/**
 * A source as structured data: the text a reader sees (`text`, never an internal key), any free
 * text, and each cited document with where in it (section, page or passage).
 */
export const citationSchema = z.object({
  text: z.string(),
  note: z.string().nullable(),
  documents: z.array(
    sourceDocumentSchema
      .pick({ id: true, title: true, subtitle: true, publisher: true, year: true, url: true })
      .extend({
        publisherInferred: z.boolean(),
        yearInferred: z.boolean(),
        locator: z.string().nullable().describe('Afsnit, side eller citat i dokumentet'),
        text: z.string(),
      }),
  ),
});
export type Citation = z.infer<typeof citationSchema>;

const documentOut = (d: SourceDocument) => ({
  id: d.id,
  title: d.title,
  subtitle: d.subtitle,
  publisher: d.publisher,
  publisherInferred: d.publisherInferred,
  year: d.year,
  yearInferred: d.yearInferred,
  url: d.url,
});

export function toCitation(raw: string): Citation {
  const parsed = parseSource(raw);
  return {
    text: renderSource(raw),
    note: parsed.note,
    documents: parsed.citations.map((c) => ({
      ...documentOut(c.document),
      locator: c.locator,
      text: formatCitation(c),
    })),
  };
}

export const toCitationOrNull = (raw: string | null): Citation | null =>
  raw === null ? null : toCitation(raw);

/** A stored source as readable text; null stays null. */
export const sourceText = (raw: string | null): string | null => (raw === null ? null : renderSource(raw));

export const listSourceDocuments = () => SOURCE_DOCUMENTS.map((d) => ({ ...d }));
