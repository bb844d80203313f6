import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findSourceDocument } from '../../src/domain/reference/source-documents';
import type { Citation } from '../../src/server/reference/citation';
import { demoFiles } from '../../src/server/seed/seed-demo';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';

/**
 * Every figure the demo takes from the seed documents, one row each: the document (a key of the
 * source registry, with its local copy in seed/sources/), the sentence or table row as it stands
 * in the document, the figure as it is written there, the value, and where the API returns it.
 * The test checks that the sentence is in the document, that it holds the figure, that the API
 * returns exactly that value citing that document — and that every figure of the demo YAML with
 * a source has a row here. A new demo figure therefore enters this table.
 */
type Where =
  | { kind: 'departmentStatistic'; department: string; indicator: string; year: number; field?: 'valueMax' }
  | {
      kind: 'municipalityStatistic';
      municipality: string;
      indicator: string;
      year: number;
      field?: 'valueMax';
    }
  | { kind: 'countryStatistic'; indicator: string; year: number; field?: 'valueMax' }
  | { kind: 'planAreaStatistic'; plan: string; indicator: string; year: number; field?: 'valueMax' }
  | { kind: 'department'; department: string; field: 'units' | 'residents' }
  | { kind: 'statutoryArea'; area: string; field: 'residents' }
  | { kind: 'municipality'; municipality: string; field: 'reportedPlanCount' | 'districtForumCount' }
  | {
      kind: 'coFinancingModel';
      municipality: string;
      field: 'totalShareBp' | 'secondmentAndActivitiesShareBp' | 'coordinationShareBp';
    }
  | { kind: 'financing'; plan: string; sourceName: string; description?: string }
  | { kind: 'financingTotal'; plan: string }
  | { kind: 'budget'; plan: string; version: string; line: string; sourceName: string };

interface SeedFigure {
  doc: string;
  /** The sentence (or table row) as it stands in the document; null only for a web source not copied. */
  quote: string | null;
  /** The figure as the document writes it, inside the quote. */
  shown: string;
  /** The value as the API returns it (øre for money, basis points for a municipality's share). */
  value: number;
  where: Where;
}

const KOEGE = 'koege-praekvalifikation-2021-2025';
const KOEGE_WEB = 'koege-helhedsplan-webside';
const HOLBAEK = 'holbaek-helhedsplan-2024-2027-pixi';
const AMAGER = 'amager-to-helhedsplaner-bliver-til-en';
const KK_SLIDES = 'kk-boligsociale-helhedsplaner-slides';
const KK_PAGE = 'kk-laes-mere-om-boligsociale-helhedsplaner';

const Q = {
  units:
    'De fire store almene boligområder i Køge; Hastrupparken (468 lejemål), Søparken (303 lejemål), Ellemarken (1125 lejemål) og Karlemoseparken (629 lejemål) har tilsammen 2525 lejemål – i alt 5.463 beboere.',
  outsideWork:
    'fra 26% i Søparken til 44,1% (Karlemoseparken) af beboerne i den erhvervsaktive alder står udenfor arbejdsmarkedet.',
  school:
    'I Hastrupparken gælder dette 68,4% af beboerne, mens øvrige afdelinger ligger fra 57%-64% af beboerne med grundskole som højeste uddannelse.',
  nonWestern:
    'ud af de 5.463 beboere i afdelingerne er de 42,85% indvandrere fra ikke vestlige lande, dette gælder kun 8,63% af hele kommunens befolkning (BL tabeller 2020).',
  under30:
    'For de 4 boligområder samlet set gør det sig gældende at 54% af børn og unge under 30 år er indvandrere eller efterkommere, mens det for Køge Kommune kun er 14% og for Hastrupparken er tallet helt op på 66%.',
  ellemarken:
    'Ellemarken er en af de helt store almene boligafdelinger i Danmark med 2133 beboere pr. 1/1 2020.',
  income:
    'Karlemoseparken og Hastrupparken har den laveste husstandsindkomst pr person i husstanden, med 170-175.000 kr. årligt.',
  below150k:
    'Her tjener omkring 25% af beboerne mindre end 150.000 kr. pr. 1. januar 2018, det samme gør sig gældende i Hastrupparken.',
  holbaekAreas: 'Der bor i alt 3498 beboere i de tre boligområder fordelt på 1640 lejemål.',
  amagerUnits:
    'Nu bliver de lagt sammen til én, som i alt omfatter 19 boligafdelinger med ialt 4.135 lejligheder.',
};
const kr = (n: number) => n * 100;

