/**
 * The shape of the national dataset (issue #13 item 11), drawn from a seed with no I/O: the 98
 * municipalities with their regions, ~500 statutory areas of ~7,500 afdelinger, the areas' yearly
 * figures (2014–2024, feeding the list years 2015–2024), and the 100 plans with their sizes. The
 * writer (src/server/generate) turns this into rows; the bulk registrations of each plan are drawn
 * in SQL from these sizes.
 *
 * Figures come from one latent "deprivation" per area with noise and a slow national improvement,
 * tuned so that each list year gives roughly the real counts of facts.md §3.2 (tens of areas per
 * category, not hundreds; national-shape.test.ts checks it with the domain classifier).
 */
import type { YearFigures } from '../classification/classify';
import type { StatisticIndicator } from '../statistics/indicators';

/** The 98 municipalities (public names) by region. */
export const MUNICIPALITIES_BY_REGION: Record<string, readonly string[]> = {
  'Region Hovedstaden': [
    'København',
    'Frederiksberg',
    'Albertslund',
    'Allerød',
    'Ballerup',
    'Bornholm',
    'Brøndby',
    'Dragør',
    'Egedal',
    'Fredensborg',
    'Frederikssund',
    'Furesø',
    'Gentofte',
    'Gladsaxe',
    'Glostrup',
    'Gribskov',
    'Halsnæs',
    'Helsingør',
    'Herlev',
    'Hillerød',
    'Hvidovre',
    'Høje-Taastrup',
    'Hørsholm',
    'Ishøj',
    'Lyngby-Taarbæk',
    'Rudersdal',
    'Rødovre',
    'Tårnby',
    'Vallensbæk',
  ],
  'Region Sjælland': [
    'Faxe',
    'Greve',
    'Guldborgsund',
    'Holbæk',
    'Kalundborg',
    'Køge',
    'Lejre',
    'Lolland',
    'Næstved',
    'Odsherred',
    'Ringsted',
    'Roskilde',
    'Slagelse',
    'Solrød',
    'Sorø',
    'Stevns',
    'Vordingborg',
  ],
  'Region Syddanmark': [
    'Assens',
    'Billund',
    'Esbjerg',
    'Fanø',
    'Fredericia',
    'Faaborg-Midtfyn',
    'Haderslev',
    'Kerteminde',
    'Kolding',
    'Langeland',
    'Middelfart',
    'Nordfyns',
    'Nyborg',
    'Odense',
    'Svendborg',
    'Sønderborg',
    'Tønder',
    'Varde',
    'Vejen',
    'Vejle',
    'Ærø',
    'Aabenraa',
  ],
  'Region Midtjylland': [
    'Favrskov',
    'Hedensted',
    'Herning',
    'Holstebro',
    'Horsens',
    'Ikast-Brande',
    'Lemvig',
    'Norddjurs',
    'Odder',
    'Randers',
    'Ringkøbing-Skjern',
    'Samsø',
    'Silkeborg',
    'Skanderborg',
    'Skive',
    'Struer',
    'Syddjurs',
    'Viborg',
    'Aarhus',
  ],
  'Region Nordjylland': [
    'Brønderslev',
    'Frederikshavn',
    'Hjørring',
    'Jammerbugt',
    'Læsø',
    'Mariagerfjord',
    'Morsø',
    'Rebild',
    'Thisted',
    'Vesthimmerland',
    'Aalborg',
  ],
};

/** Municipalities with many almene boliger get more areas (a rough weight, not a statistic). */
const AREA_WEIGHT: Record<string, number> = {
  København: 40,
  Aarhus: 28,
  Odense: 20,
  Aalborg: 18,
  Esbjerg: 9,
  Randers: 8,
  Kolding: 7,
  Vejle: 7,
  Horsens: 7,
  Frederiksberg: 6,
  'Høje-Taastrup': 6,
  Ishøj: 5,
  Albertslund: 5,
  Brøndby: 6,
  Hvidovre: 6,
  Gladsaxe: 6,
  Slagelse: 7,
  Næstved: 6,
  Holbæk: 5,
  Køge: 5,
  Roskilde: 5,
  Herning: 5,
  Silkeborg: 5,
  Viborg: 4,
  Sønderborg: 5,
  Svendborg: 4,
  Helsingør: 5,
  Ballerup: 5,
  Rødovre: 4,
  Greve: 3,
  Fredericia: 4,
  Holstebro: 4,
  Haderslev: 4,
  Aabenraa: 4,
  Frederikshavn: 4,
  Hjørring: 4,
  Guldborgsund: 4,
  Lolland: 3,
};

