import type { Executor } from '../../db/client';
import { changeText } from '../../domain/classification/change-since-last-year';
import type { Verdict } from '../../domain/classification/classify';
import {
  type AreaCategory,
  CRITERIA,
  type CriterionId,
  categoryName,
  ruleSetForYear,
} from '../../domain/classification/rule-sets';
import type { SheetSpec } from '../../tabular/write-table';
import { listVerdicts } from './list-verdicts';

const CRITERION_DA: Record<CriterionId, string> = {
  nonWestern: 'Ikke-vestlige (%)',
  outsideWorkOrEducation: 'Uden for arbejde/uddannelse (%)',
  convictions: 'Dømte',
  onlyPrimarySchool: 'Kun grundskole (%)',
  income: 'Indkomst i % af regionen',
};

function criterionValues(v: Verdict) {
  const row: Record<string, unknown> = {};
  for (const id of CRITERIA) {
    const first = v.details
      .flatMap((d) => [...d.criteria, ...(d.alsoRequired ? [d.alsoRequired] : [])])
      .find((c) => c.id === id);
    row[id] = first?.value ?? null;
  }
  return row;
}

/** The verdicts of a list year as two sheets: one row per area, and one per area × criterion. */
export async function exportVerdicts(
  db: Executor,
  query: { year?: number; municipality?: string },
): Promise<{ fileName: string; sheets: SheetSpec[] }> {
  const list = await listVerdicts(db, query);
  const ruleSet = ruleSetForYear(list.listYear);
  /** The category in the list year's own words (ghettoområde in 2019, parallelsamfund in 2022). */
  const name = (c: AreaCategory) => categoryName(ruleSet, c, 'da');
  const areas = list.items.map(({ area, verdict, changeBasis }) => ({
    area: area.name,
    municipality: area.municipality.name,
    listYear: verdict.listYear,
    ruleSet: verdict.ruleSetId,
    residents: verdict.residents,
    eligible:
      verdict.eligible === false ? 'Nej (under 1.000 beboere)' : verdict.eligible === null ? 'Ukendt' : 'Ja',
    categories: verdict.categories.map(name).join(', '),
    undetermined: verdict.undetermined.map(name).join(', '),
    changes: verdict.eligible === false ? '' : changeText(verdict, changeBasis, name),
    ...criterionValues(verdict),
  }));
  const criteria = list.items.flatMap(({ area, verdict }) =>
    verdict.details.flatMap((d) =>
      [...d.criteria, ...(d.alsoRequired ? [d.alsoRequired] : [])].map((c) => ({
        area: area.name,
        category: d.label,
        criterion: c.label,
        value: c.value,
        threshold: c.threshold,
        margin: c.margin,
        met: c.met === null ? 'ukendt' : c.met ? 'opfyldt' : 'ikke opfyldt',
        explanation: c.explanation,
        source: c.source,
      })),
    ),
  );
  const suffix = query.municipality ? ` ${list.items[0]?.area.municipality.name ?? query.municipality}` : '';
  return {
    fileName: `Områdeklassifikation ${list.listYear}${suffix}`,
    sheets: [
      {
        name: 'Afgørelser',
        columns: [
          { key: 'area', header: 'Område' },
          { key: 'municipality', header: 'Kommune' },
          { key: 'listYear', header: 'Listeår', type: 'integer' },
          { key: 'ruleSet', header: 'Regelsæt' },
          { key: 'residents', header: 'Beboere', type: 'integer' },
          { key: 'eligible', header: 'Boligområde (≥ 1.000 beboere)' },
          { key: 'categories', header: 'Kategorier' },
          { key: 'undetermined', header: 'Uafgjort (mangler tal)' },
          { key: 'changes', header: 'Ændring siden sidste år' },
          ...CRITERIA.map((id) => ({ key: id, header: CRITERION_DA[id], type: 'number' as const })),
        ],
        rows: areas,
      },
      {
        name: 'Kriterier',
        columns: [
          { key: 'area', header: 'Område' },
          { key: 'category', header: 'Kategori' },
          { key: 'criterion', header: 'Kriterium' },
          { key: 'value', header: 'Værdi', type: 'number' },
          { key: 'threshold', header: 'Grænse', type: 'number' },
          { key: 'margin', header: 'Afstand til grænsen', type: 'number' },
          { key: 'met', header: 'Opfyldt' },
          { key: 'explanation', header: 'Forklaring' },
          { key: 'source', header: 'Kilde (regel)' },
        ],
        rows: criteria,
      },
    ],
  };
}
