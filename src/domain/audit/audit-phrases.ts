/**
 * The audit trail in words (issue 13 item 8, decision 018). The trail stores the use case's
 * name ("registerSession", "create:indicators") and the rows it changed ("activity_sessions");
 * a user reads "Registrerede en aktivitetsgang" and "Oprettede indikatoren »Fritidsjob«". Every
 * action and every audited table has a Danish and an English phrase here; the API keeps the codes.
 */

export type AuditLocale = 'da' | 'en';

interface Noun {
  /** "indikatoren" / "the indicator": before the record's name. */
  definite: string;
  /** "en indikator" / "an indicator": when the name is not known. */
  indefinite: string;
}
type Localised<T> = Record<AuditLocale, T>;

const noun = (da: [string, string], en: [string, string]): Localised<Noun> => ({
  da: { definite: da[0], indefinite: da[1] },
  en: { definite: en[0], indefinite: en[1] },
});

/** The kinds of record an action acts on. */
const NOUNS = {
  plan: noun(['planen', 'en plan'], ['the plan', 'a plan']),
  activity: noun(['indsatsen', 'en indsats'], ['the activity', 'an activity']),
  indicator: noun(['indikatoren', 'en indikator'], ['the indicator', 'an indicator']),
  partner: noun(['samarbejdspartneren', 'en samarbejdspartner'], ['the partner', 'a partner']),
  financingLine: noun(
    ['finansieringslinjen', 'en finansieringslinje'],
    ['the financing line', 'a financing line'],
  ),
  body: noun(['organet', 'et organ'], ['the body', 'a body']),
  bodyMember: noun(['medlemmet', 'et medlem'], ['the member', 'a member']),
  network: noun(['netværket', 'et netværk'], ['the network', 'a network']),
  networkGroup: noun(['netværksgruppen', 'en netværksgruppe'], ['the network group', 'a network group']),
  networkActivity: noun(
    ['netværksaktiviteten', 'en netværksaktivitet'],
    ['the network activity', 'a network activity'],
  ),
  contact: noun(['kontaktpersonen', 'en kontaktperson'], ['the contact', 'a contact']),
  staff: noun(['medarbejderen', 'en medarbejder'], ['the staff member', 'a staff member']),
  budgetVersion: noun(['budgetversionen', 'en budgetversion'], ['the budget version', 'a budget version']),
  budgetLine: noun(['budgetlinjen', 'en budgetlinje'], ['the budget line', 'a budget line']),
  spendingEntry: noun(['forbrugsposten', 'en forbrugspost'], ['the spending entry', 'a spending entry']),
  coFinancingModel: noun(
    ['medfinansieringsmodellen', 'en medfinansieringsmodel'],
    ['the co-financing model', 'a co-financing model'],
  ),
  department: noun(['afdelingen', 'en afdeling'], ['the housing department', 'a housing department']),
  enrolment: noun(['forløbet', 'et forløb'], ['the enrolment', 'an enrolment']),
  session: noun(['aktivitetsgangen', 'en aktivitetsgang'], ['the session', 'a session']),
  volunteer: noun(['den frivillige', 'en frivillig'], ['the volunteer', 'a volunteer']),
  municipality: noun(['kommunen', 'en kommune'], ['the municipality', 'a municipality']),
  organisation: noun(
    ['boligorganisationen', 'en boligorganisation'],
    ['the housing organisation', 'a housing organisation'],
  ),
  statistic: noun(['tallet', 'et tal'], ['the figure', 'a figure']),
  statutoryArea: noun(['området', 'et område'], ['the area', 'an area']),
  user: noun(['brugeren', 'en bruger'], ['the user', 'a user']),
} satisfies Record<string, Localised<Noun>>;
type NounKey = keyof typeof NOUNS;

const VERBS = {
  create: { da: 'Oprettede', en: 'Created' },
  update: { da: 'Ændrede', en: 'Changed' },
  delete: { da: 'Slettede', en: 'Deleted' },
} as const;
type Verb = keyof typeof VERBS;