export const FIRST_DATA_YEAR = 2014;
export const LAST_DATA_YEAR = 2024;
/** The ten list years the figures feed (the first list year's two-year means need 2014). */
export const LIST_YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

export const FULL_SIZE = {
  areas: 500,
  departments: 7_500,
  plans: 100,
  participants: 50_000,
  attendances: 5_000_000,
} as const;

export interface NationalOptions {
  seed: number;
  /** 0 < scale ≤ 1: every count is multiplied (at least one plan and area per kind survives). */
  scale: number;
}

export const SCALE_RANGE = { min: 0.001, max: 1 } as const;

/** A seeded 32-bit generator (mulberry32): the same seed gives the same stream on every machine. */
export function random(seed: number, stream: string): () => number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x85ebca6b) >>> 0;
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from two uniforms (Box–Muller). */
function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

/** Slugs: ASCII, lower case ("Høje-Taastrup" → "hoeje-taastrup"). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface ShapeMunicipality {
  n: number;
  slug: string;
  name: string;
  region: string;
}

export interface ShapeDepartment {
  n: number;
  slug: string;
  name: string;
  units: number;
  residents: number;
}

export interface ShapeArea {
  n: number;
  slug: string;
  name: string;
  municipality: number;
  /** The latent deprivation the figures are drawn from (0 ordinary … 1 most deprived). */
  deprivation: number;
  departments: ShapeDepartment[];
  figures: YearFigures[];
}

export interface ShapePlan {
  n: number;
  slug: string;
  name: string;
  area: number;
  startDate: string;
  endDate: string;
  activities: number;
  participants: number;
  /** Named sessions per activity, each with `perSession` participants. */
  sessionsPerActivity: number;
  perSession: number;
  openPerActivity: number;
  volunteers: number;
  /** Budget per year in øre (LBF at most 75 %, the rest local). */
  yearlyBudgetOre: number;
}

export interface NationalShape {
  municipalities: ShapeMunicipality[];
  areas: ShapeArea[];
  plans: ShapePlan[];
  /** National share of convicted residents 18+ per data year (the K2 yardstick). */
  nationalConvicted: Map<number, number>;
  /** Average income 15–64 per region and data year (the K4 yardstick). */
  regionIncome: Map<string, Map<number, number>>;
  counts: { departments: number; attendances: number; participants: number };
}

/** Which stored indicator holds which of an area's yearly figures. */
export const AREA_FIGURE_INDICATORS: [keyof YearFigures, StatisticIndicator][] = [
  ['residents', 'residents'],
  ['nonWestern', 'shareNonWesternImmigrantsDescendants'],
  ['outsideWorkOrEducation', 'shareOutsideWorkOrEducation18to64'],
  ['convictedShare', 'shareConvicted18plus'],
  ['onlyPrimarySchool', 'shareOnlyPrimarySchool30to59'],
  ['onlyPrimarySchoolInclUnknown', 'shareOnlyPrimarySchoolOrUnknown30to59'],
  ['averageIncome', 'averageIncome15to64'],
  ['population18to64', 'population18to64'],
  ['population30to59', 'population30to59'],
  ['population18plus', 'population18plus'],
];

const REGION_INCOME_2014: Record<string, number> = {
  'Region Hovedstaden': 360_000,
  'Region Sjælland': 320_000,
  'Region Syddanmark': 310_000,
  'Region Midtjylland': 315_000,
  'Region Nordjylland': 300_000,
};

/** Counts at a scale, never below `min`. */
export const scaled = (full: number, scale: number, min = 1) => Math.max(min, Math.round(full * scale));

/** Splits `total` into parts proportional to `weights` (largest remainders), each at least `min`. */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const free = total - min * weights.length;
  if (free < 0) throw new RangeError(`cannot split ${total} into ${weights.length} parts of at least ${min}`);
  const raw = weights.map((w) => (free * w) / sum);
  const parts = raw.map((r) => Math.floor(r));
  let left = free - parts.reduce((a, p) => a + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts.map((p) => p + min);
}

