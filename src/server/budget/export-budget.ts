import { z } from 'zod';
import type { Executor } from '../../db/client';
import { BUDGET_CATEGORY_LABELS, BUDGET_VERSION_KIND_LABELS } from '../../domain/budget/budget-kinds';
import { FINANCING_KIND_LABELS, FINANCING_SOURCE_LABELS } from '../../domain/financing/financing-kinds';
import type { SheetSpec } from '../../tabular/write-table';
import { getBudgetVsActual } from './budget-vs-actual';
import { getBudgetVersion } from './get-budget-version';
import { listSpending } from './list-spending';

const SEVERITY_LABELS = { error: 'Fejl', warning: 'Advarsel', notAssessed: 'Ikke vurderet' } as const;

export const BUDGET_TABLES = ['lines', 'sources', 'years', 'kinds', 'departments', 'findings'] as const;
export const budgetExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx').describe('xlsx (alle tabeller) eller csv (én tabel)'),
  table: z.enum(BUDGET_TABLES).optional().describe('Kun denne tabel (CSV: ellers budgetlinjerne)'),
});

const scopeLabel = (scope: string) => (scope === 'plan' ? 'Planens budget' : 'Afdelingens medfinansiering');

/** Every table of a budget version as sheets: lines with financings, totals, afdelinger, rules. */
export async function budgetVersionSheets(db: Executor, versionId: string) {
  const v = await getBudgetVersion(db, { versionId });
  const sheets: Record<(typeof BUDGET_TABLES)[number], SheetSpec> = {
    lines: {
      name: 'Budgetlinjer',
      columns: [
        { key: 'scope', header: 'Del' },
        { key: 'year', header: 'År', type: 'integer' },
        { key: 'category', header: 'Post' },
        { key: 'description', header: 'Beskrivelse' },
        { key: 'focusArea', header: 'Indsatsområde' },
        { key: 'activity', header: 'Indsats' },
        { key: 'source', header: 'Kilde' },
        { key: 'sourceName', header: 'Finansieret af' },
        { key: 'kind', header: 'Art' },
        { key: 'hours', header: 'Timer', type: 'number' },
        { key: 'hourlyRate', header: 'Timesats', type: 'money' },
        { key: 'amount', header: 'Beløb', type: 'money' },
      ],
      rows: v.lines.flatMap((l) =>
        (l.financings.length > 0 ? l.financings : [null]).map((f) => ({
          scope: scopeLabel(l.scope),
          year: l.year,
          category: BUDGET_CATEGORY_LABELS[l.category],
          description: l.description,
          focusArea: l.focusAreaName,
          activity: l.activityName,
          source: f ? FINANCING_SOURCE_LABELS[f.source] : 'Ingen finansiering',
          sourceName: f?.sourceName ?? null,
          kind: f ? FINANCING_KIND_LABELS[f.kind] : null,
          hours: f?.hours ?? null,
          hourlyRate: f?.hourlyRateOre ?? null,
          amount: f ? f.amountOre : l.amountOre,
        })),
      ),
    },
    sources: {
      name: 'Pr. kilde',
      columns: [
        { key: 'sourceName', header: 'Kilde' },
        { key: 'cash', header: 'Kontant', type: 'money' },
        { key: 'hours', header: 'Timer (værdi)', type: 'money' },
        { key: 'premises', header: 'Lokaler (værdi)', type: 'money' },
        { key: 'unspecified', header: 'Ikke opdelt', type: 'money' },
        { key: 'amount', header: 'I alt', type: 'money' },
        { key: 'share', header: 'Andel %', type: 'number' },
      ],
      rows: [
        ...v.totals.bySource.map((s) => ({
          sourceName: s.sourceName,
          cash: s.cashOre,
          hours: s.inKindHoursOre,
          premises: s.inKindPremisesOre,
          unspecified: s.unspecifiedOre,
          amount: s.amountOre,
          // No share of a sum that leaves out an unstated local co-financing (decision 015).
          share: v.localCoFinancingKnown ? s.shareBp / 100 : null,
        })),
        {
          sourceName: v.localCoFinancingKnown
            ? 'I alt'
            : 'I alt i versionen (lokal medfinansiering ikke oplyst)',
          amount: v.totals.financedOre,
          share: v.localCoFinancingKnown && v.totals.financedOre > 0 ? 100 : null,
        },
      ],
    },
    years: {
      name: 'Pr. år',
      columns: [
        { key: 'year', header: 'År' },
        ...v.totals.bySource
          .map((s) => s.source)
          .filter((s, i, all) => all.indexOf(s) === i)
          .map((s) => ({ key: s, header: FINANCING_SOURCE_LABELS[s], type: 'money' as const })),
        { key: 'amount', header: 'I alt', type: 'money' },
      ],
      rows: v.totals.byYear.map((y) => ({
        year: y.year === null ? 'Hele perioden' : String(y.year),
        amount: y.amountOre,
        ...Object.fromEntries(y.bySource.map((s) => [s.source, s.amountOre])),
      })),
    },
    kinds: {
      name: 'Pr. art',
      columns: [
        { key: 'kind', header: 'Art' },
        { key: 'amount', header: 'Beløb', type: 'money' },
      ],
      rows: v.totals.byKind.map((k) => ({ kind: FINANCING_KIND_LABELS[k.kind], amount: k.amountOre })),
    },
    departments: {
      name: 'Afdelingers medfinansiering',
      columns: [
        { key: 'department', header: 'Afdeling' },
        { key: 'description', header: 'Udgiftspost' },
        { key: 'cash', header: 'Kontant', type: 'money' },
        { key: 'inKind', header: 'Timer/lokaler', type: 'money' },
        { key: 'hours', header: 'Timer', type: 'number' },
      ],
      rows: v.totals.departments.flatMap((d) => [
        ...d.items.map((i) => ({
          department: d.departmentName,
          description: i.description,
          cash: i.kind === 'cash' ? i.amountOre : null,
          inKind: i.kind === 'inKindHours' || i.kind === 'inKindPremises' ? i.amountOre : null,
          hours: i.hours,
        })),
        { department: d.departmentName, description: 'I alt', cash: d.cashOre, inKind: d.inKindOre },
        {
          department: d.departmentName,
          description: 'Samlet medfinansiering fra afdelingen',
          inKind: null,
          cash: d.totalOre,
        },
      ]),
    },
    findings: {
      name: 'Regelresultater',
      columns: [
        { key: 'severity', header: 'Alvor' },
        { key: 'ruleId', header: 'Regel' },
        { key: 'message', header: 'Resultat' },
        { key: 'source', header: 'Kilde' },
      ],
      rows: v.findings.map((f) => ({
        severity: SEVERITY_LABELS[f.severity],
        ruleId: f.ruleId,
        message: f.message,
        source: v.rules.find((r) => r.id === f.ruleId)?.source ?? null,
      })),
    },
  };
  return {
    fileName: `Budget ${BUDGET_VERSION_KIND_LABELS[v.version.kind].toLowerCase()} – ${v.version.name}`,
    sheets,
  };
}

