/**
 * The monitoring API as the web app calls it (decision 013). Response types are the server's
 * zod schemas' inferred types, so a change of contract is a compile error here.
 */
import type {
  EnrolmentInput,
  EnrolmentOut,
  EnrolmentUpdate,
} from '../../server/enrolments/enrolments.schema';
import type {
  IndicatorInput,
  IndicatorOut,
  IndicatorUpdate,
} from '../../server/indicators/indicators.schema';
import type {
  DashboardOut,
  IndicatorProgressDetailOut,
  IndicatorProgressOut,
  PlanProgressOut,
} from '../../server/progress/progress.schema';
import type {
  SessionInput,
  SessionListItem,
  SessionOut,
  SessionUpdate,
} from '../../server/registrations/sessions.schema';
import type { VolunteerInput, VolunteerOut } from '../../server/volunteers/volunteers.schema';
import { getJson, sendJson } from '../api/api-client';

export type {
  EnrolmentOutcome,
  IndicatorBasis,
  IndicatorDirection,
  IndicatorKind,
  IndicatorUnit,
  MeasurementMethod,
} from '../../domain/monitoring/indicator-kinds';
export type { ProgressStatus } from '../../domain/monitoring/progress';
export type {
  DashboardOut,
  EnrolmentOut,
  IndicatorInput,
  IndicatorOut,
  IndicatorProgressDetailOut,
  IndicatorProgressOut,
  PlanProgressOut,
  SessionInput,
  SessionListItem,
  SessionOut,
  VolunteerOut,
};

export interface RegularOut {
  participantId: string;
  code: string;
  ageBand: SessionOut['attendance'][number]['ageBand'];
  gender: SessionOut['attendance'][number]['gender'];
  departmentId: string | null;
  attended: number;
}

interface Items<T> {
  items: T[];
}

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const withQuery = (path: string, query?: URLSearchParams) =>
  query && query.size > 0 ? `${path}?${query}` : path;

export const monitoringApi = {
  indicators: (planId: string, signal?: AbortSignal) =>
    getJson<Items<IndicatorOut>>(`${plan(planId)}/indicators`, signal).then((r) => r.items),
  progress: (planId: string, signal?: AbortSignal) =>
    getJson<PlanProgressOut>(`${plan(planId)}/progress`, signal),
  indicatorProgress: (id: string, signal?: AbortSignal) =>
    getJson<IndicatorProgressDetailOut>(`/api/indicators/${id}/progress`, signal),
  dashboard: (planId: string, query: URLSearchParams, signal?: AbortSignal) =>
    getJson<DashboardOut>(withQuery(`${plan(planId)}/dashboard`, query), signal),
  regulars: (activityId: string, signal?: AbortSignal) =>
    getJson<Items<RegularOut>>(`/api/activities/${activityId}/regulars`, signal).then((r) => r.items),
  volunteers: (planId: string, signal?: AbortSignal) =>
    getJson<Items<VolunteerOut>>(`${plan(planId)}/volunteers?limit=500`, signal).then((r) => r.items),
  sessions: (planId: string, query: URLSearchParams, signal?: AbortSignal) =>
    getJson<Items<SessionListItem> & { total: number }>(withQuery(`${plan(planId)}/sessions`, query), signal),
  session: (id: string, signal?: AbortSignal) => getJson<SessionOut>(`/api/sessions/${id}`, signal),
  enrolments: (activityId: string, signal?: AbortSignal) =>
    getJson<Items<EnrolmentOut>>(`/api/activities/${activityId}/enrolments?limit=500`, signal).then(
      (r) => r.items,
    ),

  createSession: (activityId: string, body: SessionInput, csrf: string) =>
    sendJson<SessionOut>('POST', `/api/activities/${activityId}/sessions`, body, csrf),
  updateSession: (id: string, body: SessionUpdate, csrf: string) =>
    sendJson<SessionOut>('PATCH', `/api/sessions/${id}`, body, csrf),
  deleteSession: (id: string, csrf: string) => sendJson('DELETE', `/api/sessions/${id}`, {}, csrf),
  createIndicator: (planId: string, body: IndicatorInput, csrf: string) =>
    sendJson<IndicatorOut>('POST', `${plan(planId)}/indicators`, body, csrf),
  updateIndicator: (id: string, body: IndicatorUpdate, csrf: string) =>
    sendJson<IndicatorOut>('PATCH', `/api/indicators/${id}`, body, csrf),
  deleteIndicator: (id: string, csrf: string) => sendJson('DELETE', `/api/indicators/${id}`, {}, csrf),
  putMeasurements: (id: string, measurements: { yearIndex: number; value: number }[], csrf: string) =>
    sendJson('PUT', `/api/indicators/${id}/measurements`, { measurements }, csrf),
  createVolunteer: (planId: string, body: VolunteerInput, csrf: string) =>
    sendJson<VolunteerOut>('POST', `${plan(planId)}/volunteers`, body, csrf),
  updateVolunteer: (id: string, body: VolunteerInput, csrf: string) =>
    sendJson<VolunteerOut>('PATCH', `/api/volunteers/${id}`, body, csrf),
  createEnrolment: (activityId: string, body: EnrolmentInput, csrf: string) =>
    sendJson<EnrolmentOut>('POST', `/api/activities/${activityId}/enrolments`, body, csrf),
  updateEnrolment: (id: string, body: EnrolmentUpdate, csrf: string) =>
    sendJson<EnrolmentOut>('PATCH', `/api/enrolments/${id}`, body, csrf),
};

/** Today as YYYY-MM-DD in the browser's time zone (a Saturday café is registered on its own date). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