function yearlyFigures(
  rand: () => number,
  d: number,
  residents0: number,
  region: string,
  national: Map<number, number>,
  regionIncome: Map<string, Map<number, number>>,
): YearFigures[] {
  // Each area keeps its own offsets (areas differ in more than one number), the years add noise.
  const offset = {
    k1: normal(rand) * 3,
    k2: normal(rand) * 0.25,
    k3: normal(rand) * 4,
    k4: normal(rand) * 4,
  };
  const nonWesternBase = clamp(4 + 62 * d + normal(rand) * 12, 1, 92);
  // Most areas improve slowly; the deprived ones faster after 2018 (the policy the lists drove).
  const pace = 0.4 + rand() * 0.6;
  const figures: YearFigures[] = [];
  let residents = residents0;
  for (let year = FIRST_DATA_YEAR; year <= LAST_DATA_YEAR; year++) {
    const t = year - FIRST_DATA_YEAR;
    const push = Math.max(0, year - 2018) * pace * (d > 0.6 ? 1.1 : 0.35);
    residents = Math.max(600, Math.round(residents * (1 + normal(rand) * 0.02)));
    const nationalShare = national.get(year) ?? 0.8;
    const incomeRegion = regionIncome.get(region)?.get(year) ?? 320_000;
    const k1 = clamp(11 + 39 * d + offset.k1 - 0.25 * t - push + normal(rand) * 2.0, 2, 80);
    const ratio = clamp(0.45 + 3.1 * d + offset.k2 - 0.02 * t - 0.06 * push + normal(rand) * 0.2, 0.1, 8);
    const k3 = clamp(22 + 44 * d + offset.k3 - 0.3 * t - 0.4 * push + normal(rand) * 2.0, 5, 90);
    const k4 = clamp(96 - 52 * d + offset.k4 + 0.2 * t + 0.8 * push + normal(rand) * 1.8, 25, 140);
    figures.push({
      year,
      residents,
      nonWestern: round(clamp(nonWesternBase + normal(rand) * 1.2 - 0.1 * t, 0, 95), 1),
      outsideWorkOrEducation: round(k1, 1),
      convictedShare: round(ratio * nationalShare, 2),
      onlyPrimarySchool: round(k3, 1),
      onlyPrimarySchoolInclUnknown: round(clamp(k3 + 1 + rand() * 3, 0, 100), 1),
      averageIncome: Math.round((k4 / 100) * incomeRegion),
      population18to64: Math.round(residents * (0.58 + rand() * 0.06)),
      population30to59: Math.round(residents * (0.36 + rand() * 0.05)),
      population18plus: Math.round(residents * (0.72 + rand() * 0.06)),
    });
  }
  return figures;
}

