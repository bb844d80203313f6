import type { PlanStatus } from './plan-status';

/**
 * Whether a plan's content may still be changed (issue 13 §2, decision 016).
 *
 * A plan is read-only when its period is over and it is either completed (status "afsluttet") or
 * superseded (another plan replaces it or was merged from it). "Over" means the end of its period
 * (end date, else 31 December of its last year) lies before today — or is not known at all: the
 * status (or the successor) then says the plan has ended, and no date says otherwise.
 *
 * An administrator may reopen a read-only plan for corrections (with a reason, audited) and close
 * it again; while reopened it is writable.
 */
export type PlanWriteState =
  | { writable: true; reopened: boolean }
  | { writable: false; reason: 'completed' | 'superseded' };

export interface PlanWriteFacts {
  status: PlanStatus;
  endDate: string | null;
  lastYear: number | null;
  /** Names of the plans that replace it or were merged from it. */
  successors: readonly string[];
  reopened: boolean;
  /** ISO date. */
  today: string;
}

/** The last day of a plan's period, when a date or a last year is known. */
export function planPeriodEnd(plan: { endDate: string | null; lastYear: number | null }): string | null {
  if (plan.endDate) return plan.endDate;
  if (plan.lastYear !== null) return `${plan.lastYear}-12-31`;
  return null;
}

export function planWriteState(facts: PlanWriteFacts): PlanWriteState {
  const end = planPeriodEnd(facts);
  const periodOver = end === null || end < facts.today;
  const closedBy =
    facts.status === 'completed' ? 'completed' : facts.successors.length > 0 ? 'superseded' : null;
  if (!periodOver || closedBy === null) return { writable: true, reopened: false };
  if (facts.reopened) return { writable: true, reopened: true };
  return { writable: false, reason: closedBy };
}

/** Whether an administrator may reopen the plan now (it is read-only and not reopened). */
export const canReopen = (state: PlanWriteState): boolean => !state.writable;
/** Whether an administrator may close a reopened plan again. */
export const canCloseAgain = (state: PlanWriteState): boolean => state.writable && state.reopened;
