import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { UUID } from '../plan-rows/parents';
import { withTargets } from './indicator-output';
import { checkYearIndexes, planYearsOf } from './indicator-rules';
import type { IndicatorOut, MeasurementsInput } from './indicators.schema';

/** Replaces the yearly values of a survey/statistics indicator as a set. */
export async function setMeasurements(
  db: Db,
  actor: Actor,
  input: { id: string; body: MeasurementsInput },
): Promise<IndicatorOut> {
  if (!UUID.test(input.id)) throw new AppError('INDICATOR_NOT_FOUND');
  const [current] = await db.select().from(t.indicators).where(eq(t.indicators.id, input.id));
  if (!current) throw new AppError('INDICATOR_NOT_FOUND');
  if (current.measurement === 'registration') {
    throw new AppError('INDICATOR_INVALID', {}, [
      {
        field: 'measurements',
        message:
          'Indikatoren tælles fra registreringer; tal kan kun indtastes for undersøgelser og statistik',
      },
    ]);
  }
  const { measurements } = input.body;
  return withAudit(
    db,
    actor,
    { name: 'update:indicatorMeasurements', planId: current.planId },
    async (tx) => {
      if (measurements.length) {
        checkYearIndexes(
          await planYearsOf(tx, current.planId),
          measurements,
          'measurements',
          'INDICATOR_INVALID',
        );
      }
      await tx.delete(t.indicatorMeasurements).where(eq(t.indicatorMeasurements.indicatorId, current.id));
      if (measurements.length) {
        await tx.insert(t.indicatorMeasurements).values(
          measurements.map((m) => ({
            indicatorId: current.id,
            planId: current.planId,
            yearIndex: m.yearIndex,
            value: m.value,
            note: m.note ?? null,
          })),
        );
      }
      const [out] = await withTargets(tx, [current]);
      return out as IndicatorOut;
    },
  );
}
