import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_MESSAGES, type ErrorCode, type FieldError } from '../../domain/errors/app-error';
import { fieldLabel, labelledMessage } from '../../domain/validation/field-labels';
import type { ImportProblem } from '../../tabular/import-problem';

/** The HTTP status of each error code. Exhaustive: a new code fails to compile until mapped. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'FOCUS_AREA_NOT_IN_FUNDING_PERIOD':
    case 'PERIOD_INVALID':
    case 'DEPARTMENT_NOT_IN_PLAN':
    case 'PARTNER_NOT_IN_PLAN':
    case 'DEPARTMENT_NOT_IN_MUNICIPALITY':
    case 'NETWORK_GROUP_NOT_IN_NETWORK':
    case 'PREDECESSOR_INVALID':
    case 'MEETINGS_RANGE_INVALID':
    case 'CO_FINANCING_SHARES_INVALID':
    case 'SEED_FILE_INVALID':
    case 'BUDGET_LINE_OUTSIDE_PERIOD':
    case 'BUDGET_YEARS_OUTSIDE_PLAN':
    case 'BUDGET_SHARES_OVER_100':
    case 'BUDGET_FINANCING_INVALID':
    case 'LIST_YEAR_WITHOUT_RULE_SET':
    case 'SESSION_OUTSIDE_ACTIVITY_PERIOD':
    case 'SESSION_OUTSIDE_PLAN_PERIOD':
    case 'PARTICIPANT_NOT_IN_PLAN':
    case 'PARTICIPANT_ERASED':
    case 'OPEN_COUNT_INVALID':
    case 'VOLUNTEER_NOT_IN_PLAN':
    case 'STAFF_NOT_IN_PLAN':
    case 'INDICATOR_INVALID':
    case 'INDICATOR_TARGET_OUTSIDE_PERIOD':
    case 'ENROLMENT_INVALID':
    case 'VOLUNTEER_CONSENT_MISSING':
    case 'REFERENCE_NOT_FOUND':
    case 'AMOUNT_OUT_OF_RANGE':
    case 'DATE_OUTSIDE_PLAN_PERIOD':
      return 400;
    case 'NOT_FOUND':
    case 'PLAN_NOT_FOUND':
    case 'DEPARTMENT_NOT_FOUND':
    case 'MUNICIPALITY_NOT_FOUND':
    case 'ORGANISATION_NOT_FOUND':
    case 'FUNDING_PERIOD_NOT_FOUND':
    case 'FOCUS_AREA_NOT_FOUND':
    case 'ACTIVITY_NOT_FOUND':
    case 'PARTNER_NOT_FOUND':
    case 'FINANCING_LINE_NOT_FOUND':
    case 'BODY_NOT_FOUND':
    case 'BODY_MEMBER_NOT_FOUND':
    case 'NETWORK_NOT_FOUND':
    case 'NETWORK_GROUP_NOT_FOUND':
    case 'NETWORK_ACTIVITY_NOT_FOUND':
    case 'CONTACT_NOT_FOUND':
    case 'STAFF_NOT_FOUND':
    case 'STATISTIC_NOT_FOUND':
    case 'CO_FINANCING_MODEL_NOT_FOUND':
    case 'BUDGET_VERSION_NOT_FOUND':
    case 'BUDGET_LINE_NOT_FOUND':
    case 'SPENDING_ENTRY_NOT_FOUND':
    case 'STATUTORY_AREA_NOT_FOUND':
    case 'AREA_LISTING_NOT_FOUND':
    case 'INDICATOR_NOT_FOUND':
    case 'SESSION_NOT_FOUND':
    case 'VOLUNTEER_NOT_FOUND':
    case 'ENROLMENT_NOT_FOUND':
    case 'PARTICIPANT_NOT_FOUND':
      return 404;
    case 'PLAN_STATUS_TRANSITION_INVALID':
    case 'PLAN_READ_ONLY':
    case 'PLAN_NOT_READ_ONLY':
    case 'PLAN_NOT_REOPENED':
    case 'CONFLICT':
    case 'DEPARTMENT_IN_USE':
    case 'SLUG_TAKEN':
    case 'BUDGET_VERSION_LOCKED':
    case 'DEPARTMENT_IN_OTHER_AREA':
    case 'PLAN_PERIOD_UNKNOWN':
    case 'ACTIVITY_HAS_REGISTRATIONS':
      return 409;
    case 'AREA_TOO_SMALL':
      return 422;
    case 'UNAUTHENTICATED':
    case 'SIGN_IN_FAILED':
      return 401;
    case 'FORBIDDEN':
    case 'CSRF_INVALID':
      return 403;
    case 'SIGN_IN_LOCKED':
    case 'RATE_LIMITED':
      return 429;
    case 'IMPORT_INVALID':
      return 422;
    case 'IMPORT_FORMAT_UNSUPPORTED':
      return 415;
    case 'UPLOAD_TOO_LARGE':
      return 413;
    case 'INTERNAL':
      return 500;
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
  /** An import's problems by row and column (IMPORT_INVALID). */
  problems?: ImportProblem[];
  /** How many problems the file has in all; `problems` lists at most 200 of them. */
  problemCount?: number;
}

/**
 * A field error as a form names it: the field's label with the message ("E-mail skal være en
 * e-mailadresse"); `field` keeps the path for programs, `label` the name alone (decision 018).
 */
