import type { FinancingKind, FinancingSource } from '../financing/financing-kinds';
import { lowerBoundFromShare } from '../financing/plan-total';
import { formatKroner } from '../money/money';

/**
 * Budget rules (issue #5): a small versioned list, each rule naming its source and saying what it
 * found with the figures. Where the domain reference marks a rule unverified, its figures are
 * settings (BudgetRuleSettings), not constants.
 */
export interface FinancingShare {
  source: FinancingSource;
  sourceName: string;
  kind: FinancingKind;
  amountOre: number;
  /** For a municipality's share: which part of its model the money is for. */
  purpose?: 'secondmentAndActivities' | 'coordination' | null;
  /** In-kind hours: how many, valued at which rate (øre per hour). */
  hours?: number | null;
  hourlyRateOre?: number | null;
}

export interface BudgetLine {
  id: string;
  description: string;
  /** Budget year (calendar or plan year start), or null for the whole period. */
  year: number | null;
  amountOre: number;
  financing: readonly FinancingShare[];
  /** `departmentCoFinancing` lines itemise an afdeling's contribution outside the plan total. */
  scope?: 'plan' | 'departmentCoFinancing';
}

export interface MunicipalityModel {
  name: string;
  totalShareBp: number;
  secondmentAndActivitiesShareBp: number | null;
  coordinationShareBp: number | null;
  source: string | null;
}

export interface BudgetRuleSettings {
  /** LBF's minimum local co-financing, in basis points (25 % = 2500). facts.md §2.2 (H). */
  minimumLocalShareBp: number;
  /** Tolerance for "the municipality pays its model's share", in basis points. */
  municipalityShareToleranceBp: number;
  /**
   * Whether in-kind hours and premises count towards the local share. No national LBF text says
   * (facts.md §2.2, unverified), so both are settings; by default they count.
   */
  countInKindHours: boolean;
  countInKindPremises: boolean;
  /** A ceiling on LBF's grant per plan, if one applies; the sources give none (facts.md §2.2). */
  lbfCeilingOre: number | null;
}

export const DEFAULT_BUDGET_RULE_SETTINGS: BudgetRuleSettings = {
  minimumLocalShareBp: 2500,
  municipalityShareToleranceBp: 10,
  countInKindHours: true,
  countInKindPremises: true,
  lbfCeilingOre: null,
};

export interface BudgetInput {
  planStartYear: number | null;
  planEndYear: number | null;
  lines: readonly BudgetLine[];
  municipalityModel: MunicipalityModel | null;
  /** The plan's finansieringsplan by source (financing_lines), to compare the budget with. */
  financingPlan?: readonly { source: FinancingSource; amountOre: number }[];
  /**
   * Whether the plan's sources state its local co-financing (a non-LBF funder, or every funder
   * listed; decision 015). A budget without any local financing is then a real 0 %; otherwise
   * the local share is unknown, and unknown is never zero.
   */
  localCoFinancingKnown?: boolean;
}

/** `notAssessed`: the rule cannot be checked yet, because a figure it needs is not stated. */
export type Severity = 'error' | 'warning' | 'notAssessed';

export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  lineId?: string;
  /** The figures the message names, for tables and exports. */
  figures?: Record<string, number>;
}

export interface BudgetRule {
  id: string;
  title: string;
  source: string;
  check(input: BudgetInput, settings: BudgetRuleSettings): RuleFinding[];
}

const pct = (bp: number) =>
  `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(bp / 100)} %`;
const shareBp = (part: number, whole: number) => (whole === 0 ? 0 : (part * 10_000) / whole);
/** The financings that make up the plan's total (an afdeling's itemised table is shown apart). */
const allShares = (input: BudgetInput) =>
  input.lines.filter((l) => (l.scope ?? 'plan') === 'plan').flatMap((l) => l.financing);
const total = (shares: readonly FinancingShare[]) => shares.reduce((s, f) => s + f.amountOre, 0);

export const BUDGET_RULES_VERSION = '2026-2';

