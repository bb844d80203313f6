/**
 * The figures held per afdeling, per plan's areas together, per municipality and for the
 * country. Each figure row carries its own source and reference year (facts.md §3.1: "store
 * each criterion value with its reference period"), so unknown figures are simply absent.
 */
export const STATISTIC_INDICATORS = [
  'residents',
  'units',
  'shareOutsideWorkOrEducation18to64',
  'shareOnlyPrimarySchool30to59',
  'shareNonWesternImmigrantsDescendants',
  'shareChildrenSingleProvider',
  'householdIncomePerPerson',
  'shareUnder30ImmigrantsDescendants',
  'shareConvicted18plus',
  'shareIncomeBelow150k',
  // Inputs of the statutory area criteria (almenboligloven § 61 a; facts.md §3):
  'averageIncome15to64',
  'shareOnlyPrimarySchoolOrUnknown30to59',
  'population18to64',
  'population30to59',
  'population18plus',
  // The yardsticks of the same period, where a source gives them next to the area's figure:
  'shareConvicted18plusNational',
  'averageIncome15to64Region',
] as const;
export type StatisticIndicator = (typeof STATISTIC_INDICATORS)[number];

export type IndicatorUnit = 'persons' | 'units' | 'percent' | 'dkk';

export const INDICATOR_INFO: Record<StatisticIndicator, { unit: IndicatorUnit; da: string; en: string }> = {
  residents: { unit: 'persons', da: 'Beboere', en: 'Residents' },
  units: { unit: 'units', da: 'Lejemål', en: 'Dwellings' },
  shareOutsideWorkOrEducation18to64: {
    unit: 'percent',
    da: '18–64-årige uden for arbejdsmarked og uddannelse',
    en: 'Aged 18–64 outside work and education',
  },
  shareOnlyPrimarySchool30to59: {
    unit: 'percent',
    da: 'Kun grundskole som højeste uddannelse',
    en: 'Only primary school as highest education',
  },
  shareNonWesternImmigrantsDescendants: {
    unit: 'percent',
    da: 'Indvandrere og efterkommere fra ikke-vestlige lande',
    en: 'Non-western immigrants and descendants',
  },
  shareChildrenSingleProvider: {
    unit: 'percent',
    da: 'Børn i husstand med enlig forsørger',
    en: 'Children living with a single provider',
  },
  householdIncomePerPerson: {
    unit: 'dkk',
    da: 'Husstandsindkomst pr. person (kr./år)',
    en: 'Household income per person (DKK/year)',
  },
  shareUnder30ImmigrantsDescendants: {
    unit: 'percent',
    da: 'Under 30-årige der er indvandrere eller efterkommere',
    en: 'Under-30s who are immigrants or descendants',
  },
  shareConvicted18plus: {
    unit: 'percent',
    da: 'Dømte blandt 18+-årige',
    en: 'Convicted among residents 18+',
  },
  shareIncomeBelow150k: {
    unit: 'percent',
    da: 'Beboere med indkomst under 150.000 kr.',
    en: 'Residents with income below DKK 150,000',
  },
  averageIncome15to64: {
    unit: 'dkk',
    da: 'Gns. bruttoindkomst, 15–64-årige skattepligtige ekskl. uddannelsessøgende (kr./år)',
    en: 'Average gross income, taxpayers 15–64 excl. students (DKK/year)',
  },
  shareOnlyPrimarySchoolOrUnknown30to59: {
    unit: 'percent',
    da: '30–59-årige med alene grundskole, uoplyst uddannelse medregnet',
    en: 'Aged 30–59 with only primary school, unknown education included',
  },
  population18to64: { unit: 'persons', da: 'Beboere 18–64 år', en: 'Residents aged 18–64' },
  population30to59: { unit: 'persons', da: 'Beboere 30–59 år', en: 'Residents aged 30–59' },
  population18plus: { unit: 'persons', da: 'Beboere 18 år og derover', en: 'Residents aged 18 and over' },
  shareConvicted18plusNational: {
    unit: 'percent',
    da: 'Dømte blandt 18+-årige, landsgennemsnit i samme periode',
    en: 'Convicted among residents 18+, national average of the period',
  },
  averageIncome15to64Region: {
    unit: 'dkk',
    da: 'Gns. bruttoindkomst 15–64-årige i regionen i samme periode (kr./år)',
    en: 'Average gross income aged 15–64 in the region, same period (DKK/year)',
  },
};

/** Who a figure describes. */
export const STATISTIC_SCOPES = [
  'department',
  'planAreas',
  'municipality',
  'country',
  /** A boligområde in the legal sense (§ 61 a, stk. 3), see src/db/schema/areas.ts. */
  'statutoryArea',
  /** A region (the yardstick of the income criterion). */
  'region',
] as const;
export type StatisticScope = (typeof STATISTIC_SCOPES)[number];
