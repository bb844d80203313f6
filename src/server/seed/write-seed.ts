import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { kronerToOre } from '../../domain/money/money';
import { type Actor, SYSTEM_SEED, withAudit } from '../audit/with-audit';
import { hashPassword } from '../auth/passwords';
import { insertLines } from '../budget/insert-lines';
import { checkIndicator, unitOf } from '../indicators/indicator-rules';
import { replaceTargets } from '../indicators/indicator-targets';
import { checkAssignments, replaceAssignments } from '../users/role-assignments';
import type { LoadedSeedFile } from './read-seed-file';
import type { SeedPlan } from './seed-file.schema';
import { type SeedProblem, seedFileInvalid } from './seed-problems';

/** Thrown inside the transaction when there is nothing new, so not even an audit event remains. */
class NothingToWrite extends Error {}

type Ids = Map<string, string>;

async function idsBySlug(
  tx: Tx,
  table:
    | typeof t.municipalities
    | typeof t.housingOrganisations
    | typeof t.departments
    | typeof t.plans
    | typeof t.statutoryAreas,
): Promise<Ids> {
  const rows = await tx.select({ id: table.id, slug: table.slug }).from(table);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/**
 * Writes seed files in one transaction: all or nothing. Records are matched by slug; a record that
 * already exists is left as it is (and a plan that exists keeps its content), so loading the same
 * files twice changes nothing. Returns the number of rows inserted (audit rows not counted).
 */
export async function writeSeedFiles(
  db: Db,
  files: readonly LoadedSeedFile[],
  actor: Actor = SYSTEM_SEED,
): Promise<number> {
  try {
    return await withAudit(db, actor, { name: 'seed' }, async (tx) => {
      const written = await writeAll(tx, files);
      if (written === 0) throw new NothingToWrite();
      return written;
    });
  } catch (error) {
    if (error instanceof NothingToWrite) return 0;
    throw error;
  }
}

async function writeAll(tx: Tx, files: readonly LoadedSeedFile[]): Promise<number> {
  let written = 0;
  // Counts the rows of each insert, so the CLI's "n poster" is every row, not just the top level.
  const wrote = <T>(rows: readonly T[]) => {
    written += rows.length;
    return rows;
  };
  const errors: SeedProblem[] = [];
  const need = (
    ids: Ids,
    slug: string | undefined,
    file: LoadedSeedFile,
    path: (string | number)[],
    what: string,
  ) => {
    if (slug === undefined) return null;
    const id = ids.get(slug);
    if (!id) errors.push(file.problem(path, `Ukendt ${what} "${slug}"`));
    return id ?? null;
  };
  const fail = () => {
    if (errors.length > 0) throw seedFileInvalid(errors);
  };

  const municipalityIds = await idsBySlug(tx, t.municipalities);
  for (const file of files) {
    for (const m of file.data.municipalities) {
      if (municipalityIds.has(m.slug)) continue;
      const { coFinancingModels, ...fields } = m;
      const [row] = wrote(
        await tx
          .insert(t.municipalities)
          .values({ ...fields, source: m.source ?? file.data.source })
          .returning({ id: t.municipalities.id }),
      );
      municipalityIds.set(m.slug, row?.id as string);
      for (const model of coFinancingModels) {
        await tx.insert(t.municipalityCoFinancingModels).values({
          municipalityId: row?.id as string,
          description: model.description,
          payer: model.payer ?? null,
          totalShareBp: Math.round(model.totalSharePercent * 100),
          secondmentAndActivitiesShareBp:
            model.secondmentAndActivitiesSharePercent === undefined
              ? null
              : Math.round(model.secondmentAndActivitiesSharePercent * 100),
          coordinationShareBp:
            model.coordinationSharePercent === undefined
              ? null
              : Math.round(model.coordinationSharePercent * 100),
          source: model.source ?? m.source ?? file.data.source,
        });
        written++;
      }
    }
  }

  const organisationIds = await idsBySlug(tx, t.housingOrganisations);
  for (const file of files) {
    for (const o of file.data.organisations) {
      if (organisationIds.has(o.slug)) continue;
      const [row] = wrote(
        await tx
          .insert(t.housingOrganisations)
          .values({ ...o, source: file.data.source })
          .returning({ id: t.housingOrganisations.id }),
      );
      organisationIds.set(o.slug, row?.id as string);
    }
  }

  const departmentIds = await idsBySlug(tx, t.departments);
  for (const file of files) {
    for (const [i, d] of file.data.departments.entries()) {
      if (departmentIds.has(d.slug)) continue;
      const municipalityId = need(
        municipalityIds,
        d.municipality,
        file,
        ['departments', i, 'municipality'],
        'kommune',
      );
      const organisationId = need(
        organisationIds,
        d.organisation,
        file,
        ['departments', i, 'organisation'],
        'boligorganisation',
      );
      if (!municipalityId) continue;
      const { municipality: _m, organisation: _o, ...fields } = d;
      const [row] = wrote(
        await tx
          .insert(t.departments)
          .values({ ...fields, municipalityId, organisationId, source: d.source ?? file.data.source })
          .returning({ id: t.departments.id }),
      );
      departmentIds.set(d.slug, row?.id as string);
    }
  }
  fail();

  const areaIds = await idsBySlug(tx, t.statutoryAreas);
  for (const file of files) {
    for (const [i, a] of file.data.statutoryAreas.entries()) {
      if (areaIds.has(a.slug)) continue;
      const municipalityId = need(
        municipalityIds,
        a.municipality,
        file,
        ['statutoryAreas', i, 'municipality'],
        'kommune',
      );
      const members = a.departments.map((d, j) =>
        need(departmentIds, d, file, ['statutoryAreas', i, 'departments', j], 'afdeling'),
      );
      if (!municipalityId || members.some((m) => m === null)) continue;
      const { municipality: _m, departments: _d, listings, ...fields } = a;
      const [row] = wrote(
        await tx
          .insert(t.statutoryAreas)
          .values({ ...fields, municipalityId, source: a.source ?? file.data.source })
          .returning({ id: t.statutoryAreas.id }),
      );
      const areaId = row?.id as string;
      areaIds.set(a.slug, areaId);
      if (members.length > 0)
        wrote(
          await tx
            .insert(t.statutoryAreaDepartments)
            .values(members.map((departmentId) => ({ areaId, departmentId: departmentId as string })))
            .returning({ id: t.statutoryAreaDepartments.areaId }),
        );
      if (listings.length > 0)
        wrote(
          await tx
            .insert(t.statutoryAreaListings)
            .values(listings.map((l) => ({ ...l, areaId })))
            .returning({ id: t.statutoryAreaListings.id }),
        );
    }
  }
  fail();

  const focusAreas = await tx.select().from(t.focusAreas);
  const planIds = await idsBySlug(tx, t.plans);
  const newPlans: { file: LoadedSeedFile; index: number; plan: SeedPlan; id: string }[] = [];
  for (const file of files) {
    for (const [index, p] of file.data.plans.entries()) {
      if (planIds.has(p.slug)) continue;
      const municipalityId = need(
        municipalityIds,
        p.municipality,
        file,
        ['plans', index, 'municipality'],
        'kommune',
      );
      if (!focusAreas.some((f) => f.fundingPeriodId === p.fundingPeriod)) {
        errors.push(
          file.problem(['plans', index, 'fundingPeriod'], `Ukendt bevillingsperiode "${p.fundingPeriod}"`),
        );
      }
      if (!municipalityId || errors.length > 0) continue;
      const [row] = wrote(
        await tx
          .insert(t.plans)
          .values({
            slug: p.slug,
            name: p.name,
            municipalityId,
            fundingPeriodId: p.fundingPeriod,
            startDate: p.startDate ?? null,
            endDate: p.endDate ?? null,
            firstYear: p.years?.first ?? null,
            lastYear: p.years?.last ?? null,
            status: p.status,
            summary: p.summary ?? null,
            vision: p.vision ?? null,
            financingStatedTotalOre:
              p.financingTotal?.statedKroner === undefined
                ? null
                : kronerToOre(p.financingTotal.statedKroner),
            financingStatedTotalSource:
              p.financingTotal?.statedKroner === undefined ? null : p.financingTotal.documentSource,
            financingAllFundersKnown: p.financingTotal?.allFundersKnown ?? false,
            financingAllFundersKnownSource: p.financingTotal?.allFundersKnown
              ? p.financingTotal.documentSource
              : null,
            source: p.source ?? file.data.source,
          })
          .returning({ id: t.plans.id }),
      );
      planIds.set(p.slug, row?.id as string);
      newPlans.push({ file, index, plan: p, id: row?.id as string });
    }
  }
  fail();

  for (const { file, index, plan, id: planId } of newPlans) {
    const at = (...path: (string | number)[]) => ['plans', index, ...path];
    const source = plan.source ?? file.data.source;
    for (const [i, pre] of plan.predecessors.entries()) {
      const predecessorPlanId = need(planIds, pre.plan, file, at('predecessors', i, 'plan'), 'plan');
      if (predecessorPlanId)
        wrote(
          await tx
            .insert(t.planPredecessors)
            .values({ planId, predecessorPlanId, kind: pre.kind })
            .returning({ planId: t.planPredecessors.planId }),
        );
    }
    for (const [i, d] of plan.departments.entries()) {
      const departmentId = need(
        departmentIds,
        d.department,
        file,
        at('departments', i, 'department'),
        'afdeling',
      );
      if (departmentId)
        wrote(
          await tx
            .insert(t.planDepartments)
            .values({ planId, departmentId, coverageNote: d.coverageNote ?? null })
            .returning({ planId: t.planDepartments.planId }),
        );
    }
    for (const [i, o] of plan.organisations.entries()) {
      const organisationId = need(
        organisationIds,
        o.organisation,
        file,
        at('organisations', i, 'organisation'),
        'boligorganisation',
      );
      if (organisationId)
        wrote(
          await tx
            .insert(t.planOrganisations)
            .values({ planId, organisationId, role: o.role })
            .returning({ planId: t.planOrganisations.planId }),
        );
    }
    fail();
    if (plan.areaStatistics.length) {
      wrote(
        await tx
          .insert(t.areaStatistics)
          .values(
            plan.areaStatistics.map((f) => ({
              ...figureValues(f, source),
              scope: 'planAreas' as const,
              planId,
            })),
          )
          .returning({ id: t.areaStatistics.id }),
      );
    }
    if (plan.staff.length) {
      wrote(
        await tx
          .insert(t.planStaff)
          .values(
            plan.staff.map((s, position) => ({
              planId,
              position,
              role: s.role,
              title: s.title,
              name: s.name ?? null,
              weeklyHours: s.weeklyHours ?? null,
              source: s.source ?? source,
            })),
          )
          .returning({ id: t.planStaff.id }),
      );
    }
    const partnerIds = new Map<string, string>();
    for (const [position, p] of plan.partners.entries()) {
      const { key, ...fields } = p;
      const [row] = wrote(
        await tx
          .insert(t.partners)
          .values({ ...fields, planId, position, source: p.source ?? source })
          .returning({ id: t.partners.id }),
      );
      partnerIds.set(key, row?.id as string);
    }
    const periodAreas = focusAreas.filter((f) => f.fundingPeriodId === plan.fundingPeriod);
    for (const [i, a] of plan.activities.entries()) {
      const focusArea = periodAreas.find((f) => f.code === a.focusArea);
      if (!focusArea) {
        errors.push(
          file.problem(
            at('activities', i, 'focusArea'),
            `Indsatsområdet "${a.focusArea}" findes ikke i bevillingsperioden ${plan.fundingPeriod} (${periodAreas.map((f) => f.code).join(', ')})`,
          ),
        );
        continue;
      }
      const [row] = wrote(
        await tx
          .insert(t.activities)
          .values({
            planId,
            focusAreaId: focusArea.id,
            name: a.name,
            purpose: a.purpose ?? null,
            status: a.status,
            targetGroups: a.targetGroups,
            startDate: a.startDate ?? null,
            endDate: a.endDate ?? null,
            position: i,
            source: a.source ?? source,
          })
          .returning({ id: t.activities.id }),
      );
      const activityId = row?.id as string;
      for (const [j, slug] of a.departments.entries()) {
        const departmentId = need(
          departmentIds,
          slug,
          file,
          at('activities', i, 'departments', j),
          'afdeling',
        );
        if (departmentId && !plan.departments.some((d) => d.department === slug)) {
          errors.push(
            file.problem(at('activities', i, 'departments', j), `Afdelingen "${slug}" er ikke med i planen`),
          );
        } else if (departmentId) {
          await tx.insert(t.activityDepartments).values({ activityId, departmentId });
          written++;
        }
      }
      for (const [j, key] of a.partners.entries()) {
        const partnerId = partnerIds.get(key);
        if (!partnerId)
          errors.push(file.problem(at('activities', i, 'partners', j), `Ukendt samarbejdspartner "${key}"`));
        else {
          await tx.insert(t.activityPartners).values({ activityId, partnerId });
          written++;
        }
      }
    }
    fail();
    written += await writeIndicators(tx, { file, plan, planId, at, source, periodAreas, errors });
    fail();
    const total = plan.financingTotal;
    if (total?.allFundersKnown && total.statedKroner !== undefined) {
      const sum = plan.financing
        .filter((f) => f.scope === 'plan')
        .reduce((n, f) => n + kronerToOre(f.amountKroner), 0);
      if (sum !== kronerToOre(total.statedKroner)) {
        errors.push(
          file.problem(
            at('financingTotal', 'statedKroner'),
            `Kilden lister alle finansieringskilder, men de giver ${sum / 100} kr., ikke ${total.statedKroner} kr.`,
          ),
        );
      }
    }
    for (const [i, f] of plan.financing.entries()) {
      await tx.insert(t.financingLines).values({
        planId,
        scope: f.scope,
        source: f.source,
        sourceName: f.sourceName,
        organisationId: need(
          organisationIds,
          f.organisation,
          file,
          at('financing', i, 'organisation'),
          'boligorganisation',
        ),
        departmentId: need(departmentIds, f.department, file, at('financing', i, 'department'), 'afdeling'),
        kind: f.kind,
        description: f.description ?? null,
        amountOre: kronerToOre(f.amountKroner),
        isApproximate: f.approximate,
        year: f.year ?? null,
        periodStart: f.periodStart ?? null,
        periodEnd: f.periodEnd ?? null,
        position: i,
        documentSource: f.documentSource ?? source,
      });
      written++;
    }
    for (const [i, b] of plan.budgets.entries()) {
      const [version] = wrote(
        await tx
          .insert(t.budgetVersions)
          .values({
            planId,
            kind: b.kind,
            name: b.name,
            status: b.status,
            firstYear: b.firstYear,
            lastYear: b.lastYear,
            note: b.note ?? null,
            // The date the source gives (midnight in Denmark), never the day the demo was loaded.
            approvedAt: b.approvedOn ? danishMidnight(b.approvedOn) : null,
            approvedBy: b.approvedBy ?? null,
            approvalNote: b.approvalNote ?? null,
            documentSource: b.source ?? source,
          })
          .returning({ id: t.budgetVersions.id, planId: t.budgetVersions.planId }),
      );
      const lines = b.lines.map((l, j) => ({
        scope: l.scope,
        year: l.year ?? null,
        category: l.category,
        description: l.description,
        activityId: null,
        focusAreaId: null,
        documentSource: l.source ?? b.source ?? source,
        amountOre: l.financings.reduce((n, f) => n + kronerToOre(f.amountKroner), 0),
        financings: l.financings.map((f, k) => {
          const amountOre = kronerToOre(f.amountKroner);
          const hourlyRateOre = f.hourlyRateKroner === undefined ? null : kronerToOre(f.hourlyRateKroner);
          if (
            f.hours !== undefined &&
            hourlyRateOre !== null &&
            Math.round(f.hours * hourlyRateOre) !== amountOre
          ) {
            errors.push(
              file.problem(
                at('budgets', i, 'lines', j, 'financings', k, 'amountKroner'),
                'Beløbet er ikke timer × timesats',
              ),
            );
          }
          return {
            source: f.source,
            sourceName: f.sourceName,
            organisationId: need(
              organisationIds,
              f.organisation,
              file,
              at('budgets', i, 'lines', j, 'financings', k, 'organisation'),
              'boligorganisation',
            ),
            departmentId: need(
              departmentIds,
              f.department,
              file,
              at('budgets', i, 'lines', j, 'financings', k, 'department'),
              'afdeling',
            ),
            kind: f.kind,
            amountOre,
            shareBp: null,
            hours: f.hours !== undefined && hourlyRateOre !== null ? f.hours : null,
            hourlyRateOre: f.hours !== undefined ? hourlyRateOre : null,
            purpose: f.purpose ?? null,
            isApproximate: f.approximate,
          };
        }),
      }));
      fail();
      if (version) {
        await insertLines(tx, version, lines);
        written += lines.length + lines.reduce((n, l) => n + l.financings.length, 0);
      }
    }
    for (const [position, b] of plan.bodies.entries()) {
      const [row] = wrote(
        await tx
          .insert(t.bodies)
          .values({
            planId,
            kind: b.kind,
            name: b.name,
            purpose: b.purpose ?? null,
            hasDecisionAuthority: b.decisionAuthority,
            meetingsPerYearMin: b.meetingsPerYear?.min ?? null,
            meetingsPerYearMax: b.meetingsPerYear?.max ?? null,
            position,
            source: b.source ?? source,
          })
          .returning({ id: t.bodies.id }),
      );
      const bodyId = row?.id as string;
      if (b.members.length) {
        written += b.members.length;
        await tx.insert(t.bodyMembers).values(
          b.members.map((m, i) => ({
            bodyId,
            position: i,
            name: m.name ?? null,
            role: m.role,
            organisation: m.organisation ?? null,
            party: m.party ?? null,
            seats: m.seats,
            source: b.source ?? source,
          })),
        );
      }
      written += await insertContacts(tx, b.contacts, { bodyId }, b.source ?? source);
    }
    for (const [position, n] of plan.networks.entries()) {
      const networkSource = n.source ?? source;
      const [row] = wrote(
        await tx
          .insert(t.networks)
          .values({
            planId,
            name: n.name,
            purpose: n.purpose ?? null,
            howToJoin: n.howToJoin ?? null,
            position,
            source: networkSource,
          })
          .returning({ id: t.networks.id }),
      );
      const networkId = row?.id as string;
      for (const [i, g] of n.groups.entries()) {
        const [group] = wrote(
          await tx
            .insert(t.networkGroups)
            .values({
              networkId,
              name: g.name,
              description: g.description ?? null,
              status: g.status,
              position: i,
              source: networkSource,
            })
            .returning({ id: t.networkGroups.id }),
        );
        if (g.activities.length) {
          written += g.activities.length;
          await tx.insert(t.networkActivities).values(
            g.activities.map((a, j) => ({
              networkId,
              groupId: group?.id ?? null,
              name: a.name,
              description: a.description ?? null,
              position: j,
              source: networkSource,
            })),
          );
        }
      }
      written += await insertContacts(tx, n.contacts, { networkId }, networkSource);
    }
    written += await insertContacts(tx, plan.contacts, { planId }, source);
  }

  for (const file of files) {
    for (const [i, s] of file.data.statistics.entries()) {
      const at = ['statistics', i];
      const subject =
        s.scope === 'department'
          ? { departmentId: need(departmentIds, s.department, file, [...at, 'department'], 'afdeling') }
          : s.scope === 'municipality'
            ? {
                municipalityId: need(
                  municipalityIds,
                  s.municipality,
                  file,
                  [...at, 'municipality'],
                  'kommune',
                ),
              }
            : s.scope === 'statutoryArea'
              ? { statutoryAreaId: need(areaIds, s.area, file, [...at, 'area'], 'boligområde') }
              : s.scope === 'region'
                ? { region: s.region }
                : {};
      if (Object.values(subject).some((v) => v === null)) continue;
      const match: SQL[] = [
        eq(t.areaStatistics.scope, s.scope),
        eq(t.areaStatistics.indicator, s.indicator),
        eq(t.areaStatistics.year, s.year),
        'departmentId' in subject
          ? eq(t.areaStatistics.departmentId, subject.departmentId as string)
          : isNull(t.areaStatistics.departmentId),
        'municipalityId' in subject
          ? eq(t.areaStatistics.municipalityId, subject.municipalityId as string)
          : isNull(t.areaStatistics.municipalityId),
        'statutoryAreaId' in subject
          ? eq(t.areaStatistics.statutoryAreaId, subject.statutoryAreaId as string)
          : isNull(t.areaStatistics.statutoryAreaId),
        'region' in subject
          ? eq(t.areaStatistics.region, subject.region as string)
          : isNull(t.areaStatistics.region),
      ];
      const [existing] = await tx
        .select({ id: t.areaStatistics.id })
        .from(t.areaStatistics)
        .where(and(...match))
        .limit(1);
      if (existing) continue;
      await tx
        .insert(t.areaStatistics)
        .values({ ...figureValues(s, file.data.source), scope: s.scope, ...subject });
      written++;
    }
  }
  fail();
  written += await writeDemoUsers(tx, files, { municipalityIds, planIds }, errors);
  fail();
  return written;
}

/**
 * The plan's indicators with their yearly targets, checked by the same rules as the API's
 * (activity in the plan, focus area in its funding period, targets within the plan's years).
 */
async function writeIndicators(
  tx: Tx,
  ctx: {
    file: LoadedSeedFile;
    plan: SeedPlan;
    planId: string;
    at: (...path: (string | number)[]) => (string | number)[];
    source: string;
    periodAreas: readonly { id: string; code: string }[];
    errors: SeedProblem[];
  },
): Promise<number> {
  const { file, plan, planId, at, errors } = ctx;
  let written = 0;
  for (const [i, ind] of plan.indicators.entries()) {
    let activityId: string | null = null;
    if (ind.activity !== undefined) {
      const [activity] = await tx
        .select({ id: t.activities.id })
        .from(t.activities)
        .where(and(eq(t.activities.planId, planId), eq(t.activities.name, ind.activity)));
      if (!activity) {
        errors.push(file.problem(at('indicators', i, 'activity'), `Ukendt indsats "${ind.activity}"`));
        continue;
      }
      activityId = activity.id;
    }
    let focusAreaId: string | null = null;
    if (ind.focusArea !== undefined) {
      const area = ctx.periodAreas.find((f) => f.code === ind.focusArea);
      if (!area) {
        errors.push(
          file.problem(
            at('indicators', i, 'focusArea'),
            `Indsatsområdet "${ind.focusArea}" findes ikke i bevillingsperioden ${plan.fundingPeriod}`,
          ),
        );
        continue;
      }
      focusAreaId = area.id;
    }
    const targets = ind.targets.map((target, yearIndex) => ({ yearIndex, target }));
    const facts = { ...ind, activityId, focusAreaId, targets };
    try {
      await checkIndicator(tx, planId, facts);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const field = error.fieldErrors[0]?.field?.split('.')[0];
      const key = field === 'targets' ? 'targets' : field === 'activityId' ? 'activity' : (field ?? 'name');
      errors.push(file.problem(at('indicators', i, key), error.fieldErrors[0]?.message ?? error.message));
      continue;
    }
    const [row] = await tx
      .insert(t.indicators)
      .values({
        planId,
        activityId,
        focusAreaId,
        name: ind.name,
        description: ind.description ?? null,
        kind: ind.kind,
        unit: unitOf(facts),
        direction: ind.direction,
        basis: ind.basis,
        outcome: ind.outcome ?? null,
        measurement: ind.measurement,
        baseline: ind.baseline ?? null,
        baselineNote: ind.baselineNote ?? null,
        periodTarget: ind.periodTarget ?? null,
        position: i,
        source: ind.source ?? ctx.source,
      })
      .returning({ id: t.indicators.id, planId: t.indicators.planId });
    if (!row) continue;
    await replaceTargets(tx, row, targets);
    written += 1 + targets.length;
  }
  return written;
}

async function writeDemoUsers(
  tx: Tx,
  files: readonly LoadedSeedFile[],
  ids: { municipalityIds: Ids; planIds: Ids },
  errors: SeedProblem[],
): Promise<number> {
  let written = 0;
  const existing = new Set((await tx.select({ email: t.users.email }).from(t.users)).map((u) => u.email));
  for (const file of files) {
    const password = file.data.demoPassword;
    if (!password) continue;
    const passwordHash = await hashPassword(password);
    for (const [i, u] of file.data.users.entries()) {
      const email = u.email.toLowerCase();
      if (existing.has(email)) continue;
      const assignments = [];
      for (const [j, r] of u.roles.entries()) {
        const at = (key: string, message: string) => file.problem(['users', i, 'roles', j, key], message);
        const municipalityId = r.municipality ? ids.municipalityIds.get(r.municipality) : undefined;
        const planId = r.plan ? ids.planIds.get(r.plan) : undefined;
        if (r.municipality && !municipalityId)
          errors.push(at('municipality', `Ukendt kommune "${r.municipality}"`));
        if (r.plan && !planId) errors.push(at('plan', `Ukendt plan "${r.plan}"`));
        let partnerId: string | undefined;
        if (r.partner && planId) {
          const [partner] = await tx
            .select({ id: t.partners.id })
            .from(t.partners)
            .where(and(eq(t.partners.planId, planId), eq(t.partners.name, r.partner)));
          if (!partner) errors.push(at('partner', `Ukendt samarbejdspartner "${r.partner}"`));
          partnerId = partner?.id;
        }
        assignments.push({ role: r.role, municipalityId, planId, partnerId });
      }
      if (errors.length > 0) continue;
      checkAssignments(assignments);
      const [user] = await tx
        .insert(t.users)
        .values({ email, displayName: u.displayName, passwordHash, isDemo: true, mustChangePassword: false })
        .returning({ id: t.users.id });
      await replaceAssignments(tx, user?.id as string, assignments);
      existing.add(email);
      written += 1 + assignments.length;
    }
  }
  return written;
}

/** 00:00 on a date in Danish time (CET/CEST), as a timestamp. */
function danishMidnight(isoDate: string): Date {
  // Denmark's offset from UTC that day (1 or 2 hours), read at noon to stay clear of the switch.
  const hourAtUtcNoon = Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(`${isoDate}T12:00:00Z`)),
  );
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - (hourAtUtcNoon - 12) * 3_600_000);
}

function figureValues(
  f: {
    indicator: (typeof t.areaStatistics.$inferInsert)['indicator'];
    year: number;
    value: number;
    valueMax?: number;
    approximate: boolean;
    referencePeriod?: string;
    note?: string;
    source?: string;
  },
  source: string,
) {
  return {
    indicator: f.indicator,
    year: f.year,
    value: f.value,
    valueMax: f.valueMax ?? null,
    isApproximate: f.approximate,
    referencePeriod: f.referencePeriod ?? null,
    note: f.note ?? null,
    source: f.source ?? source,
  };
}

async function insertContacts(
  tx: Tx,
  contacts: readonly { name: string; title?: string; phone?: string; email?: string }[],
  owner: { planId?: string; bodyId?: string; networkId?: string },
  source: string,
): Promise<number> {
  if (contacts.length === 0) return 0;
  await tx.insert(t.contacts).values(
    contacts.map((c, position) => ({
      ...owner,
      position,
      name: c.name,
      title: c.title ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
      source,
    })),
  );
  return contacts.length;
}
