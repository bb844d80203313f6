/**
 * The Danish label of every field the API takes (issue 13 item 8, decision 018): a refused field
 * is named as a form names it — "E-mail skal være en e-mailadresse", not "body.email: …". Keyed
 * by the field's own name (the last segment of its path); test/api/field-labels.test.ts checks
 * that every body, query and path field of the OpenAPI document has one.
 */
export const FIELD_LABELS: Record<string, string> = {
  account: 'Konto',
  active: 'Aktiv',
  activityId: 'Indsats',
  against: 'Sammenlign med',
  ageBand: 'Aldersgruppe',
  amountOre: 'Beløb',
  asOf: 'Opgjort pr.',
  assignments: 'Roller',
  baseline: 'Udgangspunkt',
  baselineNote: 'Note om udgangspunktet',
  basis: 'Hvad der tælles',
  category: 'Kategori',
  commit: 'Gem',
  consentDate: 'Samtykkedato',
  contributionInsidePlan: 'Bidrag i planen',
  contributionOutsidePlan: 'Bidrag uden for planen',
  coordinationShareBp: 'Andel til koordinering',
  copyFromVersionId: 'Kopiér fra budgetversion',
  countInKindHours: 'Medregn timer som egenfinansiering',
  countInKindPremises: 'Medregn lokaler som egenfinansiering',
  coverageNote: 'Note om dækning',
  date: 'Dato',
  department: 'Afdeling',
  departmentId: 'Afdeling',
  departmentIds: 'Afdelinger',
  description: 'Beskrivelse',
  direction: 'Retning',
  disabled: 'Spærret',
  displayName: 'Navn',
  distance: 'Afstand til grænsen',
  districtForumCount: 'Antal områdeforaer',
  documentSource: 'Kilde',
  dryRun: 'Prøvekørsel',
  email: 'E-mail',
  employerOrganisationId: 'Arbejdsgiver',
  endDate: 'Slutdato',
  female: 'Heraf piger/kvinder',
  financingAllFundersKnown: 'Alle finansieringskilder kendt',
  financingAllFundersKnownSource: 'Kilde til at alle finansieringskilder er kendt',
  financingStatedTotalOre: 'Oplyst samlet beløb',
  financingStatedTotalSource: 'Kilde til det samlede beløb',
  financings: 'Finansiering',
  firstYear: 'Første år',
  focusArea: 'Indsatsområde',
  focusAreaId: 'Indsatsområde',
  format: 'Format',
  from: 'Fra',
  fundingPeriodId: 'Bevillingsperiode',
  gender: 'Køn',
  groupId: 'Gruppe',
  hasDecisionAuthority: 'Har beslutningskompetence',
  horizon: 'Antal år frem',
  hourlyRateOre: 'Timesats',
  hours: 'Timer',
  howToJoin: 'Sådan bliver man en del af det',
  id: 'Id',
  includeErased: 'Medtag slettede',
  includeInactive: 'Medtag inaktive',
  indicator: 'Indikator',
  isApproximate: 'Omtrentligt beløb',
  kind: 'Art',
  label: 'Betegnelse',
  lastYear: 'Sidste år',
  lbfCeilingOre: 'Landsbyggefondens loft',
  limit: 'Antal pr. side',
  lineDescription: 'Budgetlinje',
  listYear: 'Listeår',
  listed: 'På listen',
  male: 'Heraf drenge/mænd',
  mapping: 'Kolonner',
  mappings: 'Koblinger',
  measurement: 'Måles ved',
  measurements: 'Målinger',
  meetingsPerYearMax: 'Højst antal møder om året',
  meetingsPerYearMin: 'Mindst antal møder om året',
  minimumLocalShareBp: 'Mindste lokale andel',
  municipality: 'Kommune',
  municipalityId: 'Kommune',
  municipalityShareToleranceBp: 'Tolerance for kommunens andel',
  name: 'Navn',
  newParticipants: 'Nye deltagere',
  newVolunteers: 'Nye frivillige',
  note: 'Note',
  offset: 'Spring over',
  open: 'Åben',
  openCount: 'Antal fremmødte',
  organisation: 'Organisation',
  organisationId: 'Boligorganisation',
  outcome: 'Resultat',
  participantId: 'Deltager',
  participantIds: 'Deltagere',
  participantRetentionMonths: 'Opbevaringsfrist (måneder)',
  participants: 'Deltagere',
  partnerId: 'Samarbejdspartner',
  partnerIds: 'Samarbejdspartnere',
  party: 'Part',
  password: 'Adgangskode',
  payer: 'Betaler',
  periodEnd: 'Periodens slut',
  periodStart: 'Periodens start',
  periodTarget: 'Mål for perioden',
  phone: 'Telefon',
  place: 'Sted',
  plan: 'Plan',
  planId: 'Plan',
  population: 'Befolkning',
  predecessorId: 'Tidligere plan',
  purpose: 'Formål',
  q: 'Søgning',
  reason: 'Begrundelse',
  ratioDistance: 'Afstand til grænsen (forhold)',
  referencePeriod: 'Referenceperiode',
  region: 'Region',
  reportedPlanCount: 'Antal indberettede planer',
  residents: 'Beboere',
  role: 'Rolle',
  scope: 'Omfang',
  seats: 'Pladser',
  secondmentAndActivitiesShareBp: 'Andel til udlån og aktiviteter',
  sessions: 'Aktivitetsgange',
  shareBp: 'Andel',
  shortName: 'Kort navn',
  slug: 'Adresse (slug)',
  source: 'Kilde',
  sourceName: 'Finansieringskilde',
  spreadOverYears: 'Fordel over årene',
  staffIds: 'Medarbejdere',
  startDate: 'Startdato',
  status: 'Status',
  summary: 'Resumé',
  suppressionThreshold: 'Grænse for små tal',
  table: 'Tabel',
  target: 'Måltal',
  targetGroups: 'Målgrupper',
  targets: 'Måltal pr. år',
  title: 'Titel',
  to: 'Til',
  total: 'I alt',
  totalShareBp: 'Samlet andel',
  type: 'Type',
  unit: 'Enhed',
  units: 'Boliger',
  value: 'Værdi',
  valueMax: 'Højeste værdi',
  version: 'Budgetversion',
  vision: 'Vision',
  volunteerId: 'Frivillig',
  volunteers: 'Frivillige',
  weeklyHours: 'Timer om ugen',
  year: 'År',
  yearIndex: 'Planår',
};

