import type { DepartmentDetail, PlanDetail } from '../../server/plans/plan-detail.schema';
import type { PlanSummary } from '../../server/plans/plans.schema';
import type { ImportProblem } from '../../tabular/import-problem';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Why a request failed. `problem`: the server answered with application/problem+json, whose
 * Danish `title` is shown as is; `network`: no answer; `unexpected`: an answer we cannot read.
 */
export class ApiProblem extends Error {
  constructor(
    readonly kind: 'problem' | 'network' | 'unexpected',
    readonly status: number,
    readonly title: string | null,
    readonly code: string | null = null,
    readonly detail: string | null = null,
    readonly errors: FieldError[] = [],
    /** An import's problems by row and column (IMPORT_INVALID): the first 200. */
    readonly problems: ImportProblem[] = [],
    /** How many problems the import has in all. */
    readonly problemCount: number = problems.length,
  ) {
    super(title ?? kind);
    this.name = 'ApiProblem';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) =>
    isRecord(e) && typeof e.message === 'string'
      ? [{ field: typeof e.field === 'string' ? e.field : '', message: e.message }]
      : [],
  );
}

function importProblemsOf(value: unknown): ImportProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p) =>
    isRecord(p) && typeof p.message === 'string'
      ? [
          {
            row: typeof p.row === 'number' ? p.row : null,
            column: typeof p.column === 'string' ? p.column : null,
            message: p.message,
          },
        ]
      : [],
  );
}

/** Reads a failed response into an ApiProblem, whatever the server sent. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isRecord(body) && typeof body.title === 'string') {
        return new ApiProblem(
          'problem',
          response.status,
          body.title,
          typeof body.code === 'string' ? body.code : null,
          typeof body.detail === 'string' ? body.detail : null,
          fieldErrorsOf(body.errors),
          importProblemsOf(body.problems),
          typeof body.problemCount === 'number' ? body.problemCount : undefined,
        );
      }
    } catch {
      // Fall through: a broken body is an unexpected answer.
    }
  }
  return new ApiProblem('unexpected', response.status, null);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiProblem('network', 0, null);
  }
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as T;
}

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

const PAGE_SIZE = 500;

/**
 * All plans, page by page. The front page filters in the browser: a country has about a hundred
 * plans, and the kommune filter needs every kommune, not only those of the current page.
 */
export async function listAllPlans(signal?: AbortSignal): Promise<PlanSummary[]> {
  const plans: PlanSummary[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await getJson<Page<PlanSummary>>(`/api/plans?limit=${PAGE_SIZE}&offset=${offset}`, signal);
    plans.push(...page.items);
    if (page.items.length === 0 || plans.length >= page.total) return plans;
  }
}

export function getPlan(idOrSlug: string, signal?: AbortSignal): Promise<PlanDetail> {
  return getJson<PlanDetail>(`/api/plans/${encodeURIComponent(idOrSlug)}`, signal);
}

export function getDepartment(idOrSlug: string, signal?: AbortSignal): Promise<DepartmentDetail> {
  return getJson<DepartmentDetail>(`/api/departments/${encodeURIComponent(idOrSlug)}`, signal);
}

/** A state-changing call: JSON body, the CSRF token in its header, problems as ApiProblem. */
export async function sendJson<T = unknown>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  csrfToken: string,
): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem('network', 0, null);
  }
  if (!response.ok) throw await problemFromResponse(response);
  return response.status === 204 ? null : ((await response.json()) as T);
}