/** Spending entries and budget against actual per year, as sheets. */
export async function spendingSheets(db: Executor, plan: string): Promise<SheetSpec[]> {
  const entries = await listSpending(db, { plan, query: { limit: 5000, offset: 0 } });
  const bva = await getBudgetVsActual(db, { plan });
  return [
    {
      name: 'Forbrug',
      columns: [
        { key: 'date', header: 'Dato', type: 'date' },
        { key: 'account', header: 'Konto' },
        { key: 'category', header: 'Budgetpost' },
        { key: 'description', header: 'Tekst' },
        { key: 'amount', header: 'Beløb', type: 'money' },
        { key: 'origin', header: 'Kilde' },
      ],
      rows: entries.items.map((e) => ({
        date: e.date,
        account: e.account,
        category: BUDGET_CATEGORY_LABELS[e.category],
        description: e.description,
        amount: e.amountOre,
        origin: e.origin === 'import' ? `Import (række ${e.fileRow ?? '?'})` : 'Manuel',
      })),
    },
    {
      name: 'Budget og forbrug pr. år',
      columns: [
        { key: 'year', header: 'År', type: 'integer' },
        { key: 'budget', header: 'Budget', type: 'money' },
        { key: 'actual', header: 'Forbrug', type: 'money' },
        { key: 'forecast', header: 'Prognose', type: 'money' },
        { key: 'variance', header: 'Afvigelse', type: 'money' },
      ],
      rows: bva.years.map((y) => ({
        year: y.year,
        budget: y.budgetOre,
        actual: y.actualOre,
        forecast: y.forecastOre,
        variance: y.varianceOre,
      })),
    },
  ];
}
