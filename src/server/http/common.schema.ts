import { z } from 'zod';
import '../../domain/validation/danish-messages';
import { formatKroner, hasAtMostOreDecimals, MAX_AMOUNT_ORE } from '../../domain/money/money';

/** Query parameters every list endpoint accepts. */
export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Højst så mange rækker'),
  offset: z.coerce.number().int().min(0).default(0).describe('Spring så mange rækker over'),
});
export type Pagination = z.infer<typeof paginationQuery>;

/** The envelope of every list response. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const uuidParam = z.object({ id: z.uuid({ message: 'Skal være et gyldigt id (UUID)' }) });
export const slugOrIdParam = z.object({ id: z.string().min(1).max(120) });

/** A slug as used in URLs: lower-case letters, digits and hyphens. */
export const slug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Kun små bogstaver a–z, tal og bindestreger');

export const isoDate = z.iso.date({ message: 'Skal være en dato (ÅÅÅÅ-MM-DD)' });

const tooLarge = { message: `Beløbet må højst være ${formatKroner(MAX_AMOUNT_ORE)}` };

/**
 * Money in integer øre: never negative, never a fraction of an øre, at most 10 mia. kr.
 * (MAX_AMOUNT_ORE, decision 016); a plan's sums of one kind have the same bound.
 */
export const amountOre = z
  .number({ message: 'Skal være et beløb i øre (heltal)' })
  .int({ message: 'Beløb angives i hele øre — højst to decimaler i kroner' })
  .min(0, { message: 'Beløbet må ikke være negativt' })
  .max(MAX_AMOUNT_ORE, tooLarge)
  .describe(`Beløb i hele øre, 0 ≤ beløb ≤ ${MAX_AMOUNT_ORE} (10 mia. kr.)`);

/** Money that may be negative (a credit note, a reversal): |beløb| ≤ MAX_AMOUNT_ORE. */
export const signedAmountOre = z
  .number({ message: 'Skal være et beløb i øre (heltal)' })
  .int({ message: 'Beløb angives i hele øre — højst to decimaler i kroner' })
  .min(-MAX_AMOUNT_ORE, { message: `Beløbet må højst være ${formatKroner(-MAX_AMOUNT_ORE)}` })
  .max(MAX_AMOUNT_ORE, tooLarge)
  .describe(
    `Beløb i hele øre; negativt for en kreditnota eller tilbageførsel: −${MAX_AMOUNT_ORE} ≤ beløb ≤ ${MAX_AMOUNT_ORE}`,
  );

/** Kroner with at most two decimals, for forms that speak kroner. */
export const amountKroner = z
  .number()
  .min(0, { message: 'Beløbet må ikke være negativt' })
  .max(MAX_AMOUNT_ORE / 100, tooLarge)
  .refine(hasAtMostOreDecimals, { message: 'Højst to decimaler (øre)' });

export const nonEmptyText = (max = 500) => z.string().trim().min(1, { message: 'Skal udfyldes' }).max(max);
export const optionalText = (max = 5000) => z.string().trim().max(max).nullable().optional();

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), label: z.string().optional(), message: z.string() }))
    .optional(),
  problems: z
    .array(z.object({ row: z.number().int().nullable(), column: z.string().nullable(), message: z.string() }))
    .optional(),
  /** An import's problems in all; `problems` lists the first 200 by row. */
  problemCount: z.number().int().optional(),
});
