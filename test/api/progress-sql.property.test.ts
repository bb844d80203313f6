import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import * as t from '../../src/db/schema/index';
import { ENROLMENT_OUTCOMES, type EnrolmentOutcome } from '../../src/domain/monitoring/indicator-kinds';
import { planYears } from '../../src/domain/monitoring/plan-years';
import {
  type AttendanceFact,
  type CountedBasis,
  countFacts,
  type EnrolmentFact,
  type SessionFact,
} from '../../src/domain/monitoring/progress';
import { SYSTEM_SEED, withAudit } from '../../src/server/audit/with-audit';
import {
  type CountScope,
  countIndicatorYears,
  yearlyCounts,
} from '../../src/server/progress/count-indicator-years';
import { testBackends } from '../support/databases';
import { focusArea, makePlanWorld } from '../support/factories';

/*
 * The SQL counting (count-indicator-years.ts) must give exactly what the domain's reference
 * counting on raw facts gives, for every basis and scope, on generated registrations — with
 * dates around the plan years' first and last days, open head counts, repeat visits, forløb.
 */
const YEARS = planYears('2021-09-01', '2024-08-31');
const BOUNDARIES = [
  '2021-08-31',
  '2021-09-01',
  '2022-08-31',
  '2022-09-01',
  '2023-08-31',
  '2024-08-31',
  '2024-09-01',
];
const dayFrom = (offset: number) => {
  const d = new Date(Date.UTC(2021, 7, 25));
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const date = fc.oneof(fc.constantFrom(...BOUNDARIES), fc.integer({ min: 0, max: 1120 }).map(dayFrom));
const PARTICIPANTS = 6;
const ACTIVITIES = 3;

const sessionArb = fc.record({
  activity: fc.integer({ min: 0, max: ACTIVITIES - 1 }),
  date,
  attendees: fc.uniqueArray(fc.integer({ min: 0, max: PARTICIPANTS - 1 }), { maxLength: PARTICIPANTS }),
  open: fc.option(
    fc.integer({ min: 0, max: 30 }).chain((n) =>
      fc.record({
        count: fc.constant(n),
        female: fc.integer({ min: 0, max: n }),
      }),
    ),
    { nil: null },
  ),
  hours: fc.option(
    fc.integer({ min: 1, max: 32 }).map((q) => q / 4),
    { nil: null },
  ),
});
const enrolmentArb = fc
  .record({
    participant: fc.integer({ min: 0, max: PARTICIPANTS - 1 }),
    activity: fc.integer({ min: 0, max: ACTIVITIES - 1 }),
    start: date,
    length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    outcome: fc.option(fc.constantFrom(...ENROLMENT_OUTCOMES.slice(0, 3)), { nil: null }),
  })
  .map((e) => ({ ...e, outcome: e.length === null ? null : e.outcome }));
const world = fc.record({
  sessions: fc.array(sessionArb, { maxLength: 14 }),
  enrolments: fc.uniqueArray(enrolmentArb, {
    maxLength: 8,
    selector: (e) => `${e.participant}|${e.activity}|${e.start}`,
  }),
});

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe.each(testBackends)('progress SQL = reference counting on $name', (backend) => {
  let handle: DbHandle;
  let planId: string;
  let activityIds: string[];
  let areaOf: string[];
  let participantIds: string[];
  let volunteerId: string;

  beforeAll(async () => {
    handle = await backend.create();
    const db = handle.db;
    const w = await makePlanWorld(db);
    planId = w.plan.id;
    const employment = (await focusArea(db, '2019-26', 'employment')).id;
    const safety = (await focusArea(db, '2019-26', 'crime-prevention')).id;
    areaOf = [employment, employment, safety];
    await withAudit(db, SYSTEM_SEED, { name: 'test' }, async (tx) => {
      const acts = await tx
        .insert(t.activities)
        .values(areaOf.map((focusAreaId, i) => ({ planId, focusAreaId, name: `Indsats ${i}`, position: i })))
        .returning({ id: t.activities.id });
      activityIds = acts.map((a) => a.id);
      const ps = await tx
        .insert(t.participants)
        .values(Array.from({ length: PARTICIPANTS }, (_, i) => ({ planId, code: `PT-${i}` })))
        .returning({ id: t.participants.id });
      participantIds = ps.map((p) => p.id);
      const [v] = await tx
        .insert(t.volunteers)
        .values({ planId, code: 'F-1' })
        .returning({ id: t.volunteers.id });
      volunteerId = v?.id ?? '';
    });
  });
  afterAll(() => handle.close());

  it('gives the same yearly counts for every basis, scope and outcome', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (generated) => {
        const db = handle.db;
        const attendanceFacts: AttendanceFact[][] = activityIds.map(() => []);
        const sessionFacts: SessionFact[][] = activityIds.map(() => []);
        const enrolmentFacts: EnrolmentFact[][] = activityIds.map(() => []);
        await withAudit(db, SYSTEM_SEED, { name: 'test' }, async (tx) => {
          await tx.delete(t.activitySessions).where(eq(t.activitySessions.planId, planId));
          await tx.delete(t.enrolments).where(eq(t.enrolments.planId, planId));
          for (const s of generated.sessions) {
            const [row] = await tx
              .insert(t.activitySessions)
              .values({
                planId,
                activityId: activityIds[s.activity] as string,
                date: s.date,
                openCount: s.open?.count ?? null,
                openFemale: s.open?.female ?? null,
              })
              .returning({ id: t.activitySessions.id });
            const sessionId = row?.id as string;
            if (s.attendees.length) {
              await tx
                .insert(t.attendances)
                .values(
                  s.attendees.map((p) => ({ sessionId, planId, participantId: participantIds[p] as string })),
                );
            }
            if (s.hours !== null) {
              await tx.insert(t.sessionVolunteers).values({ sessionId, planId, volunteerId, hours: s.hours });
            }
            for (const p of s.attendees) {
              attendanceFacts[s.activity]?.push({
                sessionId,
                date: s.date,
                participantId: `p${p}`,
                count: 1,
              });
            }
            if (s.open) {
              attendanceFacts[s.activity]?.push({
                sessionId,
                date: s.date,
                participantId: null,
                count: s.open.count,
              });
            }
            sessionFacts[s.activity]?.push({ sessionId, date: s.date, volunteerHours: s.hours ?? 0 });
          }
          for (const e of generated.enrolments) {
            const endDate = e.length === null ? null : addDays(e.start, e.length);
            await tx.insert(t.enrolments).values({
              planId,
              activityId: activityIds[e.activity] as string,
              participantId: participantIds[e.participant] as string,
              startDate: e.start,
              endDate,
              outcome: e.outcome,
            });
            enrolmentFacts[e.activity]?.push({
              participantId: `p${e.participant}`,
              startDate: e.start,
              endDate,
              outcome: e.outcome,
            });
          }
        });

        const counts = await countIndicatorYears(db, planId, YEARS);
        const scopes: { scope: CountScope; activities: number[] }[] = [
          ...activityIds.map((id, i) => ({ scope: { activityId: id, focusAreaId: null }, activities: [i] })),
          ...[...new Set(areaOf)].map((fa) => ({
            scope: { activityId: null, focusAreaId: fa },
            activities: areaOf.flatMap((a, i) => (a === fa ? [i] : [])),
          })),
          { scope: { activityId: null, focusAreaId: null }, activities: activityIds.map((_, i) => i) },
        ];
        const bases: CountedBasis[] = [
          'uniqueParticipants',
          'attendances',
          'sessions',
          'volunteerHours',
          'enrolments',
          'enrolmentOutcome',
          'outcomeShare',
        ];
        for (const { scope, activities } of scopes) {
          for (const basis of bases) {
            const outcomes: (EnrolmentOutcome | null)[] =
              basis === 'enrolmentOutcome' || basis === 'outcomeShare'
                ? ENROLMENT_OUTCOMES.slice(0, 3)
                : [null];
            for (const outcome of outcomes) {
              const expected = countFacts({
                basis,
                years: YEARS,
                outcome,
                attendances: activities.flatMap((i) => attendanceFacts[i] ?? []),
                sessions: activities.flatMap((i) => sessionFacts[i] ?? []),
                enrolments: activities.flatMap((i) => enrolmentFacts[i] ?? []),
              });
              expect(
                yearlyCounts(counts, scope, basis, outcome),
                `${basis} ${outcome} ${JSON.stringify(scope)}`,
              ).toEqual(expected);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
