/**
 * Every error the product can tell a user about has a code here, with its Danish message.
 * Domain and use-case code throws AppError; the HTTP layer maps codes to statuses
 * (src/server/http/problem.ts) with an exhaustive switch, so a new code cannot be forgotten.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: 'Nogle felter er ikke udfyldt korrekt.',
  NOT_FOUND: 'Det, du leder efter, findes ikke.',
  PLAN_NOT_FOUND: 'Helhedsplanen findes ikke.',
  DEPARTMENT_NOT_FOUND: 'Afdelingen findes ikke.',
  MUNICIPALITY_NOT_FOUND: 'Kommunen findes ikke.',
  ORGANISATION_NOT_FOUND: 'Boligorganisationen findes ikke.',
  FOCUS_AREA_NOT_IN_FUNDING_PERIOD: 'Indsatsområdet hører ikke til planens bevillingsperiode.',
  FUNDING_PERIOD_NOT_FOUND: 'Bevillingsperioden findes ikke.',
  FOCUS_AREA_NOT_FOUND: 'Indsatsområdet findes ikke.',
  ACTIVITY_NOT_FOUND: 'Indsatsen findes ikke.',
  PARTNER_NOT_FOUND: 'Samarbejdspartneren findes ikke.',
  FINANCING_LINE_NOT_FOUND: 'Finansieringslinjen findes ikke.',
  BODY_NOT_FOUND: 'Organet (bestyrelse, forum eller gruppe) findes ikke.',
  BODY_MEMBER_NOT_FOUND: 'Medlemmet findes ikke.',
  NETWORK_NOT_FOUND: 'Netværket findes ikke.',
  NETWORK_GROUP_NOT_FOUND: 'Netværksgruppen findes ikke.',
  NETWORK_ACTIVITY_NOT_FOUND: 'Netværksaktiviteten findes ikke.',
  CONTACT_NOT_FOUND: 'Kontaktpersonen findes ikke.',
  STAFF_NOT_FOUND: 'Medarbejderen findes ikke.',
  STATISTIC_NOT_FOUND: 'Nøgletallet findes ikke.',
  CO_FINANCING_MODEL_NOT_FOUND: 'Medfinansieringsmodellen findes ikke.',
  BUDGET_VERSION_NOT_FOUND: 'Budgetversionen findes ikke.',
  BUDGET_LINE_NOT_FOUND: 'Budgetlinjen findes ikke.',
  SPENDING_ENTRY_NOT_FOUND: 'Forbrugsposten findes ikke.',
  BUDGET_VERSION_LOCKED: 'Budgetversionen er godkendt og kan ikke ændres. Lav en revision i stedet.',
  BUDGET_LINE_OUTSIDE_PERIOD: 'Budgetlinjen ligger uden for budgettets periode.',
  BUDGET_YEARS_OUTSIDE_PLAN: 'Budgettets år ligger uden for planens periode.',
  BUDGET_SHARES_OVER_100: 'Andelene af en budgetlinje er tilsammen over 100 %.',
  BUDGET_FINANCING_INVALID: 'En finansiering af budgetlinjen er ikke angivet korrekt.',
  ACTIVITY_HAS_REGISTRATIONS:
    'Indsatsen har registrerede gange eller forløb og kan ikke slettes. Sæt dens status til afsluttet i stedet.',
  INDICATOR_NOT_FOUND: 'Indikatoren findes ikke.',
  SESSION_NOT_FOUND: 'Registreringen (aktivitetsgangen) findes ikke.',
  VOLUNTEER_NOT_FOUND: 'Den frivillige findes ikke.',
  ENROLMENT_NOT_FOUND: 'Forløbet findes ikke.',
  PARTICIPANT_NOT_FOUND: 'Deltageren findes ikke.',
  SESSION_OUTSIDE_ACTIVITY_PERIOD: 'Datoen ligger uden for indsatsens periode.',
  SESSION_OUTSIDE_PLAN_PERIOD: 'Datoen ligger uden for planens periode.',
  PARTICIPANT_NOT_IN_PLAN: 'Deltagerkoden hører ikke til denne helhedsplan.',
  PARTICIPANT_ERASED: 'Deltageren er slettet efter anmodning og kan ikke registreres igen.',
  OPEN_COUNT_INVALID: 'Antallet af piger/kvinder og drenge/mænd er større end det samlede antal deltagere.',
  VOLUNTEER_NOT_IN_PLAN: 'Den frivillige hører ikke til denne helhedsplan.',
  STAFF_NOT_IN_PLAN: 'Medarbejderen hører ikke til denne helhedsplan.',
  INDICATOR_INVALID: 'Indikatoren er ikke angivet korrekt.',
  INDICATOR_TARGET_OUTSIDE_PERIOD: 'Et måltal ligger uden for planens år.',
  PLAN_PERIOD_UNKNOWN:
    'Planens periode er ikke oplyst, så der kan ikke opgøres år. Angiv start- og slutdato eller første og sidste år.',
  ENROLMENT_INVALID: 'Forløbet er ikke angivet korrekt.',
  VOLUNTEER_CONSENT_MISSING:
    'En frivillig kan kun registreres med navn, når samtykket er registreret (dato).',
  STATUTORY_AREA_NOT_FOUND: 'Boligområdet findes ikke.',
  AREA_LISTING_NOT_FOUND: 'Listeoplysningen findes ikke.',
  AREA_TOO_SMALL:
    'Området har under 1.000 beboere og er ikke et boligområde efter almenboligloven § 61 a, stk. 3; det kan ikke klassificeres.',
  LIST_YEAR_WITHOUT_RULE_SET:
    'Der findes ingen regler for det listeår (de første lister med disse regler er fra 2013).',
  DEPARTMENT_IN_OTHER_AREA: 'Afdelingen hører allerede til et andet boligområde.',
  PLAN_READ_ONLY: 'Planen er afsluttet og kan kun læses. En administrator kan genåbne den.',
  PLAN_NOT_READ_ONLY: 'Planen er ikke afsluttet eller afløst og kan ændres uden at blive genåbnet.',
  PLAN_NOT_REOPENED: 'Planen er ikke genåbnet, så den kan ikke lukkes igen.',
  REFERENCE_NOT_FOUND: 'Et felt henviser til noget, der ikke findes.',
  AMOUNT_OUT_OF_RANGE: 'Beløbet ligger uden for det tilladte interval.',
  DATE_OUTSIDE_PLAN_PERIOD: 'Datoen ligger uden for planens periode.',
  PLAN_STATUS_TRANSITION_INVALID: 'Planens status kan ikke ændres sådan.',
  PERIOD_INVALID: 'Slutdatoen ligger før startdatoen.',
  DEPARTMENT_NOT_IN_PLAN: 'Afdelingen er ikke med i helhedsplanen.',
  PARTNER_NOT_IN_PLAN: 'Samarbejdspartneren hører ikke til helhedsplanen.',
  DEPARTMENT_NOT_IN_MUNICIPALITY: 'Afdelingen ligger ikke i planens kommune.',
  NETWORK_GROUP_NOT_IN_NETWORK: 'Gruppen hører ikke til netværket.',
  PREDECESSOR_INVALID: 'En plan kan ikke afløse sig selv eller en af sine efterfølgere.',
  MEETINGS_RANGE_INVALID: 'Højst-antallet af møder er mindre end mindst-antallet.',
  CO_FINANCING_SHARES_INVALID: 'Delandelene er tilsammen større end den samlede andel.',
  CONFLICT: 'Data er ændret eller findes allerede.',
  DEPARTMENT_IN_USE: 'Afdelingen bruges af planens indsatser eller finansiering og kan ikke fjernes.',
  SLUG_TAKEN: 'Kortnavnet er allerede i brug.',
  SEED_FILE_INVALID: 'Datafilen er ugyldig.',
  IMPORT_INVALID: 'Filen kan ikke importeres. Ret fejlene, og prøv igen — intet er gemt.',
  IMPORT_FORMAT_UNSUPPORTED: 'Filtypen understøttes ikke. Brug CSV eller Excel (XLSX).',
  UPLOAD_TOO_LARGE: 'Filen er for stor til at blive importeret på én gang (højst 100 MB).',
  UNAUTHENTICATED: 'Du skal logge ind for at se eller ændre dette.',
  FORBIDDEN: 'Du har ikke adgang til at gøre dette.',
  SIGN_IN_FAILED: 'E-mail eller adgangskode er forkert.',
  SIGN_IN_LOCKED: 'For mange mislykkede forsøg. Vent lidt, og prøv igen.',
  RATE_LIMITED: 'For mange forespørgsler på kort tid. Vent lidt, og prøv igen.',
  CSRF_INVALID: 'Siden er forældet. Genindlæs siden, og prøv igen.',
  INTERNAL: 'Der skete en uventet fejl. Prøv igen, og kontakt support hvis det fortsætter.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface FieldError {
  /** Dotted path of the field, e.g. "amountOre" or "members.2.name". */
  field: string;
  /** The field's Danish label, as its form names it (set by the HTTP layer). */
  label?: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  readonly fieldErrors: FieldError[];

  constructor(code: ErrorCode, details: Record<string, unknown> = {}, fieldErrors: FieldError[] = []) {
    super(ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.fieldErrors = fieldErrors;
  }
}