/** "newParticipants.0.ageBand" → "Aldersgruppe (nr. 1)"; null for a path with no known field. */
export function fieldLabel(path: string): string | null {
  const parts = path
    .split(/[./]/)
    .filter((p) => p && !['body', 'querystring', 'params', 'headers'].includes(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    if (/^\d+$/.test(part)) continue;
    const label = FIELD_LABELS[part];
    if (!label) return null;
    const index =
      parts.slice(i + 1).find((p) => /^\d+$/.test(p)) ??
      parts
        .slice(0, i)
        .reverse()
        .find((p) => /^\d+$/.test(p));
    return index === undefined ? label : `${label} (nr. ${Number(index) + 1})`;
  }
  return null;
}

/** Messages that read on from the field's name: "Skal udfyldes" → "Navn skal udfyldes". */
const READS_ON = /^(?:Skal|Må|Kan|Er|Har|Findes|Mangler)(?=\s|$)/;

/**
 * The field's message naming the field: "Skal være en e-mailadresse" → "E-mail skal være en
 * e-mailadresse"; a message that names the field already ("Beløbet må ikke være negativt",
 * "Kontoen 1010 står der allerede") is kept; any other gets the label in front ("År: …").
 */
export function labelledMessage(label: string | null, message: string): string {
  if (!label) return message;
  if (READS_ON.test(message)) return `${label} ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  const base = label.replace(/ \(nr\. \d+\)$/, '').toLowerCase();
  if (message.toLowerCase().includes(base)) return message;
  return `${label}: ${message}`;
}