const SEED_FIGURES: readonly SeedFigure[] = [
  // Køge: the four areas (the prækvalifikation, »Indledning«)
  {
    doc: KOEGE,
    quote: Q.units,
    shown: '468 lejemål',
    value: 468,
    where: { kind: 'department', department: 'hastrupparken', field: 'units' },
  },
  {
    doc: KOEGE,
    quote: Q.units,
    shown: '303 lejemål',
    value: 303,
    where: { kind: 'department', department: 'soeparken', field: 'units' },
  },
  {
    doc: KOEGE,
    quote: Q.units,
    shown: '1125 lejemål',
    value: 1125,
    where: { kind: 'department', department: 'ellemarken', field: 'units' },
  },
  {
    doc: KOEGE,
    quote: Q.units,
    shown: '629 lejemål',
    value: 629,
    where: { kind: 'department', department: 'karlemoseparken', field: 'units' },
  },
  {
    doc: KOEGE,
    quote: Q.ellemarken,
    shown: '2133 beboere',
    value: 2133,
    where: { kind: 'department', department: 'ellemarken', field: 'residents' },
  },
  {
    doc: KOEGE,
    quote: Q.ellemarken,
    shown: '2133 beboere',
    value: 2133,
    where: { kind: 'statutoryArea', area: 'ellemarken-omraade', field: 'residents' },
  },
  {
    doc: KOEGE,
    quote: Q.units,
    shown: '2525 lejemål',
    value: 2525,
    where: { kind: 'planAreaStatistic', plan: 'koege-2021-2025', indicator: 'units', year: 2020 },
  },
  {
    doc: KOEGE,
    quote: Q.units,
    shown: '5.463 beboere',
    value: 5463,
    where: { kind: 'planAreaStatistic', plan: 'koege-2021-2025', indicator: 'residents', year: 2020 },
  },
  // Køge: employment
  {
    doc: KOEGE,
    quote: Q.outsideWork,
    shown: '26%',
    value: 26,
    where: {
      kind: 'departmentStatistic',
      department: 'soeparken',
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2019,
    },
  },
  {
    doc: KOEGE,
    quote: Q.outsideWork,
    shown: '44,1%',
    value: 44.1,
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2019,
    },
  },
  {
    doc: KOEGE,
    quote: Q.outsideWork,
    shown: '26%',
    value: 26,
    where: {
      kind: 'planAreaStatistic',
      plan: 'koege-2021-2025',
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2019,
    },
  },
  {
    doc: KOEGE,
    quote: Q.outsideWork,
    shown: '44,1%',
    value: 44.1,
    where: {
      kind: 'planAreaStatistic',
      plan: 'koege-2021-2025',
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2019,
      field: 'valueMax',
    },
  },
  {
    doc: KOEGE,
    quote:
      'I afdelingerne bor omkring dobbelt så mange af børnene (40%) som i Køge Kommune som helhed i en husstand med en enlig forsørger.',
    shown: '40%',
    value: 40,
    where: {
      kind: 'planAreaStatistic',
      plan: 'koege-2021-2025',
      indicator: 'shareChildrenSingleProvider',
      year: 2020,
    },
  },
  // Køge: education
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '68,4%',
    value: 68.4,
    where: {
      kind: 'departmentStatistic',
      department: 'hastrupparken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '57%',
    value: 57,
    // "øvrige afdelinger ligger fra 57%-64%": the range of each of the other three afdelinger.
    where: {
      kind: 'departmentStatistic',
      department: 'ellemarken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '64%',
    value: 64,
    // "øvrige afdelinger ligger fra 57%-64%": the range of each of the other three afdelinger.
    where: {
      kind: 'departmentStatistic',
      department: 'ellemarken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
      field: 'valueMax',
    },
  },
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '57%',
    value: 57,
    // "øvrige afdelinger ligger fra 57%-64%": the range of each of the other three afdelinger.
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '64%',
    value: 64,
    // "øvrige afdelinger ligger fra 57%-64%": the range of each of the other three afdelinger.
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
      field: 'valueMax',
    },
  },
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '57%',
    value: 57,
    // "øvrige afdelinger ligger fra 57%-64%": the range of each of the other three afdelinger.
    where: {
      kind: 'departmentStatistic',
      department: 'soeparken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.school,
    shown: '64%',
    value: 64,
    // "øvrige afdelinger ligger fra 57%-64%": the range of each of the other three afdelinger.
    where: {
      kind: 'departmentStatistic',
      department: 'soeparken',
      indicator: 'shareOnlyPrimarySchool30to59',
      year: 2020,
      field: 'valueMax',
    },
  },
  {
    doc: KOEGE,
    quote: 'Det samme gælder kun for 14% i hele landet.',
    shown: '14%',
    value: 14,
    where: { kind: 'countryStatistic', indicator: 'shareOnlyPrimarySchool30to59', year: 2020 },
  },
  // Køge: background
  {
    doc: KOEGE,
    quote: 'Andelen er højst i Karlemoseparken med 51% og der har været en kraftig stigning i Ellemarken',
    shown: '51%',
    value: 51,
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'shareNonWesternImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: 'Afdelingen har nu ca. 40 % indvandrere og efterkommere.',
    shown: '40 %',
    value: 40,
    where: {
      kind: 'departmentStatistic',
      department: 'ellemarken',
      indicator: 'shareNonWesternImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.nonWestern,
    shown: '8,63%',
    value: 8.63,
    where: {
      kind: 'municipalityStatistic',
      municipality: 'koege',
      indicator: 'shareNonWesternImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.nonWestern,
    shown: '42,85%',
    value: 42.85,
    where: {
      kind: 'planAreaStatistic',
      plan: 'koege-2021-2025',
      indicator: 'shareNonWesternImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.under30,
    shown: '66%',
    value: 66,
    where: {
      kind: 'departmentStatistic',
      department: 'hastrupparken',
      indicator: 'shareUnder30ImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.under30,
    shown: '14%',
    value: 14,
    where: {
      kind: 'municipalityStatistic',
      municipality: 'koege',
      indicator: 'shareUnder30ImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.under30,
    shown: '54%',
    value: 54,
    where: {
      kind: 'planAreaStatistic',
      plan: 'koege-2021-2025',
      indicator: 'shareUnder30ImmigrantsDescendants',
      year: 2020,
    },
  },
  {
    doc: KOEGE,
    quote: Q.ellemarken,
    shown: '2133 beboere',
    value: 2133,
    where: { kind: 'departmentStatistic', department: 'ellemarken', indicator: 'residents', year: 2020 },
  },
  // Køge: income
  {
    doc: KOEGE,
    quote: Q.income,
    shown: '170-175.000 kr.',
    value: 170000,
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'householdIncomePerPerson',
      year: 2018,
    },
  },
  {
    doc: KOEGE,
    quote: Q.income,
    shown: '170-175.000 kr.',
    value: 175000,
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'householdIncomePerPerson',
      year: 2018,
      field: 'valueMax',
    },
  },
  {
    doc: KOEGE,
    quote: Q.income,
    shown: '170-175.000 kr.',
    value: 170000,
    where: {
      kind: 'departmentStatistic',
      department: 'hastrupparken',
      indicator: 'householdIncomePerPerson',
      year: 2018,
    },
  },
  {
    doc: KOEGE,
    quote: Q.income,
    shown: '170-175.000 kr.',
    value: 175000,
    where: {
      kind: 'departmentStatistic',
      department: 'hastrupparken',
      indicator: 'householdIncomePerPerson',
      year: 2018,
      field: 'valueMax',
    },
  },
  {
    doc: KOEGE,
    quote: 'For hele Køge er beløbet 328.000 kr. årligt',
    shown: '328.000 kr.',
    value: 328000,
    where: {
      kind: 'municipalityStatistic',
      municipality: 'koege',
      indicator: 'householdIncomePerPerson',
      year: 2018,
    },
  },
  {
    doc: KOEGE,
    quote: Q.below150k,
    shown: '25%',
    value: 25,
    where: {
      kind: 'departmentStatistic',
      department: 'ellemarken',
      indicator: 'shareIncomeBelow150k',
      year: 2018,
    },
  },
  {
    doc: KOEGE,
    quote: Q.below150k,
    shown: '25%',
    value: 25,
    where: {
      kind: 'departmentStatistic',
      department: 'hastrupparken',
      indicator: 'shareIncomeBelow150k',
      year: 2018,
    },
  },
  {
    doc: KOEGE,
    quote: 'For både Karlemoseparken og Søparken er denne andel på omkring 29%.',
    shown: '29%',
    value: 29,
    where: {
      kind: 'departmentStatistic',
      department: 'karlemoseparken',
      indicator: 'shareIncomeBelow150k',
      year: 2018,
    },
  },
  {
    doc: KOEGE,
    quote: 'For både Karlemoseparken og Søparken er denne andel på omkring 29%.',
    shown: '29%',
    value: 29,
    where: {
      kind: 'departmentStatistic',
      department: 'soeparken',
      indicator: 'shareIncomeBelow150k',
      year: 2018,
    },
  },
  // Køge: Landsbyggefonden’s grant (the plan’s web page)
  {
    doc: KOEGE_WEB,
    quote:
      'Landsbyggefonden har bevilliget 10,8 mio. til aktiviteter og indsatser i de 4 områder i perioden 1. september 2021 til 31. august 2025.',
    shown: '10,8 mio.',
    value: kr(10_800_000),
    where: { kind: 'financing', plan: 'koege-2021-2025', sourceName: 'Landsbyggefonden' },
  },
  {
    doc: KOEGE_WEB,
    quote: 'Landsbyggefonden har bevilliget 10,8 mio.',
    shown: '10,8 mio.',
    value: kr(10_800_000),
    where: {
      kind: 'budget',
      plan: 'koege-2021-2025',
      version: 'Bevilling 2021–2025',
      line: 'Aktiviteter og indsatser i de 4 områder',
      sourceName: 'Landsbyggefonden',
    },
  },
  // Holbæk (the pixi-udgave)
  {
    doc: HOLBAEK,
    quote: Q.holbaekAreas,
    shown: '3498 beboere',
    value: 3498,
    where: { kind: 'planAreaStatistic', plan: 'holbaek-2024-2027', indicator: 'residents', year: 2024 },
  },
  {
    doc: HOLBAEK,
    quote: Q.holbaekAreas,
    shown: '1640 lejemål',
    value: 1640,
    where: { kind: 'planAreaStatistic', plan: 'holbaek-2024-2027', indicator: 'units', year: 2024 },
  },
  ...(
    [
      ['Landsbyggefonden 10.500.000', '10.500.000', 10_500_000, 'Landsbyggefonden'],
      ['Holbæk Kommune 7.776.000', '7.776.000', 7_776_000, 'Holbæk Kommune'],
      ['Boligorganisationerne 3.793.000', '3.793.000', 3_793_000, 'Boligorganisationerne'],
    ] as const
  ).flatMap(([quote, shown, amount, sourceName]): SeedFigure[] => [
    {
      doc: HOLBAEK,
      quote,
      shown,
      value: kr(amount),
      where: { kind: 'financing', plan: 'holbaek-2024-2027', sourceName },
    },
    {
      doc: HOLBAEK,
      quote,
      shown,
      value: kr(amount),
      where: {
        kind: 'budget',
        plan: 'holbaek-2024-2027',
        version: 'Godkendt budget 2024–2027',
        line: 'Samlet økonomi (kilden fordeler ikke på poster eller år)',
        sourceName,
      },
    },
  ]),
  ...(
    [
      ['Lokaleleje 457.000', '457.000', 457_000, 'Lokaleleje'],
      ['Udgifter til løn 400.000', '400.000', 400_000, 'Udgifter til løn'],
      ['Driftschef (30 t/år) 33.000', '33.000', 33_000, 'Driftschef (30 t/år)'],
      [
        'Gårdmænd/driftschef, samarbejde om beboervejledning (4/m) 53.000',
        '53.000',
        53_000,
        'Gårdmænd/driftschef, samarbejde om beboervejledning (4/m)',
      ],
      // The document's own spelling ("lommepegeprojekt"); the demo writes the word correctly.
      [
        'Gårdmænd - lommepegeprojekt (4 t/u) 229.000',
        '229.000',
        229_000,
        'Gårdmænd – lommepengeprojekt (4 t/u)',
      ],
      [
        'Lokal boligsocial medarbejder (30 t/år) 33.000',
        '33.000',
        33_000,
        'Lokal boligsocial medarbejder (30 t/år)',
      ],
    ] as const
  ).flatMap(([quote, shown, amount, description]): SeedFigure[] => [
    {
      doc: HOLBAEK,
      quote,
      shown,
      value: kr(amount),
      where: { kind: 'financing', plan: 'holbaek-2024-2027', sourceName: 'Afdelingen', description },
    },
    {
      doc: HOLBAEK,
      quote,
      shown,
      value: kr(amount),
      where: {
        kind: 'budget',
        plan: 'holbaek-2024-2027',
        version: 'Godkendt budget 2024–2027',
        line: description,
        sourceName: 'Afdelingen',
      },
    },
  ]),
  {
    doc: HOLBAEK,
    quote: 'I alt 22.069.000',
    shown: '22.069.000',
    value: kr(22_069_000),
    where: { kind: 'financingTotal', plan: 'holbaek-2024-2027' },
  },
  // Amager (the merger news)
  {
    doc: AMAGER,
    quote: 'Samlet budget: 31 mio. kr.',
    shown: '31 mio. kr.',
    value: kr(31_000_000),
    where: { kind: 'financingTotal', plan: 'amager-2022-2025' },
  },
  {
    doc: AMAGER,
    quote: Q.amagerUnits,
    shown: '4.135 lejligheder',
    value: 4135,
    where: { kind: 'planAreaStatistic', plan: 'amager-2022-2025', indicator: 'units', year: 2021 },
  },
  ...(
    [
      [
        'Landsbyggefonden bevilger ca. 19 mio. kr. til hele perioden.',
        '19 mio. kr.',
        19_000_000,
        'Landsbyggefonden',
      ],
      [
        'Københavns Kommune: ca. 4,5 mio. kr. til hele perioden.',
        '4,5 mio. kr.',
        4_500_000,
        'Københavns Kommune',
      ],
      [
        'Boligafdelinger og boligorganisationer: ca. 4,5 mio. kr. til hele perioden.',
        '4,5 mio. kr.',
        4_500_000,
        'Boligafdelinger og boligorganisationer',
      ],
      ['Ekstern finansiering: 3 mio. kr.', '3 mio. kr.', 3_000_000, 'Ekstern finansiering'],
    ] as const
  ).flatMap(([quote, shown, amount, sourceName]): SeedFigure[] => [
    {
      doc: AMAGER,
      quote,
      shown,
      value: kr(amount),
      where: { kind: 'financing', plan: 'amager-2022-2025', sourceName },
    },
    {
      doc: AMAGER,
      quote,
      shown,
      value: kr(amount),
      where: {
        kind: 'budget',
        plan: 'amager-2022-2025',
        version: 'Ansøgt budget 2022–2025',
        line: 'Samlet budget (kilden fordeler ikke på poster eller år)',
        sourceName,
      },
    },
  ]),
  // Copenhagen (the slides and kk.dk)
  {
    doc: KK_SLIDES,
    quote: '33 boligsociale helhedsplaner med hver deres samarbejdsaftale',
    shown: '33',
    value: 33,
    where: { kind: 'municipality', municipality: 'koebenhavn', field: 'reportedPlanCount' },
  },
  {
    doc: KK_SLIDES,
    quote: '6 bydelsdækkende boligsociale fora',
    shown: '6',
    value: 6,
    where: { kind: 'municipality', municipality: 'koebenhavn', field: 'districtForumCount' },
  },
  {
    doc: KK_SLIDES,
    quote: 'TMF medfinansierer kontant alle med 12,5%',
    shown: '12,5%',
    value: 1250,
    where: { kind: 'coFinancingModel', municipality: 'koebenhavn', field: 'totalShareBp' },
  },
  // kk.dk's page is not copied into the repository (facts.md quotes it), so there is no sentence to find.
  {
    doc: KK_PAGE,
    quote: null,
    shown: '10,6',
    value: 1060,
    where: { kind: 'coFinancingModel', municipality: 'koebenhavn', field: 'secondmentAndActivitiesShareBp' },
  },
  {
    doc: KK_PAGE,
    quote: null,
    shown: '1,9',
    value: 190,
    where: { kind: 'coFinancingModel', municipality: 'koebenhavn', field: 'coordinationShareBp' },
  },
];

/** The identity of a figure, the same whether it is read from the YAML or from a table row. */
function keyOf(w: Where): string {
  switch (w.kind) {
    case 'departmentStatistic':
      return `statistic:department:${w.department}:${w.indicator}:${w.year}:${w.field ?? 'value'}`;
    case 'municipalityStatistic':
      return `statistic:municipality:${w.municipality}:${w.indicator}:${w.year}:${w.field ?? 'value'}`;
    case 'countryStatistic':
      return `statistic:country:${w.indicator}:${w.year}:${w.field ?? 'value'}`;
    case 'planAreaStatistic':
      return `statistic:planAreas:${w.plan}:${w.indicator}:${w.year}:${w.field ?? 'value'}`;
    case 'department':
      return `department:${w.department}:${w.field}`;
    case 'statutoryArea':
      return `statutoryArea:${w.area}:${w.field}`;
    case 'municipality':
      return `municipality:${w.municipality}:${w.field}`;
    case 'coFinancingModel':
      return `coFinancingModel:${w.municipality}:${w.field}`;
    case 'financing':
      return `financing:${w.plan}:${w.sourceName}:${w.description ?? ''}`;
    case 'budget':
      return `budget:${w.plan}:${w.version}:${w.line}:${w.sourceName}`;
    case 'financingTotal':
      return `financingTotal:${w.plan}`;
  }
}

type Yaml = Record<string, unknown>;
const list = (v: unknown): Yaml[] => (Array.isArray(v) ? (v as Yaml[]) : []);

/** Every figure of the demo YAML that carries a source (its own, its plan's or its file's). */
function yamlFigureKeys(): string[] {
  const keys: string[] = [];
  const stat = (prefix: string, f: Yaml) => {
    keys.push(`${prefix}:${f.indicator}:${f.year}:value`);
    if (f.valueMax !== undefined) keys.push(`${prefix}:${f.indicator}:${f.year}:valueMax`);
  };
  for (const file of SEED_FILES) {
    const data = parse(readFileSync(file, 'utf8')) as Yaml;
    if (!data.source) continue;
    for (const s of list(data.statistics)) {
      const subject =
        s.scope === 'department'
          ? `department:${s.department}`
          : s.scope === 'municipality'
            ? `municipality:${s.municipality}`
            : s.scope === 'statutoryArea'
              ? `statutoryArea:${s.area}`
              : s.scope === 'region'
                ? `region:${s.region}`
                : 'country';
      stat(`statistic:${subject}`, s);
    }
    for (const d of list(data.departments))
      for (const field of ['units', 'residents'] as const)
        if (d[field] !== undefined) keys.push(`department:${d.slug}:${field}`);
    for (const a of list(data.statutoryAreas))
      if (a.residents !== undefined) keys.push(`statutoryArea:${a.slug}:residents`);
    for (const m of list(data.municipalities)) {
      for (const field of ['reportedPlanCount', 'districtForumCount', 'population'] as const)
        if (m[field] !== undefined) keys.push(`municipality:${m.slug}:${field}`);
      for (const model of list(m.coFinancingModels))
        for (const [field, bp] of [
          ['totalSharePercent', 'totalShareBp'],
          ['secondmentAndActivitiesSharePercent', 'secondmentAndActivitiesShareBp'],
          ['coordinationSharePercent', 'coordinationShareBp'],
        ] as const)
          if (model[field] !== undefined) keys.push(`coFinancingModel:${m.slug}:${bp}`);
    }
    for (const p of list(data.plans)) {
      for (const f of list(p.areaStatistics)) stat(`statistic:planAreas:${p.slug}`, f);
      for (const f of list(p.financing)) {
        const description = f.scope === 'departmentCoFinancing' ? String(f.description ?? '') : '';
        keys.push(`financing:${p.slug}:${f.sourceName}:${description}`);
      }
      const total = p.financingTotal as Yaml | undefined;
      if (total?.statedKroner !== undefined) keys.push(`financingTotal:${p.slug}`);
      for (const b of list(p.budgets))
        for (const l of list(b.lines))
          for (const f of list(l.financings))
            keys.push(`budget:${p.slug}:${b.name}:${l.description}:${f.sourceName}`);
    }
  }
  return keys;
}

const SEED_FILES = await demoFiles();
const root = fileURLToPath(new URL('../../', import.meta.url));
/** A document's text as a reader reads it: markup of the copy removed, whitespace as single spaces. */
const readable = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('seed figure table', () => {
  it('has a row for every figure of the demo YAML, and no row for a figure it does not have', () => {
    const rows = new Set(SEED_FIGURES.map((r) => keyOf(r.where)));
    const yaml = yamlFigureKeys();
    expect(yaml.length).toBeGreaterThan(60);
    expect(
      yaml.filter((k) => !rows.has(k)),
      'figures without a row in SEED_FIGURES',
    ).toEqual([]);
    expect(
      [...rows].filter((k) => !yaml.includes(k)),
      'rows without a figure in the YAML',
    ).toEqual([]);
  });

  it.each(SEED_FIGURES)('finds “$shown” of $doc in the document', ({ doc, quote, shown }) => {
    const document = findSourceDocument(doc);
    expect(document, doc).toBeDefined();
    if (quote === null) {
      // Only a web source that is not copied may go without a sentence.
      expect(document?.file).toBeNull();
      expect(document?.url).not.toBeNull();
      return;
    }
    const text = readable(readFileSync(`${root}${document?.file}`, 'utf8'));
    expect(text).toContain(readable(quote));
    expect(quote).toContain(shown);
  });
});

describe.each(testBackends)('the API returns every seed figure with its source on $name', (backend) => {
  let demo: DemoApp;
  let app: FastifyInstance;
  const cache = new Map<string, unknown>();
  const get = async (url: string) => {
    if (!cache.has(url)) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      cache.set(url, res.json());
    }
    return cache.get(url) as Yaml;
  };
  beforeAll(async () => {
    demo = await demoApp(backend);
    app = demo.app;
  });
  afterAll(() => demo.close());

  type Found = { value: unknown; citation?: Citation | null; source?: string | null };

  async function statistic(url: string, indicator: string, year: number, field = 'value'): Promise<Found> {
    const page = await get(`${url}?limit=200`);
    const matches = list(page.items).filter((s) => s.indicator === indicator && s.year === year);
    expect(matches, `${url} ${indicator} ${year}`).toHaveLength(1);
    const s = matches[0] as Yaml;
    return { value: s[field], citation: s.citation as Citation };
  }

  async function find(w: Where): Promise<Found> {
    switch (w.kind) {
      case 'departmentStatistic':
        return statistic(`/api/departments/${w.department}/statistics`, w.indicator, w.year, w.field);
      case 'municipalityStatistic':
        return statistic(`/api/municipalities/${w.municipality}/statistics`, w.indicator, w.year, w.field);
      case 'countryStatistic':
        return statistic('/api/country-statistics', w.indicator, w.year, w.field);
      case 'planAreaStatistic':
        return statistic(`/api/plans/${w.plan}/area-statistics`, w.indicator, w.year, w.field);
      case 'department': {
        const d = await get(`/api/departments/${w.department}`);
        return { value: d[w.field], source: d.source as string };
      }
      case 'statutoryArea': {
        const a = await get(`/api/statutory-areas/${w.area}`);
        return { value: a[w.field], source: a.source as string };
      }
      case 'municipality': {
        const m = await get(`/api/municipalities/${w.municipality}`);
        return { value: m[w.field], source: m.source as string };
      }
      case 'coFinancingModel': {
        const m = await get(`/api/municipalities/${w.municipality}`);
        const [model] = list(m.coFinancingModels);
        return { value: model?.[w.field], source: model?.source as string };
      }
      case 'financing': {
        const plan = await get(`/api/plans/${w.plan}`);
        const financing = plan.financing as Yaml;
        const lines = [
          ...list(financing.lines),
          ...list(financing.departmentCoFinancing).flatMap((t) => list(t.lines)),
        ].filter(
          (l) =>
            l.sourceName === w.sourceName && (w.description === undefined || l.description === w.description),
        );
        expect(lines, keyOf(w)).toHaveLength(1);
        return { value: lines[0]?.amountOre, citation: lines[0]?.citation as Citation };
      }
      case 'financingTotal': {
        const plan = await get(`/api/plans/${w.plan}`);
        const total = (plan.financing as Yaml).total as Yaml;
        return { value: total.amountOre, source: (total.sources as string[]).join('; ') };
      }
      case 'budget': {
        const plan = await get(`/api/plans/${w.plan}`);
        const versions = await get(`/api/plans/${plan.id}/budget-versions?limit=100`);
        const version = list(versions.items).find((v) => v.name === w.version);
        expect(version, w.version).toBeDefined();
        const detail = await get(`/api/budget-versions/${version?.id}`);
        const line = list(detail.lines).find((l) => l.description === w.line);
        expect(line, w.line).toBeDefined();
        const financings = list(line?.financings).filter((f) => f.sourceName === w.sourceName);
        expect(financings, keyOf(w)).toHaveLength(1);
        return { value: financings[0]?.amountOre, citation: line?.documentCitation as Citation };
      }
    }
  }

  it.each(SEED_FIGURES)('$where.kind $value from $doc', async ({ doc, value, where }) => {
    const found = await find(where);
    expect(found.value).toBe(value);
    const document = findSourceDocument(doc);
    if (found.citation !== undefined) {
      // The structured source names the document …
      expect(found.citation?.documents.map((d) => d.id)).toContain(doc);
      expect(found.citation?.text).toContain(document?.title);
    } else {
      // … or the source text names it by title and publisher, never by key.
      expect(found.source).toContain(document?.title);
      expect(found.source).toContain(document?.publisher);
    }
    expect(found.citation?.text ?? found.source).not.toMatch(/kilde:|seed:\d/);
  });
});
