import type { ChangeBasis } from '../../domain/classification/change-since-last-year';
import type { AreaCategory } from '../../domain/classification/rule-sets';
import { useLanguage } from '../i18n/i18n';

/** The area pages' own words (kept beside them; Danish first, English second). */
const da = {
  change: {
    entering: 'Kommer på listen',
    leaving: 'Går af listen',
    staying: 'Fortsat på listen',
    outside: 'Ikke på listen',
    unknown: 'Ukendt (mangler tal for sidste år)',
  },
  status: { met: 'Opfyldt', notMet: 'Ikke opfyldt', undetermined: 'Uafgjort: mangler tal' },
  areasTitle: 'Boligområder',
  areaFacts: 'Fakta om boligområdet',
  municipality: 'Kommune',
  residents: 'Beboere',
  departments: 'Afdelinger',
  listings: 'De officielle lister',
  listed: (year: number) => `På listen 1.12.${year}`,
  notListed: (year: number) => `Ikke på listen 1.12.${year}`,
  listYear: 'Listeår',
  show: 'Vis',
  verdictTitle: (year: number) => `Afgørelse for listen 1. december ${year}`,
  ruleSet: (id: string) => `Regelsæt ${id} (almenboligloven §§ 61 a og 61 b)`,
  categoriesNone: 'Området opfylder ingen af kategorierne.',
  categories: 'Kategorier',
  yearsInARow: (n: number, atLeast: boolean) => `${atLeast ? 'mindst ' : ''}${n} år i træk`,
  colCriterion: 'Kriterium',
  colValue: 'Værdi',
  colThreshold: 'Grænse',
  colMargin: 'Afstand',
  colMet: 'Opfyldt?',
  colExplanation: 'Forklaring',
  criteriaCaption: (label: string) => `Kriterierne for ${label.toLowerCase()}`,
  alsoRequired: 'Kræves desuden',
  whatWouldChange: 'Hvad ville ændre afgørelsen',
  smallest: 'mindste ændring',
  noSingleChange: 'Ingen enkelt ændring flytter området.',
  notEligible: (n: string) =>
    `Området har ${n} beboere og er ikke et boligområde efter § 61 a, stk. 3 (mindst 1.000 beboere). Det klassificeres ikke.`,
  residentsUnknown: 'Beboertallet mangler for året, så ingen kategori kan gives med sikkerhed.',
  chartsTitle: 'Kriterierne år for år',
  chartsIntro:
    'Hvert kriterium, som listen måler det (gennemsnit af to år, hvor loven siger det), med grænserne.',
  chartYearly: 'Årets tal',
  chartValue: 'Listeværdi',
  chartTable: (label: string) => `Tal bag grafen: ${label}`,
  noSeries: 'Der er ingen tal for området endnu.',
  figuresTitle: 'Områdets tal mod kommune og land',
  colIndicator: 'Nøgletal',
  colYear: 'År',
  colArea: 'Området',
  colMunicipality: (name: string) => name,
  colCountry: 'Hele landet',
  noFigures: 'Der er ingen tal for området endnu.',
  municipalityTitle: (name: string) => `Boligområder i ${name}`,
  municipalityIntro:
    'Alle kommunens boligområder med kategorier, ændringer siden sidste år og hvad der afgør dem.',
  colArea2: 'Område',
  colCategories: 'Kategorier',
  colChange: 'Ændring siden sidste år',
  noChange: 'Uændret: ikke på listen begge år',
  /** Why last year cannot be compared with; `only` names the unknown categories when some are known. */
  changeUnknown: (b: ChangeBasis, only: string[] | null): string | null => {
    if (b.kind === 'compared') return null;
    const which = only ? ` for ${only.join(', ').toLowerCase()}` : '';
    if (b.kind === 'noFiguresLastYear')
      return b.earlierYear === null
        ? `Ukendt${which}: ingen tal før ${b.lastYear + 1}`
        : `Ukendt${which}: ingen tal for ${b.lastYear}, så der sammenlignes ikke med ${b.earlierYear}`;
    return `Ukendt${which}: listen ${b.lastYear} kan ikke afgøres (${
      b.missingYears.length
        ? `mangler tal for ${b.missingYears.join(' og ')}`
        : b.missing.join('; ') || 'mangler tal'
    })`;
  },
  colUndetermined: 'Uafgjort',
  noAreas: 'Kommunen har ingen registrerede boligområder.',
  underMinimum: 'Under 1.000 beboere',
  exportLabel: 'Afgørelserne',
  importTitle: 'Importér årlige områdetal',
  watchTitle: 'Overvågning: områder tæt på en grænse',
  watchIntro: (distance: string, horizon: number) =>
    `Områder højst ${distance} point fra en grænse (dømte: 0,25 gange), eller hvis udvikling krydser grænsen inden for ${horizon} år med det nuværende tempo.`,
  colReason: 'Hvorfor',
  reasonNear: 'Tæt på grænsen',
  reasonTrend: (year: number) => `Tendensen krydser grænsen i ${year}`,
  decisive: 'Afgørende',
  towardsIn: 'på vej ind',
  towardsOut: 'på vej ud',
  noWatch: 'Ingen områder er tæt på en grænse.',
  linkWatch: 'Overvågningslisten',
  linkMunicipality: (name: string) => `Alle boligområder i ${name}`,
  partOfArea: 'Afdelingen indgår i boligområdet',
  seeClassification: 'Se områdets tal og klassifikation',
};

type AreaMessages = typeof da;

