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
  PLAN_STATUS_TRANSITION_INVALID: 'Planens status kan ikke ændres sådan.',
  PERIOD_INVALID: 'Slutdatoen ligger før startdatoen.',
  DEPARTMENT_NOT_IN_PLAN: 'Afdelingen er ikke med i helhedsplanen.',
  PARTNER_NOT_IN_PLAN: 'Samarbejdspartneren hører ikke til helhedsplanen.',
  CONFLICT: 'Data er ændret eller findes allerede.',
  SLUG_TAKEN: 'Kortnavnet er allerede i brug.',
  SEED_FILE_INVALID: 'Datafilen er ugyldig.',
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