/** An action as a verb on a record, or as fixed words (with a form naming the record, if any). */
type ActionPhrase =
  | { verb: Verb; noun: NounKey }
  | { text: Localised<string>; named?: Localised<(name: string) => string> };

const fixed = (da: string, en: string, named?: Localised<(name: string) => string>): ActionPhrase => ({
  text: { da, en },
  named,
});
const q = (name: string) => `»${name}«`;

/** The URL segment of a plan row (decision 009) → its noun: "create:partners" etc. */
const ROW_NOUNS: Record<string, NounKey> = {
  activities: 'activity',
  indicators: 'indicator',
  partners: 'partner',
  'financing-lines': 'financingLine',
  bodies: 'body',
  'body-members': 'bodyMember',
  networks: 'network',
  'network-groups': 'networkGroup',
  'network-activities': 'networkActivity',
  contacts: 'contact',
  staff: 'staff',
};

/** Every action name a use case passes to withAudit (a test reads them from the source). */
export const ACTION_PHRASES: Record<string, ActionPhrase> = {
  seed: fixed('Indlæste demodata', 'Loaded the demo data'),
  generateNationalDataset: fixed('Dannede et landsdækkende testdatasæt', 'Generated a national test dataset'),
  createPlan: { verb: 'create', noun: 'plan' },
  updatePlan: { verb: 'update', noun: 'plan' },
  changePlanStatus: fixed('Ændrede planens status', "Changed the plan's status", {
    da: (n) => `Ændrede status for planen ${q(n)}`,
    en: (n) => `Changed the status of the plan ${q(n)}`,
  }),
  reopenPlan: fixed('Genåbnede planen for rettelser', 'Reopened the plan for corrections', {
    da: (n) => `Genåbnede planen ${q(n)} for rettelser`,
    en: (n) => `Reopened the plan ${q(n)} for corrections`,
  }),
  closePlan: fixed('Lukkede planen igen', 'Closed the plan again', {
    da: (n) => `Lukkede planen ${q(n)} igen`,
    en: (n) => `Closed the plan ${q(n)} again`,
  }),
  setPlanDepartment: fixed('Knyttede en afdeling til planen', 'Linked a housing department to the plan'),
  removePlanDepartment: fixed(
    'Fjernede en afdeling fra planen',
    'Removed a housing department from the plan',
  ),
  setPlanOrganisation: fixed(
    'Knyttede en boligorganisation til planen',
    'Linked a housing organisation to the plan',
  ),
  removePlanOrganisation: fixed(
    'Fjernede en boligorganisation fra planen',
    'Removed a housing organisation from the plan',
  ),
  setPredecessor: fixed('Angav en tidligere plan', 'Named an earlier plan'),
  removePredecessor: fixed('Fjernede en tidligere plan', 'Removed an earlier plan'),
  'update:indicatorMeasurements': fixed('Registrerede målinger for en indikator', 'Recorded measurements', {
    da: (n) => `Registrerede målinger for indikatoren ${q(n)}`,
    en: (n) => `Recorded measurements for the indicator ${q(n)}`,
  }),
  createBudgetVersion: { verb: 'create', noun: 'budgetVersion' },
  updateBudgetVersion: { verb: 'update', noun: 'budgetVersion' },
  deleteBudgetVersion: { verb: 'delete', noun: 'budgetVersion' },
  copyBudgetVersion: fixed('Kopierede en budgetversion', 'Copied a budget version', {
    da: (n) => `Kopierede en budgetversion til ${q(n)}`,
    en: (n) => `Copied a budget version to ${q(n)}`,
  }),
  approveBudgetVersion: fixed('Godkendte en budgetversion', 'Approved a budget version', {
    da: (n) => `Godkendte budgetversionen ${q(n)}`,
    en: (n) => `Approved the budget version ${q(n)}`,
  }),
  createBudgetLine: { verb: 'create', noun: 'budgetLine' },
  updateBudgetLine: { verb: 'update', noun: 'budgetLine' },
  deleteBudgetLine: { verb: 'delete', noun: 'budgetLine' },
  updateBudgetRuleSettings: fixed(
    'Ændrede indstillingerne for budgetreglerne',
    'Changed the budget rule settings',
  ),
  createSpendingEntry: { verb: 'create', noun: 'spendingEntry' },
  deleteSpendingEntry: { verb: 'delete', noun: 'spendingEntry' },
  importSpending: fixed('Importerede forbrug', 'Imported spending'),
  setAccountMappings: fixed('Ændrede koblingen af konti til budgetposter', 'Changed the account mapping'),
  createCoFinancingModel: { verb: 'create', noun: 'coFinancingModel' },
  updateCoFinancingModel: { verb: 'update', noun: 'coFinancingModel' },
  deleteCoFinancingModel: { verb: 'delete', noun: 'coFinancingModel' },
  createDepartment: { verb: 'create', noun: 'department' },
  updateDepartment: { verb: 'update', noun: 'department' },
  createMunicipality: { verb: 'create', noun: 'municipality' },
  updateMunicipality: { verb: 'update', noun: 'municipality' },
  createOrganisation: { verb: 'create', noun: 'organisation' },
  updateOrganisation: { verb: 'update', noun: 'organisation' },
  createStatistic: { verb: 'create', noun: 'statistic' },
  updateStatistic: { verb: 'update', noun: 'statistic' },
  deleteStatistic: { verb: 'delete', noun: 'statistic' },
  createStatutoryArea: { verb: 'create', noun: 'statutoryArea' },
  updateStatutoryArea: { verb: 'update', noun: 'statutoryArea' },
  deleteStatutoryArea: { verb: 'delete', noun: 'statutoryArea' },
  recordAreaListing: fixed(
    'Registrerede en listeoptagelse for et område',
    'Recorded a list entry for an area',
  ),
  deleteAreaListing: fixed('Slettede en listeoptagelse for et område', 'Deleted a list entry for an area'),
  importAreaStatistics: fixed('Importerede tal for områder', 'Imported figures for areas'),
  registerSession: fixed('Registrerede en aktivitetsgang', 'Registered a session'),
  updateSession: { verb: 'update', noun: 'session' },
  deleteSession: { verb: 'delete', noun: 'session' },
  importAttendance: fixed('Importerede fremmøde', 'Imported attendance'),
  createParticipants: fixed('Oprettede deltagere', 'Created participants'),
  eraseParticipant: fixed('Slettede en deltagers oplysninger', "Erased a participant's data"),
  setRetention: fixed(
    'Ændrede opbevaringsfristen for deltagere',
    'Changed the retention period for participants',
  ),
  applyRetention: fixed(
    'Slettede deltagere efter opbevaringsfristen',
    'Erased participants past the retention period',
  ),
  createVolunteer: { verb: 'create', noun: 'volunteer' },
  updateVolunteer: { verb: 'update', noun: 'volunteer' },
  deleteVolunteer: { verb: 'delete', noun: 'volunteer' },
  createEnrolment: { verb: 'create', noun: 'enrolment' },
  updateEnrolment: { verb: 'update', noun: 'enrolment' },
  deleteEnrolment: { verb: 'delete', noun: 'enrolment' },
  createUser: { verb: 'create', noun: 'user' },
  updateUser: { verb: 'update', noun: 'user' },
  setRoles: fixed('Ændrede en brugers roller', "Changed a user's roles", {
    da: (n) => `Ændrede roller for ${q(n)}`,
    en: (n) => `Changed the roles of ${q(n)}`,
  }),
  resetPassword: fixed('Nulstillede en brugers adgangskode', "Reset a user's password", {
    da: (n) => `Nulstillede adgangskoden for ${q(n)}`,
    en: (n) => `Reset the password of ${q(n)}`,
  }),
};
for (const [segment, key] of Object.entries(ROW_NOUNS)) {
  for (const verb of ['create', 'update', 'delete'] as const) {
    ACTION_PHRASES[`${verb}:${segment}`] ??= { verb, noun: key };
  }
}

