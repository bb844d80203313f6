import { SourceText } from '../format/source-text';
import { useT } from '../i18n/i18n';

/**
 * Numbered source notes: each distinct source once, referred to from the figures by number, so a
 * table of figures stays readable while every figure keeps its source.
 */
export interface SourceNotes {
  numberOf(source: string): number;
  sources: string[];
}

export function collectSources(sources: Iterable<string>): SourceNotes {
  const list: string[] = [];
  for (const source of sources) if (!list.includes(source)) list.push(source);
  return { sources: list, numberOf: (source) => list.indexOf(source) + 1 };
}

/** "[1]", linking to the note; screen readers hear "Kilde 1". */
export function SourceRef({
  notes,
  source,
  idPrefix,
}: {
  notes: SourceNotes;
  source: string;
  idPrefix: string;
}) {
  const t = useT();
  const n = notes.numberOf(source);
  return (
    <a className="footnote-ref" href={`#${idPrefix}-${n}`} aria-label={t.common.sourceNumber(n)}>
      [{n}]
    </a>
  );
}

export function SourceList({ notes, idPrefix }: { notes: SourceNotes; idPrefix: string }) {
  return (
    <ol className="source-notes">
      {notes.sources.map((source, index) => (
        <li key={source} id={`${idPrefix}-${index + 1}`} tabIndex={-1}>
          <SourceText text={source} />
        </li>
      ))}
    </ol>
  );
}
