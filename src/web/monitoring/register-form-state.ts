import type { AgeBand, Gender } from '../../domain/participants/participant';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import type { IndicatorProgressOut, SessionOut } from './monitoring-api';

export type Activity = PlanDetail['focusAreas'][number]['activities'][number];

/** What and when: the session's own fields. */
export interface SessionDetails {
  activityId: string;
  date: string;
  departmentId: string;
  place: string;
  staffIds: string[];
}

/** A new pseudonymous participant: no name, only what the indicators count by. */
export interface NewRow {
  key: number;
  ageBand: AgeBand | '';
  gender: Gender | '';
  departmentId: string;
}

/** An open event's head count, as typed. */
export interface OpenCount {
  count: string;
  female: string;
  male: string;
}

export const noOpenCount: OpenCount = { count: '', female: '', male: '' };

export interface VolunteerRow {
  key: number;
  /** '' = a new volunteer: created on save, with a generated code. */
  volunteerId: string;
  hours: string;
}

/** The confirmation after saving: the session, its new codes, and the indicators it moved. */
export interface Saved {
  session: SessionOut;
  activity: Activity;
  newCodes: string[];
  newVolunteerCodes: string[];
  attended: number;
  indicators: IndicatorProgressOut[] | null;
  threshold: number;
}

const storageKey = (planId: string) => `helhedsplan.registrer.${planId}`;

/** The activity last registered in this browser, so a group leader need not choose it each time. */
export function rememberedActivity(planId: string): string {
  try {
    return localStorage.getItem(storageKey(planId)) ?? '';
  } catch {
    return '';
  }
}

export function rememberActivity(planId: string, activityId: string) {
  try {
    localStorage.setItem(storageKey(planId), activityId);
  } catch {
    // Not remembered — the picker simply starts empty next time.
  }
}

let nextKey = 1;
/** Row keys that stay put when a row above is removed (the index would not). */
export const newKey = () => nextKey++;

/**
 * The API's field path of a volunteer row: known volunteers go in `volunteers`, new ones in
 * `newVolunteers`, each numbered in its own list.
 */
export function volunteerPath(rows: readonly { volunteerId: string }[], index: number): string {
  const row = rows[index];
  const known = Boolean(row?.volunteerId);
  const n = rows.slice(0, index).filter((r) => Boolean(r.volunteerId) === known).length;
  return known ? `volunteers.${n}` : `newVolunteers.${n}`;
}
