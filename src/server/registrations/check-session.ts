import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError, type ErrorCode, type FieldError } from '../../domain/errors/app-error';
import type { ActivityContext } from './session-context';
import { dateProblem } from './session-context';
import type { OpenCount, SessionInput } from './sessions.schema';

/** The whole session as it will be stored (for a PATCH: the stored parts with the given ones). */
export interface SessionState {
  date: string;
  departmentId: string | null;
  staffIds: string[];
  participantIds: string[];
  newParticipants: SessionInput['newParticipants'];
  openCount: OpenCount | null;
  volunteers: { volunteerId: string; hours: number }[];
}

interface Finding extends FieldError {
  code: ErrorCode;
}

function duplicates(ids: readonly string[], field: (i: number) => string, message: string): Finding[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ code: 'VALIDATION_FAILED' as const, field: field(i), message }];
  });
}

/**
 * Every rule a session must keep, checked before anything is written; all problems are reported
 * at once, by field, and the first one's code names the problem. A handful of queries, however
 * large the group: each kind of reference is looked up in one query.
 *
 * `alreadyAttending`: participants already registered on the session (a PATCH) — an erased one
 * may stay (its attendance still counts), but none can be added.
 */
export async function checkSession(
  db: Executor,
  context: ActivityContext,
  state: SessionState,
  alreadyAttending: ReadonlySet<string> = new Set(),
): Promise<void> {
  const findings: Finding[] = [];
  const { planId } = context;

  const date = dateProblem(context, state.date);
  if (date) findings.push({ code: date.code, field: 'date', message: date.message });

  const departmentIds = [
    ...new Set(
      [state.departmentId, ...state.newParticipants.map((p) => p.departmentId)].filter(
        (d): d is string => !!d,
      ),
    ),
  ];
  if (departmentIds.length > 0) {
    const rows = await db
      .select({ id: t.planDepartments.departmentId })
      .from(t.planDepartments)
      .where(
        and(eq(t.planDepartments.planId, planId), inArray(t.planDepartments.departmentId, departmentIds)),
      );
    const known = new Set(rows.map((r) => r.id));
    const message = 'Afdelingen er ikke med i helhedsplanen.';
    if (state.departmentId && !known.has(state.departmentId)) {
      findings.push({ code: 'DEPARTMENT_NOT_IN_PLAN', field: 'departmentId', message });
    }
    state.newParticipants.forEach((p, i) => {
      if (p.departmentId && !known.has(p.departmentId)) {
        findings.push({
          code: 'DEPARTMENT_NOT_IN_PLAN',
          field: `newParticipants.${i}.departmentId`,
          message,
        });
      }
    });
  }

  findings.push(
    ...duplicates(
      state.participantIds,
      (i) => `participantIds.${i}`,
      'Deltageren er allerede med i denne registrering.',
    ),
  );
  if (state.participantIds.length > 0) {
    const rows = await db
      .select({ id: t.participants.id, planId: t.participants.planId, erasedAt: t.participants.erasedAt })
      .from(t.participants)
      .where(inArray(t.participants.id, [...new Set(state.participantIds)]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    state.participantIds.forEach((id, i) => {
      const row = byId.get(id);
      if (!row || row.planId !== planId) {
        findings.push({
          code: 'PARTICIPANT_NOT_IN_PLAN',
          field: `participantIds.${i}`,
          message: 'Deltageren hører ikke til denne helhedsplan.',
        });
      } else if (row.erasedAt && !alreadyAttending.has(id)) {
        findings.push({
          code: 'PARTICIPANT_ERASED',
          field: `participantIds.${i}`,
          message: 'Deltageren er slettet efter anmodning og kan ikke registreres igen.',
        });
      }
    });
  }

  findings.push(
    ...duplicates(state.staffIds, (i) => `staffIds.${i}`, 'Medarbejderen er allerede med i registreringen.'),
  );
  if (state.staffIds.length > 0) {
    const rows = await db
      .select({ id: t.planStaff.id })
      .from(t.planStaff)
      .where(and(eq(t.planStaff.planId, planId), inArray(t.planStaff.id, [...new Set(state.staffIds)])));
    const known = new Set(rows.map((r) => r.id));
    state.staffIds.forEach((id, i) => {
      if (!known.has(id)) {
        findings.push({
          code: 'STAFF_NOT_IN_PLAN',
          field: `staffIds.${i}`,
          message: 'Medarbejderen hører ikke til denne helhedsplan.',
        });
      }
    });
  }

  const volunteerIds = state.volunteers.map((v) => v.volunteerId);
  findings.push(
    ...duplicates(
      volunteerIds,
      (i) => `volunteers.${i}.volunteerId`,
      'Den frivillige er allerede med i registreringen.',
    ),
  );
  if (volunteerIds.length > 0) {
    const rows = await db
      .select({ id: t.volunteers.id })
      .from(t.volunteers)
      .where(and(eq(t.volunteers.planId, planId), inArray(t.volunteers.id, [...new Set(volunteerIds)])));
    const known = new Set(rows.map((r) => r.id));
    volunteerIds.forEach((id, i) => {
      if (!known.has(id)) {
        findings.push({
          code: 'VOLUNTEER_NOT_IN_PLAN',
          field: `volunteers.${i}.volunteerId`,
          message: 'Den frivillige hører ikke til denne helhedsplan.',
        });
      }
    });
  }

  const open = state.openCount;
  if (open && (open.female ?? 0) + (open.male ?? 0) > open.total) {
    findings.push({
      code: 'OPEN_COUNT_INVALID',
      field: 'openCount.female',
      message: `Piger/kvinder (${open.female ?? 0}) og drenge/mænd (${open.male ?? 0}) er tilsammen flere end de ${open.total} deltagere.`,
    });
  }
  if (state.participantIds.length + state.newParticipants.length === 0 && !open) {
    findings.push({
      code: 'VALIDATION_FAILED',
      field: 'participantIds',
      message: 'Registrér mindst én deltager, eller angiv et samlet antal for et åbent arrangement.',
    });
  }

  const [first] = findings;
  if (first) {
    throw new AppError(
      first.code,
      {},
      findings.map(({ field, message }) => ({ field, message })),
    );
  }
}