/** Audited tables: singular and plural, for "3 deltagere tilføjet". */
const table = (da: [string, string], en: [string, string]) => ({ da, en });
export const TABLE_NOUNS: Record<string, Localised<[one: string, many: string]>> = {
  plans: table(['plan', 'planer'], ['plan', 'plans']),
  plan_departments: table(
    ['afdeling i planen', 'afdelinger i planen'],
    ['department of the plan', 'departments of the plan'],
  ),
  plan_organisations: table(
    ['boligorganisation i planen', 'boligorganisationer i planen'],
    ['organisation of the plan', 'organisations of the plan'],
  ),
  plan_predecessors: table(['tidligere plan', 'tidligere planer'], ['earlier plan', 'earlier plans']),
  plan_staff: table(['medarbejder', 'medarbejdere'], ['staff member', 'staff members']),
  activities: table(['indsats', 'indsatser'], ['activity', 'activities']),
  activity_departments: table(
    ['afdeling for en indsats', 'afdelinger for indsatser'],
    ['department of an activity', 'departments of activities'],
  ),
  activity_partners: table(
    ['partner i en indsats', 'partnere i indsatser'],
    ['partner of an activity', 'partners of activities'],
  ),
  activity_sessions: table(['aktivitetsgang', 'aktivitetsgange'], ['session', 'sessions']),
  attendances: table(['fremmøde', 'fremmøder'], ['attendance', 'attendances']),
  session_staff: table(
    ['medarbejder på en aktivitetsgang', 'medarbejdere på aktivitetsgange'],
    ['staff at a session', 'staff at sessions'],
  ),
  session_volunteers: table(
    ['frivillig på en aktivitetsgang', 'frivillige på aktivitetsgange'],
    ['volunteer at a session', 'volunteers at sessions'],
  ),
  volunteers: table(['frivillig', 'frivillige'], ['volunteer', 'volunteers']),
  participants: table(['deltager', 'deltagere'], ['participant', 'participants']),
  enrolments: table(['forløb', 'forløb'], ['enrolment', 'enrolments']),
  indicators: table(['indikator', 'indikatorer'], ['indicator', 'indicators']),
  indicator_targets: table(['måltal', 'måltal'], ['target', 'targets']),
  indicator_measurements: table(['måling', 'målinger'], ['measurement', 'measurements']),
  partners: table(['samarbejdspartner', 'samarbejdspartnere'], ['partner', 'partners']),
  financing_lines: table(
    ['finansieringslinje', 'finansieringslinjer'],
    ['financing line', 'financing lines'],
  ),
  bodies: table(['organ', 'organer'], ['body', 'bodies']),
  body_members: table(['medlem', 'medlemmer'], ['member', 'members']),
  networks: table(['netværk', 'netværk'], ['network', 'networks']),
  network_groups: table(['netværksgruppe', 'netværksgrupper'], ['network group', 'network groups']),
  network_activities: table(
    ['netværksaktivitet', 'netværksaktiviteter'],
    ['network activity', 'network activities'],
  ),
  contacts: table(['kontaktperson', 'kontaktpersoner'], ['contact', 'contacts']),
  budget_versions: table(['budgetversion', 'budgetversioner'], ['budget version', 'budget versions']),
  budget_lines: table(['budgetlinje', 'budgetlinjer'], ['budget line', 'budget lines']),
  budget_line_financings: table(
    ['finansiering af en budgetlinje', 'finansieringer af budgetlinjer'],
    ['financing of a budget line', 'financings of budget lines'],
  ),
  budget_rule_settings: table(
    ['indstilling af budgetregler', 'indstillinger af budgetregler'],
    ['budget rule setting', 'budget rule settings'],
  ),
  account_mappings: table(['kontokobling', 'kontokoblinger'], ['account mapping', 'account mappings']),
  spending_entries: table(['forbrugspost', 'forbrugsposter'], ['spending entry', 'spending entries']),
  municipalities: table(['kommune', 'kommuner'], ['municipality', 'municipalities']),
  municipality_co_financing_models: table(
    ['medfinansieringsmodel', 'medfinansieringsmodeller'],
    ['co-financing model', 'co-financing models'],
  ),
  housing_organisations: table(
    ['boligorganisation', 'boligorganisationer'],
    ['housing organisation', 'housing organisations'],
  ),
  departments: table(['afdeling', 'afdelinger'], ['housing department', 'housing departments']),
  area_statistics: table(['tal', 'tal'], ['figure', 'figures']),
  statutory_areas: table(['område', 'områder'], ['area', 'areas']),
  statutory_area_departments: table(
    ['afdeling i et område', 'afdelinger i områder'],
    ['department of an area', 'departments of areas'],
  ),
  statutory_area_listings: table(['listeoptagelse', 'listeoptagelser'], ['list entry', 'list entries']),
  users: table(['bruger', 'brugere'], ['user', 'users']),
  role_assignments: table(['rolle', 'roller'], ['role', 'roles']),
  generated_datasets: table(['testdatasæt', 'testdatasæt'], ['test dataset', 'test datasets']),
};

