import type { StatisticIndicator } from '../../domain/statistics/indicators';
import type { ColumnDefinition } from '../../tabular/column-mapping';

/**
 * The columns of a yearly area statistics file: one row per area (or one of its afdelinger) and
 * year. Every figure column is optional; an empty cell means "not given" (no row is written).
 * Documented for users in docs/area-statistics-import.md.
 */
export interface FigureColumn extends ColumnDefinition {
  indicator: StatisticIndicator;
  kind: 'share' | 'count' | 'kroner';
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  {
    key: 'residents',
    label: 'Beboere',
    required: false,
    aliases: ['Antal beboere', 'Indbyggere'],
    indicator: 'residents',
    kind: 'count',
    help: 'Antal beboere (heltal)',
  },
  {
    key: 'population18to64',
    label: 'Beboere 18–64 år',
    required: false,
    aliases: ['18-64-årige', 'Beboere 18-64'],
    indicator: 'population18to64',
    kind: 'count',
    help: 'Antal beboere 18–64 år',
  },
  {
    key: 'population30to59',
    label: 'Beboere 30–59 år',
    required: false,
    aliases: ['30-59-årige', 'Beboere 30-59'],
    indicator: 'population30to59',
    kind: 'count',
    help: 'Antal beboere 30–59 år',
  },
  {
    key: 'population18plus',
    label: 'Beboere 18 år og derover',
    required: false,
    aliases: ['18+', 'Beboere 18+', 'Voksne beboere'],
    indicator: 'population18plus',
    kind: 'count',
    help: 'Antal beboere på 18 år og derover',
  },
  {
    key: 'nonWestern',
    label: 'Ikke-vestlige indvandrere og efterkommere (%)',
    required: false,
    aliases: ['Ikke-vestlige (%)', 'Ikke-vestlig baggrund', 'Andel ikke-vestlige'],
    indicator: 'shareNonWesternImmigrantsDescendants',
    kind: 'share',
    help: 'Andel i procent, 0–100',
  },
  {
    key: 'outsideWorkOrEducation',
    label: 'Uden for arbejde og uddannelse 18–64 år (%)',
    required: false,
    aliases: ['Uden for arbejde/uddannelse (%)', 'Uden tilknytning til arbejdsmarked eller uddannelse', 'K1'],
    indicator: 'shareOutsideWorkOrEducation18to64',
    kind: 'share',
    help: 'Årets andel i procent (gennemsnittet af to år beregnes)',
  },
  {
    key: 'convicted',
    label: 'Dømte 18+ (%)',
    required: false,
    aliases: ['Dømte (%)', 'Andel dømte', 'K2'],
    indicator: 'shareConvicted18plus',
    kind: 'share',
    help: 'Andel dømte blandt beboere 18+ i procent',
  },
  {
    key: 'nationalConvicted',
    label: 'Landsgennemsnit dømte 18+ (%)',
    required: false,
    aliases: ['Landsgennemsnit dømte', 'Dømte, hele landet (%)'],
    indicator: 'shareConvicted18plusNational',
    kind: 'share',
    help: 'Landsgennemsnittet i samme periode, som kilden angiver det',
  },
  {
    key: 'onlyPrimarySchool',
    label: 'Kun grundskole 30–59 år (%)',
    required: false,
    aliases: ['Kun grundskole (%)', 'Alene grundskole', 'K3'],
    indicator: 'shareOnlyPrimarySchool30to59',
    kind: 'share',
    help: 'Andel 30–59-årige med alene grundskole, i procent',
  },
  {
    key: 'onlyPrimarySchoolInclUnknown',
    label: 'Kun grundskole inkl. uoplyst 30–59 år (%)',
    required: false,
    aliases: ['Grundskole inkl. uoplyst (%)'],
    indicator: 'shareOnlyPrimarySchoolOrUnknown30to59',
    kind: 'share',
    help: 'Som ovenfor, uoplyst uddannelse medregnet (reglerne 2013–2017)',
  },
  {
    key: 'averageIncome',
    label: 'Gns. bruttoindkomst 15–64 år (kr.)',
    required: false,
    aliases: ['Gennemsnitlig bruttoindkomst', 'Indkomst (kr.)', 'K4'],
    indicator: 'averageIncome15to64',
    kind: 'kroner',
    help: 'Skattepligtige 15–64 år ekskl. uddannelsessøgende, kr. pr. år',
  },
  {
    key: 'regionAverageIncome',
    label: 'Regionens gns. bruttoindkomst 15–64 år (kr.)',
    required: false,
    aliases: ['Regionens gennemsnitsindkomst', 'Indkomst i regionen (kr.)'],
    indicator: 'averageIncome15to64Region',
    kind: 'kroner',
    help: 'Samme gruppe i regionen i samme periode, kr. pr. år',
  },
];

export const AREA_STATISTICS_COLUMNS: readonly ColumnDefinition[] = [
  {
    key: 'area',
    label: 'Område',
    required: true,
    aliases: ['Boligområde', 'Områdenavn', 'Navn'],
    help: 'Boligområdets navn, som det er oprettet',
  },
  {
    key: 'department',
    label: 'Afdeling',
    required: false,
    aliases: ['Boligafdeling'],
    help: 'Tom = tallene gælder hele området; ellers en af områdets afdelinger',
  },
  {
    key: 'year',
    label: 'År',
    required: true,
    aliases: ['Årstal', 'Listeår'],
    help: 'Året tallene indgår i listen for, fx 2024',
  },
  ...FIGURE_COLUMNS,
  {
    key: 'referencePeriod',
    label: 'Referenceperiode',
    required: false,
    aliases: ['Opgørelsestidspunkt', 'Periode'],
    help: 'Fx "pr. 1.1.2024"',
  },
  { key: 'source', label: 'Kilde', required: true, aliases: ['Datakilde'], help: 'Hvor tallene kommer fra' },
];