/** Pure: the same options give the same shape. */
export function nationalShape(options: NationalOptions): NationalShape {
  const { seed, scale } = options;
  if (!(scale >= SCALE_RANGE.min && scale <= SCALE_RANGE.max))
    throw new RangeError(`scale ${scale} outside ${SCALE_RANGE.min}–${SCALE_RANGE.max}`);
  const municipalities: ShapeMunicipality[] = Object.entries(MUNICIPALITIES_BY_REGION).flatMap(
    ([region, names]) => names.map((name) => ({ n: 0, slug: `gen-${slugify(name)}`, name, region })),
  );
  municipalities.forEach((m, i) => {
    m.n = i;
  });

  const national = new Map<number, number>();
  const regionIncome = new Map<string, Map<number, number>>();
  for (let year = FIRST_DATA_YEAR; year <= LAST_DATA_YEAR; year++) {
    const t = year - FIRST_DATA_YEAR;
    national.set(year, round(0.86 - 0.012 * t, 2));
    for (const [region, base] of Object.entries(REGION_INCOME_2014)) {
      const m = regionIncome.get(region) ?? new Map<number, number>();
      m.set(year, Math.round(base * 1.022 ** t));
      regionIncome.set(region, m);
    }
  }

  // At small scales keep at least one area per municipality only when there are enough areas.
  const areaCount = scaled(FULL_SIZE.areas, scale);
  const weightRand = random(seed, 'municipality-weights');
  const weights = municipalities.map((m) => AREA_WEIGHT[m.name] ?? 1 + weightRand() * 2);
  const perMunicipality =
    areaCount >= municipalities.length
      ? apportion(areaCount, weights, 1)
      : apportion(
          areaCount,
          weights.map((w, i) => (i < areaCount ? w : 0)),
        );
  const departmentsTotal = scaled(FULL_SIZE.departments, scale, areaCount * 2);
  const sizeRand = random(seed, 'area-sizes');
  const departmentWeights = Array.from({ length: areaCount }, () => 0.3 + sizeRand() * 1.7);
  const perArea = apportion(departmentsTotal, departmentWeights, 2);

  const areaRand = random(seed, 'areas');
  const areas: ShapeArea[] = [];
  let departmentN = 0;
  for (const m of municipalities) {
    for (let k = 0; k < (perMunicipality[m.n] ?? 0); k++) {
      const n = areas.length;
      const u = areaRand();
      // Most areas are ordinary; about one in five carries the problems the lists look for.
      const d = u < 0.8 ? 0.5 * areaRand() : 0.4 + 0.6 * areaRand() ** 0.8;
      const count = perArea[n] ?? 2;
      const residents0 = Math.round(1000 + 3500 * areaRand() ** 1.5 + count * 60);
      const name = `Område ${String(n + 1).padStart(3, '0')} ${m.name}`;
      const departments: ShapeDepartment[] = [];
      for (let j = 0; j < count; j++) {
        const units = Math.round(residents0 / count / 2.1);
        departments.push({
          n: departmentN,
          slug: `gen-afd-${String(departmentN + 1).padStart(5, '0')}`,
          name: `Afdeling ${String(departmentN + 1).padStart(5, '0')} (${m.name})`,
          units,
          residents: Math.round(units * (1.9 + areaRand() * 0.5)),
        });
        departmentN++;
      }
      areas.push({
        n,
        slug: `gen-omraade-${String(n + 1).padStart(3, '0')}`,
        name,
        municipality: m.n,
        deprivation: d,
        departments,
        figures: yearlyFigures(areaRand, d, residents0, m.region, national, regionIncome),
      });
    }
  }

  // Plans go to the most deprived areas (where LBF money goes), one plan per area.
  const planCount = Math.min(scaled(FULL_SIZE.plans, scale), areas.length);
  const planAreas = [...areas].sort((a, b) => b.deprivation - a.deprivation || a.n - b.n).slice(0, planCount);
  const participantsTotal = scaled(FULL_SIZE.participants, scale, planCount * 20);
  const attendancesTotal = scaled(FULL_SIZE.attendances, scale, planCount * 200);
  const planRand = random(seed, 'plans');
  const participantWeights = planAreas.map(() => 0.5 + planRand());
  const participantsPerPlan = apportion(participantsTotal, participantWeights, 20);
  let attendances = 0;
  const plans: ShapePlan[] = planAreas.map((area, n) => {
    const startYear = 2020 + Math.floor(planRand() * 4);
    const startMonth = 1 + Math.floor(planRand() * 12);
    const start = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
    const endDate = new Date(Date.UTC(startYear + 4, startMonth - 1, 0)).toISOString().slice(0, 10);
    const participants = participantsPerPlan[n] ?? 20;
    const activities = Math.max(4, Math.min(28, Math.round(12 + planRand() * 16)));
    const perSession = Math.min(participants, 6 + Math.floor(planRand() * 15));
    const target = (attendancesTotal * participants) / participantsTotal;
    const sessionsPerActivity = Math.max(2, Math.round(target / activities / perSession));
    attendances += sessionsPerActivity * activities * perSession;
    const municipality = municipalities[area.municipality]?.name ?? '';
    return {
      n,
      slug: `gen-plan-${String(n + 1).padStart(3, '0')}`,
      name: `Genereret helhedsplan ${String(n + 1).padStart(3, '0')} – ${area.name.replace(` ${municipality}`, '')}, ${municipality}`,
      area: area.n,
      startDate: start,
      endDate,
      activities,
      participants,
      sessionsPerActivity,
      perSession,
      openPerActivity: 4 + Math.floor(planRand() * 12),
      volunteers: 5 + Math.floor(planRand() * 40),
      yearlyBudgetOre: (1_500_000 + Math.floor(planRand() * 3_000_000)) * 100,
    };
  });

  return {
    municipalities,
    areas,
    plans,
    nationalConvicted: national,
    regionIncome,
    counts: { departments: departmentN, attendances, participants: participantsTotal },
  };
}