export const BUDGET_RULES: readonly BudgetRule[] = [
  {
    id: 'LINE_FINANCED',
    title: 'Hver budgetlinje har en finansieringskilde',
    source: 'Almenboligloven § 91 a, stk. 3: aktiviteten skal indgå i en helhedsplan med finansieringsplan',
    check: (input) =>
      input.lines
        .filter((l) => l.amountOre > 0 && l.financing.length === 0)
        .map((l) => ({
          ruleId: 'LINE_FINANCED',
          severity: 'error' as const,
          lineId: l.id,
          message: `"${l.description}" (${formatKroner(l.amountOre)}) har ingen finansieringskilde.`,
        })),
  },
  {
    id: 'LINE_FULLY_FINANCED',
    title: 'Finansieringen af en linje svarer til linjens beløb',
    source: 'Almenboligloven § 91 a, stk. 3 (finansieringsplan)',
    check: (input) =>
      input.lines
        .filter((l) => l.financing.length > 0 && total(l.financing) !== l.amountOre)
        .map((l) => ({
          ruleId: 'LINE_FULLY_FINANCED',
          severity: 'error' as const,
          lineId: l.id,
          message: `"${l.description}": udgift ${formatKroner(l.amountOre)}, finansiering ${formatKroner(total(l.financing))} — forskel ${formatKroner(Math.abs(l.amountOre - total(l.financing)))}`,
        })),
  },
  {
    id: 'WITHIN_PERIOD',
    title: 'Midlerne bruges inden for planens periode',
    source: 'Landsbyggefonden: tilskud gives til en 4-årig indsats (lbf.dk/boligsociale-indsatser)',
    check: (input) =>
      input.planStartYear === null || input.planEndYear === null
        ? []
        : input.lines
            .filter(
              (l) =>
                l.year !== null &&
                (l.year < (input.planStartYear as number) || l.year > (input.planEndYear as number)),
            )
            .map((l) => ({
              ruleId: 'WITHIN_PERIOD',
              severity: 'error' as const,
              lineId: l.id,
              message: `"${l.description}" ligger i ${l.year}, uden for planens periode ${input.planStartYear}–${input.planEndYear}.`,
            })),
  },
  {
    id: 'LOCAL_CO_FINANCING',
    title: 'Lokal medfinansiering (Landsbyggefonden højst 75 %)',
    source: 'https://www.lbf.dk/boligsociale-indsatser/organisation-og-oekonomiske-rammer/',
    check: (input, settings) => {
      const shares = allShares(input);
      const sum = total(shares);
      if (sum === 0) return [];
      if (!input.localCoFinancingKnown && !shares.some((s) => s.source !== 'lbf')) {
        const lbf = total(shares.filter((s) => s.source === 'lbf'));
        const atLeast = lowerBoundFromShare(lbf, 10_000 - settings.minimumLocalShareBp) - lbf;
        return [
          {
            ruleId: 'LOCAL_CO_FINANCING',
            severity: 'notAssessed',
            message: `Den lokale medfinansiering er ikke oplyst og kan ikke vurderes endnu. Med Landsbyggefondens ${formatKroner(lbf)} skal den være mindst ${formatKroner(atLeast)} (mindst ${pct(settings.minimumLocalShareBp)}).`,
            figures: { lbfOre: lbf, localAtLeastOre: atLeast, minimumShareBp: settings.minimumLocalShareBp },
          },
        ];
      }
      const counts = (s: FinancingShare) =>
        s.source !== 'lbf' &&
        (s.kind !== 'inKindHours' || settings.countInKindHours) &&
        (s.kind !== 'inKindPremises' || settings.countInKindPremises);
      const local = total(shares.filter(counts));
      const notCounted = total(shares.filter((s) => s.source !== 'lbf' && !counts(s)));
      const localBp = shareBp(local, sum);
      if (localBp + 1e-9 >= settings.minimumLocalShareBp) return [];
      const excluded =
        notCounted > 0
          ? ` (${formatKroner(notCounted)} i timer/lokaler tæller ikke med efter planens indstilling)`
          : '';
      return [
        {
          ruleId: 'LOCAL_CO_FINANCING',
          severity: 'error',
          message: `Lokal medfinansiering er ${formatKroner(local)} af ${formatKroner(sum)} = ${pct(localBp)}; kravet er mindst ${pct(settings.minimumLocalShareBp)} (Landsbyggefonden højst ${pct(10_000 - settings.minimumLocalShareBp)}).${excluded}`,
          figures: {
            localOre: local,
            totalOre: sum,
            localShareBp: Math.round(localBp),
            minimumShareBp: settings.minimumLocalShareBp,
          },
        },
      ];
    },
  },
  {
    id: 'MUNICIPALITY_MODEL',
    title: 'Kommunens egen medfinansieringsmodel',
    source:
      'Københavns Kommune: 12,5 % af planens samlede ramme, heraf 10,6 point frikøb/aktiviteter og 1,9 point koordinering (https://www.kk.dk/indhold/l%C3%A6s-mere-om-boligsociale-helhedsplaner)',
    check: (input, settings) => {
      const model = input.municipalityModel;
      if (!model) return [];
      const shares = allShares(input);
      const sum = total(shares);
      if (sum === 0) return [];
      const municipal = shares.filter((s) => s.source === 'municipality');
      const findings: RuleFinding[] = [];
      const actualBp = shareBp(total(municipal), sum);
      const expected = Math.round((sum * model.totalShareBp) / 10_000);
      if (Math.abs(actualBp - model.totalShareBp) > settings.municipalityShareToleranceBp) {
        findings.push({
          ruleId: 'MUNICIPALITY_MODEL',
          severity: 'warning',
          message: `${model.name} medfinansierer ${pct(actualBp)} (${formatKroner(total(municipal))}); modellen siger ${pct(model.totalShareBp)} af ${formatKroner(sum)} = ${formatKroner(expected)}`,
        });
      }
      for (const [part, bp, label] of [
        ['secondmentAndActivities', model.secondmentAndActivitiesShareBp, 'frikøb, aktiviteter og netværk'],
        ['coordination', model.coordinationShareBp, 'facilitering af samarbejdet'],
      ] as const) {
        if (bp === null) continue;
        const partSum = total(municipal.filter((s) => s.purpose === part));
        const limit = Math.round((sum * bp) / 10_000);
        if (partSum > limit) {
          findings.push({
            ruleId: 'MUNICIPALITY_MODEL',
            severity: 'warning',
            message: `Kommunens andel til ${label} er ${formatKroner(partSum)}; modellen tillader højst ${pct(bp)} = ${formatKroner(limit)}`,
          });
        }
      }
      return findings;
    },
  },
  {
    id: 'LBF_CEILING',
    title: 'Landsbyggefondens tilskud inden for et loft',
    source:
      'Intet loft pr. plan er fundet i kilderne; reglen gælder kun, når planen har sat et loft i sine indstillinger',
    check: (input, settings) => {
      if (settings.lbfCeilingOre === null) return [];
      const lbf = total(allShares(input).filter((s) => s.source === 'lbf'));
      if (lbf <= settings.lbfCeilingOre) return [];
      return [
        {
          ruleId: 'LBF_CEILING',
          severity: 'error',
          message: `Landsbyggefonden finansierer ${formatKroner(lbf)}; loftet er ${formatKroner(settings.lbfCeilingOre)} — ${formatKroner(lbf - settings.lbfCeilingOre)} for meget`,
          figures: { lbfOre: lbf, ceilingOre: settings.lbfCeilingOre },
        },
      ];
    },
  },
  {
    id: 'IN_KIND_VALUED',
    title: 'Timer som medfinansiering er opgjort som timer × timesats',
    source:
      'Kilderne afklarer ikke, om LBF godtager timer — derfor gemmes timer med deres værdiansættelse, så de kan vurderes',
    check: (input) =>
      input.lines.flatMap((l) =>
        l.financing
          .filter((f) => f.kind === 'inKindHours' && (f.hours == null || f.hourlyRateOre == null))
          .map((f) => ({
            ruleId: 'IN_KIND_VALUED',
            severity: 'warning' as const,
            lineId: l.id,
            message: `"${l.description}": ${f.sourceName} bidrager med timer for ${formatKroner(f.amountOre)} uden antal timer og timesats.`,
            figures: { amountOre: f.amountOre },
          })),
      ),
  },
  {
    id: 'MATCHES_FINANCING_PLAN',
    title: 'Budgettet svarer til planens finansieringsplan',
    source: 'Almenboligloven § 91 a, stk. 3: helhedsplan med tilhørende finansieringsplan',
    check: (input) => {
      const plan = input.financingPlan;
      if (!plan || plan.length === 0) return [];
      const shares = allShares(input);
      if (shares.length === 0) return [];
      const sources = [...new Set([...plan.map((p) => p.source), ...shares.map((s) => s.source)])];
      return sources.flatMap((source) => {
        const planned = total(plan.filter((p) => p.source === source) as FinancingShare[]);
        const budgeted = total(shares.filter((s) => s.source === source));
        if (planned === budgeted) return [];
        return [
          {
            ruleId: 'MATCHES_FINANCING_PLAN',
            severity: 'warning' as const,
            message: `${SOURCE_LABEL[source]}: budgettet siger ${formatKroner(budgeted)}, finansieringsplanen ${formatKroner(planned)} — forskel ${formatKroner(Math.abs(budgeted - planned))}`,
            figures: { budgetOre: budgeted, financingPlanOre: planned },
          },
        ];
      });
    },
  },
];

const SOURCE_LABEL: Record<FinancingSource, string> = {
  lbf: 'Landsbyggefonden',
  municipality: 'Kommunen',
  housingOrganisation: 'Boligorganisationerne',
  department: 'Afdelingerne',
  externalFoundation: 'Eksterne fonde',
  other: 'Anden finansiering',
};

/** The rules with their titles and sources, for the budget page and the closing note. */
export function budgetRuleCatalogue(): { id: string; title: string; source: string; version: string }[] {
  return BUDGET_RULES.map(({ id, title, source }) => ({ id, title, source, version: BUDGET_RULES_VERSION }));
}

export function checkBudget(
  input: BudgetInput,
  settings: BudgetRuleSettings = DEFAULT_BUDGET_RULE_SETTINGS,
): RuleFinding[] {
  return BUDGET_RULES.flatMap((rule) => rule.check(input, settings));
}
