/**
 * LBF funding periods and their indsatsområder (focus areas). The set of focus areas changes
 * with the period, so it is versioned reference data, never a fixed enum (facts.md §1).
 * The database holds a copy (seeded by `helhedsplan migrate`), this module is the source.
 */
export interface FocusAreaDefinition {
  /** Stable code, unique within the period. */
  code: string;
  name: string;
  nameEn: string;
  /** The goal as LBF states it (2019–26: wording of the seed documents 002/003). */
  goal: string | null;
}

export interface FundingPeriodDefinition {
  id: string;
  name: string;
  startYear: number;
  endYear: number;
  /** The national frame per year in øre (facts.md §2.1); null where not known. */
  annualFrameOre: number | null;
  source: string;
  focusAreas: FocusAreaDefinition[];
}

export const FUNDING_PERIODS: readonly FundingPeriodDefinition[] = [
  {
    id: '2011-14',
    name: '2011-14-midlerne',
    startYear: 2011,
    endYear: 2014,
    annualFrameOre: 440_000_000_00,
    source:
      'https://www.lbf.dk/stoette/boligsocial-indsats-aktiviteter/ansoegning-om-stoette-til-en-boligsocial-indsats-afsat-inden-for-rammerne-af-2011-14-midlerne/',
    focusAreas: [
      {
        code: 'children-youth-family',
        name: 'Børn, unge og familie',
        nameEn: 'Children, youth and family',
        goal: null,
      },
      {
        code: 'education-employment-business',
        name: 'Uddannelse, beskæftigelse og erhverv',
        nameEn: 'Education, employment and business',
        goal: null,
      },
      {
        code: 'resident-networks-democracy',
        name: 'Beboernetværk, inddragelse og demokrati',
        nameEn: 'Resident networks, involvement and democracy',
        goal: null,
      },
      { code: 'health', name: 'Sundhed', nameEn: 'Health', goal: null },
      { code: 'vulnerable-groups', name: 'Udsatte grupper', nameEn: 'Vulnerable groups', goal: null },
      { code: 'culture-leisure', name: 'Kultur og fritid', nameEn: 'Culture and leisure', goal: null },
      {
        code: 'image-communication',
        name: 'Image og kommunikation',
        nameEn: 'Image and communication',
        goal: null,
      },
    ],
  },
  {
    id: '2015-18',
    name: '2015-18-midlerne',
    startYear: 2015,
    endYear: 2018,
    annualFrameOre: 465_000_000_00,
    source:
      'https://www.lbf.dk/stoette/boligsocial-indsats-aktiviteter/ansoegning-om-stoette-til-en-boligsocial-indsats-afsat-inden-for-rammerne-af-2015-18-midlerne/',
    focusAreas: [
      { code: 'safety-wellbeing', name: 'Tryghed og trivsel', nameEn: 'Safety and well-being', goal: null },
      {
        code: 'crime-prevention',
        name: 'Kriminalpræventiv indsats',
        nameEn: 'Crime prevention',
        goal: null,
      },
      {
        code: 'education-employment',
        name: 'Uddannelse og beskæftigelse',
        nameEn: 'Education and employment',
        goal: null,
      },
      {
        code: 'prevention-parenting',
        name: 'Forebyggelse og forældreansvar',
        nameEn: 'Prevention and parental responsibility',
        goal: null,
      },
    ],
  },
  {
    id: '2019-26',
    name: '2019-26-midlerne',
    startYear: 2019,
    endYear: 2026,
    annualFrameOre: 380_000_000_00,
    source: 'https://www.lbf.dk/boligsociale-indsatser/',
    focusAreas: [
      {
        code: 'education-life-chances',
        name: 'Uddannelse og livschancer',
        nameEn: 'Education and life chances',
        goal: 'Der skal ske et fagligt løft af børn og unge, så flere bliver skoleparate, og flere tager en uddannelse.',
      },
      {
        code: 'employment',
        name: 'Beskæftigelse',
        nameEn: 'Employment',
        goal: 'Flere bliver tilknyttet arbejdsmarkedet.',
      },
      {
        code: 'crime-prevention',
        name: 'Kriminalitetsforebyggelse',
        nameEn: 'Crime prevention',
        goal: 'Børn og unge skal støttes i et liv uden kriminalitet, og områderne skal opleves trygge.',
      },
      {
        code: 'cohesion-citizenship',
        name: 'Sammenhængskraft og medborgerskab',
        nameEn: 'Cohesion and citizenship',
        goal: 'Flere er en del af fællesskabet og deltager aktivt i samfundet.',
      },
    ],
  },
];

/** The funding period a plan starting in `year` falls under, if any. */
export function fundingPeriodForYear(year: number): FundingPeriodDefinition | undefined {
  return FUNDING_PERIODS.find((p) => year >= p.startYear && year <= p.endYear);
}