const en: AreaMessages = {
  ...da,
  change: {
    entering: 'Enters the list',
    leaving: 'Leaves the list',
    staying: 'Stays on the list',
    outside: 'Not on the list',
    unknown: 'Unknown (figures for last year missing)',
  },
  status: { met: 'Met', notMet: 'Not met', undetermined: 'Undetermined: figures missing' },
  areasTitle: 'Housing areas',
  areaFacts: 'About the housing area',
  municipality: 'Municipality',
  residents: 'Residents',
  departments: 'Departments',
  listings: 'The official lists',
  listed: (year) => `On the list of 1 Dec ${year}`,
  notListed: (year) => `Not on the list of 1 Dec ${year}`,
  listYear: 'List year',
  show: 'Show',
  verdictTitle: (year) => `Verdict for the list of 1 December ${year}`,
  ruleSet: (id) => `Rule set ${id} (Social Housing Act §§ 61 a and 61 b)`,
  categoriesNone: 'The area meets none of the categories.',
  categories: 'Categories',
  yearsInARow: (n, atLeast) => `${atLeast ? 'at least ' : ''}${n} years in a row`,
  colCriterion: 'Criterion',
  colValue: 'Value',
  colThreshold: 'Threshold',
  colMargin: 'Margin',
  colMet: 'Met?',
  colExplanation: 'Explanation',
  criteriaCaption: (label) => `Criteria for ${label.toLowerCase()}`,
  alsoRequired: 'Also required',
  whatWouldChange: 'What would change the verdict',
  smallest: 'smallest change',
  noSingleChange: 'No single change moves the area.',
  notEligible: (n) =>
    `The area has ${n} residents and is not a housing area under § 61 a(3) (at least 1,000 residents). It is not classified.`,
  residentsUnknown:
    'The number of residents for the year is missing, so no category can be given for certain.',
  chartsTitle: 'The criteria year by year',
  chartsIntro:
    'Each criterion as the list measures it (two-year mean where the law says so), with the thresholds.',
  chartYearly: 'Figure of the year',
  chartValue: 'List value',
  chartTable: (label) => `Figures behind the chart: ${label}`,
  noSeries: 'There are no figures for the area yet.',
  figuresTitle: 'The area against the municipality and the country',
  colIndicator: 'Indicator',
  colYear: 'Year',
  colArea: 'The area',
  colCountry: 'Whole country',
  noFigures: 'There are no figures for the area yet.',
  municipalityTitle: (name) => `Housing areas in ${name}`,
  municipalityIntro:
    'All the municipality’s housing areas with categories, changes since last year and what decides them.',
  colArea2: 'Area',
  colCategories: 'Categories',
  colChange: 'Change since last year',
  noChange: 'Unchanged: not on the list either year',
  changeUnknown: (b, only) => {
    if (b.kind === 'compared') return null;
    const which = only ? ` for ${only.join(', ').toLowerCase()}` : '';
    if (b.kind === 'noFiguresLastYear')
      return b.earlierYear === null
        ? `Unknown${which}: no figures before ${b.lastYear + 1}`
        : `Unknown${which}: no figures for ${b.lastYear}, so no comparison with ${b.earlierYear}`;
    return `Unknown${which}: the ${b.lastYear} list cannot be determined (${
      b.missingYears.length
        ? `figures for ${b.missingYears.join(' and ')} missing`
        : b.missingYears.length === 0 && b.missing.some((m) => m.startsWith('kræver'))
          ? 'needs years in a row that the figures do not reach back to'
          : 'figures missing'
    })`;
  },
  colUndetermined: 'Undetermined',
  noAreas: 'The municipality has no registered housing areas.',
  underMinimum: 'Under 1,000 residents',
  exportLabel: 'The verdicts',
  importTitle: 'Import yearly area figures',
  watchTitle: 'Watch list: areas close to a threshold',
  watchIntro: (distance, horizon) =>
    `Areas at most ${distance} points from a threshold (convictions: 0.25 times), or whose trend crosses it within ${horizon} years at the current pace.`,
  colReason: 'Why',
  reasonNear: 'Close to the threshold',
  reasonTrend: (year) => `Trend crosses the threshold in ${year}`,
  decisive: 'Decisive',
  towardsIn: 'moving in',
  towardsOut: 'moving out',
  noWatch: 'No areas are close to a threshold.',
  linkWatch: 'The watch list',
  linkMunicipality: (name) => `All housing areas in ${name}`,
  partOfArea: 'The department is part of the housing area',
  seeClassification: 'See the area’s figures and classification',
};

export function useAreaT(): AreaMessages {
  return useLanguage().language === 'en' ? en : da;
}

/** A category's name, Danish and English, as the list year's rule set gives it. */
export interface CategoryNames {
  da: string;
  en: string;
}

/**
 * Category names never come from a fixed table here: each list year speaks its own law's words
 * (ghettoområde in 2019, parallelsamfund from 2021), so the names come with the API's answer,
 * from the rule set of that year. This picks the language.
 */
export function categoryNameIn(
  language: 'da' | 'en',
  categories: readonly { code: AreaCategory; name: CategoryNames }[],
  code: AreaCategory,
): string {
  return categories.find((c) => c.code === code)?.name[language] ?? code;
}

/** `name(code)` in the UI's language from a rule set's categories (see categoryNameIn). */
export function useCategoryName(
  categories: readonly { code: AreaCategory; name: CategoryNames }[],
): (code: AreaCategory) => string {
  const { language } = useLanguage();
  return (code) => categoryNameIn(language === 'en' ? 'en' : 'da', categories, code);
}

/** The name in the UI's language. */
export function useLocalName(): (name: CategoryNames) => string {
  const { language } = useLanguage();
  return (name) => (language === 'en' ? name.en : name.da);
}
