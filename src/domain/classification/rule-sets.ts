/**
 * The statutory area criteria (almenboligloven §§ 61 a, 61 b) as versioned data, chosen by list
 * year. Sources: facts.md §3. Boundary words follow the law: "overstiger" (exceeds) is strict,
 * "mindst" (at least) is inclusive, "under" is strict.
 */
export type Comparison = 'greaterThan' | 'atLeast' | 'lessThan';

export const CRITERIA = [
  'nonWestern',
  'outsideWorkOrEducation',
  'convictions',
  'onlyPrimarySchool',
  'income',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** How a criterion value is formed from the yearly inputs. */
export type Measure =
  /** Share in percent (the named yearly figure), compared with a fixed threshold. */
  | { kind: 'share'; figure: ShareFigure }
  /** Ratio of the area's share to the national share of the same period (convictions). */
  | { kind: 'ratioToNational' }
  /** Ratio of the area's average income to the region's, in percent. */
  | { kind: 'percentOfRegion' };

/** The yearly figures a share criterion reads (see YearFigures in classify.ts). */
export type ShareFigure =
  | 'nonWestern'
  | 'outsideWorkOrEducation'
  | 'convictedShare'
  | 'onlyPrimarySchool'
  | 'onlyPrimarySchoolInclUnknown';

export interface CriterionRule {
  id: CriterionId;
  label: string;
  measure: Measure;
  comparison: Comparison;
  threshold: number;
  /** Years averaged (the law's "gennemsnit af de seneste 2 år"); 1 = the current year only. */
  averageYears: 1 | 2;
  source: string;
}

/** A text in the UI's two languages. */
export interface LocalizedText {
  da: string;
  en: string;
}

export interface CategoryRule {
  /**
   * The code, stable across rule sets so a category can be followed over the years (the law
   * renamed "ghettoområde" to "parallelsamfund" in 2021; glossary.md). Never shown to a user.
   */
  category: AreaCategory;
  /** The name the law of this rule set's period gives the category, Danish and English. */
  name: LocalizedText;
  /** What the category means under this rule set, in one sentence. */
  definition: LocalizedText;
  /** How many of `criteria` must be met. */
  minimumMet: number;
  criteria: readonly CriterionRule[];
  /** A criterion that must be met in addition (non-western share). */
  alsoRequires?: CriterionRule;
  /** Met in this many consecutive list years (incl. this one) of `basedOn`. */
  consecutiveYears?: { category: AreaCategory; years: number };
  /** An area in one of these categories is not also put in this one. */
  excludedBy?: readonly AreaCategory[];
  source: string;
}

export const AREA_CATEGORIES = ['vulnerable', 'parallelSociety', 'transformation', 'prevention'] as const;
export type AreaCategory = (typeof AREA_CATEGORIES)[number];

export interface RuleSet {
  id: string;
  firstListYear: number;
  lastListYear: number | null;
  minimumResidents: number;
  categories: readonly CategoryRule[];
  notes: readonly string[];
}

const L45_2013 = 'https://eu.dk/samling/20131/lovforslag/l45/20131_l45_som_fremsat.htm';
const LAW_2018 =
  'https://regeringen.dk/nyheder/2017/ghetto-listen-2017-to-nye-omraader-tilfoejet-fem-fjernet/ghettolisten-definition-af-en-ghetto';
const LAW_61A = 'https://danskelove.dk/almenboligloven/61a';
const LAW_61B = 'https://elov.dk/almenboligloven/paragraf/61b';
const L23_2021 =
  'https://bl.dk/bl-informerer/2021/11/5921-nye-regler-om-udpegning-af-forebyggelsesomraader-og-andre-aendringer-i-parallelsamfundslovgivningen/';

const c = (
  id: CriterionId,
  label: string,
  measure: Measure,
  comparison: Comparison,
  threshold: number,
  averageYears: 1 | 2,
  source: string,
): CriterionRule => ({ id, label, measure, comparison, threshold, averageYears, source });

const share = (figure: ShareFigure) => ({ kind: 'share', figure }) as const;
const ratio = { kind: 'ratioToNational' } as const;
const region = { kind: 'percentOfRegion' } as const;

const K1 = 'Andel 18–64-årige uden tilknytning til arbejdsmarked eller uddannelse';
const K2 =
  'Andel dømte (straffeloven, våbenloven, lov om euforiserende stoffer) i forhold til landsgennemsnittet';
const K3 = 'Andel 30–59-årige med alene grundskoleuddannelse';
const K4 = 'Gennemsnitlig bruttoindkomst for 15–64-årige (ekskl. uddannelsessøgende) i forhold til regionen';
const NW = 'Andel indvandrere og efterkommere fra ikke-vestlige lande';

/** 2013–2017: "ghettoområde" = at least 3 of 5 criteria (L 45 of 2013). */
const RULES_2013: RuleSet = {
  id: '2013-2017',
  firstListYear: 2013,
  lastListYear: 2017,
  minimumResidents: 1000,
  categories: [
    {
      category: 'parallelSociety',
      name: { da: 'Ghettoområde', en: 'Ghetto area' },
      definition: {
        da: 'Mindst 3 af de 5 kriterier: ikke-vestlige, uden for arbejde eller uddannelse, dømte, kun grundskole og indkomst.',
        en: 'At least 3 of the 5 criteria: non-Western residents, outside work or education, convictions, only primary school and income.',
      },
      minimumMet: 3,
      criteria: [
        c('nonWestern', NW, share('nonWestern'), 'greaterThan', 50, 1, L45_2013),
        c('outsideWorkOrEducation', K1, share('outsideWorkOrEducation'), 'greaterThan', 40, 2, L45_2013),
        // 2013: convicted share of residents 18+ above 2.7 % (a fixed share, not a ratio).
        c(
          'convictions',
          'Andel dømte blandt beboere på 18 år og derover',
          share('convictedShare'),
          'greaterThan',
          2.7,
          2,
          L45_2013,
        ),
        // 2013: residents 30–59 with only grundskole, counting unknown education as grundskole.
        c(
          'onlyPrimarySchool',
          `${K3} (uoplyst uddannelse medregnet)`,
          share('onlyPrimarySchoolInclUnknown'),
          'greaterThan',
          50,
          1,
          L45_2013,
        ),
        c('income', K4, region, 'lessThan', 55, 1, L45_2013),
      ],
      source: L45_2013,
    },
  ],
  notes: ['Uoplyst uddannelse tælles med som grundskole (2013-reglerne).'],
};

const udsatCriteria = (source: string) => [
  c('outsideWorkOrEducation', K1, share('outsideWorkOrEducation'), 'greaterThan', 40, 2, source),
  c('convictions', K2, ratio, 'atLeast', 3, 2, source),
  c('onlyPrimarySchool', K3, share('onlyPrimarySchool'), 'greaterThan', 60, 1, source),
  c('income', K4, region, 'lessThan', 55, 1, source),
];

const UDSAT_DEFINITION: LocalizedText = {
  da: 'Mindst 2 af de 4 kriterier: uden for arbejde eller uddannelse, dømte, kun grundskole og indkomst.',
  en: 'At least 2 of the 4 criteria: outside work or education, convictions, only primary school and income.',
};

/** 2018–2020: udsat (2 of 4), ghetto (+ non-western > 50 %), hard ghetto (ghetto 4 years). */
const RULES_2018: RuleSet = {
  id: '2018-2020',
  firstListYear: 2018,
  lastListYear: 2020,
  minimumResidents: 1000,
  categories: [
    {
      category: 'vulnerable',
      name: { da: 'Udsat boligområde', en: 'Vulnerable housing area' },
      definition: UDSAT_DEFINITION,
      minimumMet: 2,
      criteria: udsatCriteria(LAW_2018),
      source: LAW_2018,
    },
    {
      category: 'parallelSociety',
      name: { da: 'Ghettoområde', en: 'Ghetto area' },
      definition: {
        da: 'Et udsat boligområde, hvor over 50 % af beboerne er indvandrere og efterkommere fra ikke-vestlige lande.',
        en: 'A vulnerable housing area where more than 50 % of the residents are immigrants and descendants from non-Western countries.',
      },
      minimumMet: 2,
      criteria: udsatCriteria(LAW_2018),
      alsoRequires: c('nonWestern', NW, share('nonWestern'), 'greaterThan', 50, 1, LAW_2018),
      source: LAW_2018,
    },
    {
      category: 'transformation',
      name: { da: 'Hårdt ghettoområde', en: 'Hard ghetto area' },
      definition: {
        da: 'Et ghettoområde, der har været på ghettolisten de seneste 4 år.',
        en: 'A ghetto area that has been on the ghetto list for the last 4 years.',
      },
      minimumMet: 2,
      criteria: udsatCriteria(LAW_2018),
      alsoRequires: c('nonWestern', NW, share('nonWestern'), 'greaterThan', 50, 1, LAW_2018),
      consecutiveYears: { category: 'parallelSociety', years: 4 },
      source: LAW_2018,
    },
  ],
  notes: [
    'Hårdt ghettoområde: på ghettolisten de seneste 4 år (overgangsregel med 5 år er ikke modelleret).',
  ],
};

/** 2021 onward (L 23 of 2021): parallelsamfund, omdannelsesområde after 5 years, forebyggelse. */
const RULES_2021: RuleSet = {
  id: '2021-',
  firstListYear: 2021,
  lastListYear: null,
  minimumResidents: 1000,
  categories: [
    {
      category: 'vulnerable',
      name: { da: 'Udsat boligområde', en: 'Vulnerable housing area' },
      definition: UDSAT_DEFINITION,
      minimumMet: 2,
      criteria: udsatCriteria(LAW_61A),
      source: LAW_61A,
    },
    {
      category: 'parallelSociety',
      name: { da: 'Parallelsamfund', en: 'Parallel society' },
      definition: {
        da: 'Et udsat boligområde, hvor over 50 % af beboerne er indvandrere og efterkommere fra ikke-vestlige lande (før 2021: ghettoområde).',
        en: 'A vulnerable housing area where more than 50 % of the residents are immigrants and descendants from non-Western countries (before 2021: ghetto area).',
      },
      minimumMet: 2,
      criteria: udsatCriteria(LAW_61A),
      alsoRequires: c('nonWestern', NW, share('nonWestern'), 'greaterThan', 50, 1, LAW_61A),
      source: LAW_61A,
    },
    {
      category: 'transformation',
      name: { da: 'Omdannelsesområde', en: 'Transformation area' },
      definition: {
        da: 'Et parallelsamfund, der har opfyldt kriterierne de seneste 5 år i træk (før 2021: hårdt ghettoområde).',
        en: 'A parallel society that has met the criteria for the last 5 years in a row (before 2021: hard ghetto area).',
      },
      minimumMet: 2,
      criteria: udsatCriteria(LAW_61A),
      alsoRequires: c('nonWestern', NW, share('nonWestern'), 'greaterThan', 50, 1, LAW_61A),
      consecutiveYears: { category: 'parallelSociety', years: 5 },
      source: L23_2021,
    },
    {
      category: 'prevention',
      name: { da: 'Forebyggelsesområde', en: 'Prevention area' },
      definition: {
        da: 'Over 30 % ikke-vestlige beboere og mindst 2 af de 4 kriterier ved de lavere forebyggelsesgrænser (§ 61 b).',
        en: 'More than 30 % non-Western residents and at least 2 of the 4 criteria at the lower prevention thresholds (§ 61 b).',
      },
      minimumMet: 2,
      criteria: [
        c('outsideWorkOrEducation', K1, share('outsideWorkOrEducation'), 'greaterThan', 30, 2, LAW_61B),
        c('convictions', K2, ratio, 'atLeast', 2, 2, LAW_61B),
        c('onlyPrimarySchool', K3, share('onlyPrimarySchool'), 'greaterThan', 60, 1, LAW_61B),
        c('income', K4, region, 'lessThan', 65, 1, LAW_61B),
      ],
      alsoRequires: c('nonWestern', NW, share('nonWestern'), 'greaterThan', 30, 1, LAW_61B),
      // Unverified in facts.md: we assume an area on the udsat list is not also a forebyggelsesområde.
      excludedBy: ['vulnerable'],
      source: LAW_61B,
    },
  ],
  notes: [
    'Forebyggelsesområder udpeges første gang 1.12.2021.',
    'Antagelse (ikke verificeret): et udsat boligområde udpeges ikke også som forebyggelsesområde.',
  ],
};

export const RULE_SETS: readonly RuleSet[] = [RULES_2013, RULES_2018, RULES_2021];

/**
 * The rule set whose words name a list year's categories: the year's own, or for the lists of
 * 2010–2012 (before the rule sets modelled here) the earliest, whose "ghettoområde" they also used.
 */
export function namingRuleSetForYear(listYear: number): RuleSet | undefined {
  const first = RULE_SETS[0];
  return ruleSetForYear(listYear) ?? (first && listYear < first.firstListYear ? first : undefined);
}

/** Whether the list year's rules have the category (no forebyggelsesområde before 2021, …). */
export function hasCategory(listYear: number, category: AreaCategory): boolean {
  return namingRuleSetForYear(listYear)?.categories.some((c) => c.category === category) ?? false;
}

/** A category's name under a rule set, in the language asked for; the code where the set lacks it. */
export function categoryName(
  ruleSet: RuleSet | undefined,
  category: AreaCategory,
  language: keyof LocalizedText,
): string {
  return ruleSet?.categories.find((c) => c.category === category)?.name[language] ?? category;
}

/** A category's names in the list year's own words (the rule set of that year). */
export function categoryNamesForYear(listYear: number, category: AreaCategory): LocalizedText {
  const rule = namingRuleSetForYear(listYear)?.categories.find((c) => c.category === category);
  return rule ? { ...rule.name } : { da: category, en: category };
}

export function ruleSetForYear(listYear: number): RuleSet | undefined {
  return RULE_SETS.find(
    (r) => listYear >= r.firstListYear && (r.lastListYear === null || listYear <= r.lastListYear),
  );
}
