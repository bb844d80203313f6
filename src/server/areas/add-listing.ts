import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import {
  categoryNamesForYear,
  hasCategory,
  namingRuleSetForYear,
} from '../../domain/classification/rule-sets';
import { AppError } from '../../domain/errors/app-error';
import { renderSource } from '../../domain/reference/source-documents';
import { type Actor, withAudit } from '../audit/with-audit';
import type { ListingInput, ListingOut } from './areas.schema';
import { findArea } from './find-area';

/** Records what an official list said (replacing an earlier record of the same year and category). */
export async function addListing(
  db: Db,
  actor: Actor,
  input: { key: string; listing: ListingInput },
): Promise<ListingOut> {
  const area = await findArea(db, input.key);
  if (!area) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  const { listYear, category } = input.listing;
  if (!hasCategory(listYear, category)) {
    const names = namingRuleSetForYear(listYear)?.categories.map((c) => c.name.da.toLowerCase()) ?? [];
    throw new AppError('VALIDATION_FAILED', {}, [
      {
        field: 'category',
        message: `Listen ${listYear} kender ikke kategorien; efter årets regler findes ${names.join(', ')}`,
      },
    ]);
  }
  return withAudit(
    db,
    actor,
    { name: 'recordAreaListing', municipalityId: area.municipalityId },
    async (tx) => {
      await tx
        .delete(t.statutoryAreaListings)
        .where(
          and(
            eq(t.statutoryAreaListings.areaId, area.id),
            eq(t.statutoryAreaListings.listYear, listYear),
            eq(t.statutoryAreaListings.category, category),
          ),
        );
      const [row] = await tx
        .insert(t.statutoryAreaListings)
        .values({ ...input.listing, areaId: area.id })
        .returning();
      if (!row) throw new Error('listing was not created');
      return {
        id: row.id,
        listYear: row.listYear,
        category: row.category,
        categoryName: categoryNamesForYear(row.listYear, row.category),
        listed: row.listed,
        source: renderSource(row.source),
      };
    },
  );
}