function labelled(error: FieldError): FieldError {
  const label = error.field ? fieldLabel(error.field) : null;
  return { ...error, ...(label ? { label } : {}), message: labelledMessage(label, error.message) };
}

function problemOf(
  code: ErrorCode,
  errors?: FieldError[],
  detail?: string,
  problems?: ImportProblem[],
): Problem {
  return {
    type: `https://helhedsplan.dk/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: ERROR_MESSAGES[code],
    status: httpStatusOf(code),
    code,
    ...(detail ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors: errors.map(labelled) } : {}),
    ...(problems && problems.length > 0 ? { problems } : {}),
  };
}

/** What a missing referenced row is called, by its table (the 404 message of that kind). */
const MISSING_ROW: Record<string, ErrorCode> = {
  plans: 'PLAN_NOT_FOUND',
  departments: 'DEPARTMENT_NOT_FOUND',
  municipalities: 'MUNICIPALITY_NOT_FOUND',
  housing_organisations: 'ORGANISATION_NOT_FOUND',
  funding_periods: 'FUNDING_PERIOD_NOT_FOUND',
  focus_areas: 'FOCUS_AREA_NOT_FOUND',
  activities: 'ACTIVITY_NOT_FOUND',
  partners: 'PARTNER_NOT_FOUND',
  financing_lines: 'FINANCING_LINE_NOT_FOUND',
  bodies: 'BODY_NOT_FOUND',
  body_members: 'BODY_MEMBER_NOT_FOUND',
  networks: 'NETWORK_NOT_FOUND',
  network_groups: 'NETWORK_GROUP_NOT_FOUND',
  contacts: 'CONTACT_NOT_FOUND',
  plan_staff: 'STAFF_NOT_FOUND',
  budget_versions: 'BUDGET_VERSION_NOT_FOUND',
  budget_lines: 'BUDGET_LINE_NOT_FOUND',
  statutory_areas: 'STATUTORY_AREA_NOT_FOUND',
  indicators: 'INDICATOR_NOT_FOUND',
  activity_sessions: 'SESSION_NOT_FOUND',
  volunteers: 'VOLUNTEER_NOT_FOUND',
  enrolments: 'ENROLMENT_NOT_FOUND',
  participants: 'PARTICIPANT_NOT_FOUND',
};

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * A foreign-key violation (23503), told in the request's words. Inserting or updating a row that
 * points at nothing names the field ("departmentId": "Afdelingen findes ikke.") — the request's
 * fields are the columns in camelCase. Deleting a row that others still point at is a conflict.
 * Postgres says which in the error's detail: 'Key (department_id)=(…) is not present in table
 * "departments".' or '… is still referenced from table "activities".'
 */
export function fromForeignKeyViolation(detail: string): AppError {
  const missing = /^Key \(([a-z0-9_]+)\)=\(.*\) is not present in table "([a-z0-9_]+)"/s.exec(detail);
  if (missing) {
    const [, column, table] = missing as unknown as [string, string, string];
    const code = MISSING_ROW[table];
    return new AppError('REFERENCE_NOT_FOUND', {}, [
      { field: camelCase(column), message: code ? ERROR_MESSAGES[code] : 'Findes ikke.' },
    ]);
  }
  return new AppError('CONFLICT', {
    detail: 'Det bruges stadig af andre oplysninger i planen og kan ikke slettes eller ændres sådan.',
  });
}

/** Postgres error codes that mean "your input conflicts with the data", not "we broke". */
function fromDatabaseError(error: unknown): AppError | undefined {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const pgCode = (cause as { code?: unknown })?.code;
  if (pgCode === '23505') return new AppError('CONFLICT');
  if (pgCode === '23503')
    return fromForeignKeyViolation(String((cause as { detail?: unknown }).detail ?? ''));
  // check violation, numeric out of range, bad date/time, bad text encoding, bad literal
  if (['23514', '22003', '22007', '22008', '22021', '22P05', '22P02', '22001'].includes(String(pgCode))) {
    return new AppError('VALIDATION_FAILED');
  }
  return undefined;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'Ugyldig værdi',
    }));
    return sendProblem(reply, problemOf('VALIDATION_FAILED', errors));
  }
  if (error.code === 'FST_CSRF_MISSING_SECRET' || error.code === 'FST_CSRF_INVALID_TOKEN') {
    return sendProblem(reply, problemOf('CSRF_INVALID'));
  }
  if (error.statusCode === 429) return sendProblem(reply, problemOf('RATE_LIMITED'));
  const appError = error instanceof AppError ? error : fromDatabaseError(error);
  if (appError) {
    const problems = appError.details.problems as ImportProblem[] | undefined;
    const detail = typeof appError.details.detail === 'string' ? appError.details.detail : undefined;
    const problem = problemOf(appError.code, appError.fieldErrors, detail, problems);
    if (problems && problems.length > 0)
      problem.problemCount = Number(appError.details.problemCount ?? problems.length);
    // A refusal may say what exactly is refused ("Du har ikke adgang til deltagerne").
    const message = appError.details.message;
    return sendProblem(reply, typeof message === 'string' ? { ...problem, title: message } : problem);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own 4xx (bad JSON, body too large, unsupported media type).
    return sendProblem(reply, {
      ...problemOf('VALIDATION_FAILED'),
      status: error.statusCode,
      detail: error.message,
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  // Never leak a stack trace or SQL to the client.
  return sendProblem(reply, problemOf('INTERNAL'));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, problemOf('NOT_FOUND', [], `${request.method} ${request.url}`));
}