/** Column labels for the edits shown ("Navn: »A« → »B«"); others are written out from their name. */
const COLUMN_LABELS: Record<string, Localised<string>> = {
  name: { da: 'Navn', en: 'Name' },
  title: { da: 'Titel', en: 'Title' },
  description: { da: 'Beskrivelse', en: 'Description' },
  status: { da: 'Status', en: 'Status' },
  note: { da: 'Note', en: 'Note' },
  purpose: { da: 'Formål', en: 'Purpose' },
  amount_ore: { da: 'Beløb', en: 'Amount' },
  start_date: { da: 'Startdato', en: 'Start date' },
  end_date: { da: 'Slutdato', en: 'End date' },
  period_start: { da: 'Periodens start', en: 'Period start' },
  period_end: { da: 'Periodens slut', en: 'Period end' },
  date: { da: 'Dato', en: 'Date' },
  place: { da: 'Sted', en: 'Place' },
  email: { da: 'E-mail', en: 'E-mail' },
  display_name: { da: 'Navn', en: 'Name' },
  phone: { da: 'Telefon', en: 'Phone' },
  role: { da: 'Rolle', en: 'Role' },
  year: { da: 'År', en: 'Year' },
  value: { da: 'Værdi', en: 'Value' },
  target: { da: 'Måltal', en: 'Target' },
  period_target: { da: 'Mål for perioden', en: 'Target for the period' },
  baseline: { da: 'Udgangspunkt', en: 'Baseline' },
  hours: { da: 'Timer', en: 'Hours' },
  open_count: { da: 'Antal fremmødte', en: 'Head count' },
  open_female: { da: 'Heraf piger/kvinder', en: 'Of whom female' },
  open_male: { da: 'Heraf drenge/mænd', en: 'Of whom male' },
  category: { da: 'Kategori', en: 'Category' },
  residents: { da: 'Beboere', en: 'Residents' },
  active: { da: 'Aktiv', en: 'Active' },
  consent_date: { da: 'Samtykkedato', en: 'Consent date' },
  outcome: { da: 'Resultat', en: 'Outcome' },
  source: { da: 'Kilde', en: 'Source' },
  source_name: { da: 'Finansieringskilde', en: 'Funder' },
  kind: { da: 'Art', en: 'Kind' },
  disabled: { da: 'Spærret', en: 'Disabled' },
  approved_at: { da: 'Godkendt', en: 'Approved' },
  approved_by: { da: 'Godkendt af', en: 'Approved by' },
  target_groups: { da: 'Målgrupper', en: 'Target groups' },
  vision: { da: 'Vision', en: 'Vision' },
  goal: { da: 'Mål', en: 'Goal' },
  participant_retention_months: { da: 'Opbevaringsfrist (måneder)', en: 'Retention (months)' },
  reopened_at: { da: 'Genåbnet', en: 'Reopened' },
  reopen_reason: { da: 'Begrundelse for genåbning', en: 'Reason for reopening' },
};
/** Bookkeeping columns that say nothing to a reader. */
const HIDDEN_COLUMNS = new Set([
  'updated_at',
  'created_at',
  'position',
  'id',
  'password_hash',
  'must_change_password',
]);

/** Machine actors by the label they write in the trail. */
const ACTOR_NAMES: Record<string, Localised<string>> = {
  'system:seed': { da: 'Demodata', en: 'Demo data' },
  'system:cli': { da: 'Kommandolinjen', en: 'Command line' },
  'system:migrate': { da: 'Opsætning af databasen', en: 'Database set-up' },
  'system:generate': { da: 'Testdatagenerator', en: 'Test data generator' },
};

export function hasActionPhrase(action: string): boolean {
  return action in ACTION_PHRASES;
}

/** Who did it: a person's label as it is, a machine by its name ("Demodata"). */
export function actorName(label: string | null | undefined, locale: AuditLocale = 'da'): string {
  if (!label) return '';
  const known = ACTOR_NAMES[label];
  if (known) return known[locale];
  if (label.startsWith('system:')) return locale === 'da' ? 'Systemet' : 'The system';
  return label;
}

export interface AuditChangeLike {
  tableName: string;
  operation: 'insert' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  diff: Record<string, [unknown, unknown]> | null;
}
export interface AuditEventLike {
  action: string;
  changes: readonly AuditChangeLike[];
}

const NAME_COLUMNS = ['name', 'display_name', 'title', 'description', 'source_name', 'email'];

/** The name of the record an event is about: the first changed row that has one. */
export function recordName(event: AuditEventLike): string | null {
  for (const c of event.changes) {
    const row = c.after ?? c.before;
    for (const column of NAME_COLUMNS) {
      const v = row?.[column];
      if (typeof v === 'string' && v.trim())
        return v.trim().length > 80 ? `${v.trim().slice(0, 79)}…` : v.trim();
    }
  }
  return null;
}

/** "Oprettede indikatoren »Fritidsjob«", "Registrerede en aktivitetsgang". */
export function describeAction(event: AuditEventLike, locale: AuditLocale = 'da'): string {
  const phrase = ACTION_PHRASES[event.action];
  const name = recordName(event);
  if (!phrase) return locale === 'da' ? 'Ændrede data' : 'Changed data';
  if ('verb' in phrase) {
    const n = NOUNS[phrase.noun][locale];
    const verb = VERBS[phrase.verb][locale];
    return name ? `${verb} ${n.definite} ${q(name)}` : `${verb} ${n.indefinite}`;
  }
  return name && phrase.named ? phrase.named[locale](name) : phrase.text[locale];
}

const tableNoun = (name: string, n: number, locale: AuditLocale) => {
  const known = TABLE_NOUNS[name]?.[locale];
  if (!known) return locale === 'da' ? (n === 1 ? 'række' : 'rækker') : n === 1 ? 'row' : 'rows';
  return n === 1 ? known[0] : known[1];
};

const columnLabel = (column: string, locale: AuditLocale) =>
  COLUMN_LABELS[column]?.[locale] ?? (column.charAt(0).toUpperCase() + column.slice(1)).replaceAll('_', ' ');

function valueText(column: string, value: unknown, locale: AuditLocale): string {
  const lang = locale === 'da' ? 'da-DK' : 'en-GB';
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean')
    return value ? (locale === 'da' ? 'ja' : 'yes') : locale === 'da' ? 'nej' : 'no';
  if (column.endsWith('_ore') && (typeof value === 'number' || /^\d+$/.test(String(value)))) {
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(Number(value) / 100)} kr.`;
  }
  if (typeof value === 'number') return new Intl.NumberFormat(lang).format(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
      return new Date(`${value}T00:00:00Z`).toLocaleDateString(lang, { timeZone: 'UTC' });
    return q(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  }
  return Array.isArray(value) ? value.map((v) => valueText(column, v, locale)).join(', ') : '…';
}

/** What a bulk write's summary row counts (withBulkAudit), in the trail's words. */
const BULK_COUNTS: Record<string, Record<AuditLocale, [string, string]>> = {
  fileRows: { da: ['række i filen', 'rækker i filen'], en: ['row in the file', 'rows in the file'] },
  rows: { da: ['række i filen', 'rækker i filen'], en: ['row in the file', 'rows in the file'] },
  figures: { da: ['tal', 'tal'], en: ['figure', 'figures'] },
  sessions: { da: ['aktivitetsgang', 'aktivitetsgange'], en: ['session', 'sessions'] },
  attendances: { da: ['fremmøde', 'fremmøder'], en: ['attendance', 'attendances'] },
  newParticipants: { da: ['ny deltager', 'nye deltagere'], en: ['new participant', 'new participants'] },
  openCount: {
    da: ['i åbne arrangementer', 'i åbne arrangementer'],
    en: ['at open events', 'at open events'],
  },
  volunteerHours: { da: ['frivillig time', 'frivillige timer'], en: ['volunteer hour', 'volunteer hours'] },
};

/** "995.000 fremmøder, 50.000 aktivitetsgange …" for a bulk write's summary row. */
function describeBulk(summary: Record<string, unknown>, locale: AuditLocale): string {
  const format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB');
  return Object.entries(summary)
    .flatMap(([key, value]) => {
      const noun = BULK_COUNTS[key]?.[locale];
      if (!noun || typeof value !== 'number') return [];
      return [`${format.format(value)} ${value === 1 ? noun[0] : noun[1]}`];
    })
    .join(', ');
}

/** "3 deltagere og 1 aktivitetsgang tilføjet; Navn: »A« → »B«". */
export function describeChanges(event: AuditEventLike, locale: AuditLocale = 'da'): string {
  const bulk = event.changes.find((c) => c.after?.bulk === true);
  if (bulk?.after) return describeBulk(bulk.after, locale);
  const counts = { insert: new Map<string, number>(), delete: new Map<string, number>() };
  for (const c of event.changes) {
    if (c.operation === 'update') continue;
    const m = counts[c.operation];
    m.set(c.tableName, (m.get(c.tableName) ?? 0) + 1);
  }
  const and = locale === 'da' ? ' og ' : ' and ';
  const list = (m: Map<string, number>) =>
    [...m.entries()]
      .map(
        ([t, n]) =>
          `${new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB').format(n)} ${tableNoun(t, n, locale)}`,
      )
      .join(and);
  const parts: string[] = [];
  if (counts.insert.size) parts.push(`${list(counts.insert)} ${locale === 'da' ? 'tilføjet' : 'added'}`);
  if (counts.delete.size) parts.push(`${list(counts.delete)} ${locale === 'da' ? 'fjernet' : 'removed'}`);
  for (const c of event.changes) {
    for (const [column, [from, to]] of Object.entries(c.diff ?? {})) {
      if (HIDDEN_COLUMNS.has(column) || column.endsWith('_id')) continue;
      parts.push(
        `${columnLabel(column, locale)}: ${valueText(column, from, locale)} → ${valueText(column, to, locale)}`,
      );
    }
  }
  return parts.join('; ');
}
