import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastResponse, fastWriterOf, ResponseShapeError } from './fast-serializer';

const schema = fastResponse(
  z.object({
    id: z.uuid(),
    count: z.number().int(),
    share: z.number().nullable(),
    label: z.string(),
    flag: z.boolean().nullable(),
    kind: z.enum(['a', 'b']),
    fixed: z.literal('x'),
    note: z.string().optional(),
    items: z.array(z.object({ y: z.number().int(), tags: z.array(z.string()) })),
    either: z.union([z.string(), z.number()]),
  }),
);
const write = fastWriterOf(schema) as (value: unknown) => string;
const viaZod = (value: unknown) => JSON.stringify(z.encode(schema, value as z.input<typeof schema>));
/** The same JSON value (key order aside). */
const sameJson = (a: string, b: string) => expect(JSON.parse(a)).toStrictEqual(JSON.parse(b));

const valid = fc.record(
  {
    id: fc.uuid({ version: 4 }),
    count: fc.integer(),
    share: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
    label: fc.string({ unit: 'binary' }),
    flag: fc.option(fc.boolean()),
    kind: fc.constantFrom('a' as const, 'b' as const),
    fixed: fc.constant('x' as const),
    note: fc.string(),
    items: fc.array(fc.record({ y: fc.integer(), tags: fc.array(fc.string()), extra: fc.string() })),
    either: fc.oneof(fc.string(), fc.integer()),
    secret: fc.string(),
  },
  { requiredKeys: ['id', 'count', 'share', 'label', 'flag', 'kind', 'fixed', 'items', 'either'] },
);

describe('the compiled response writer', () => {
  it('writes what zod encode + JSON.stringify write: the schema’s keys, nothing else', () => {
    fc.assert(
      fc.property(valid, (value) => {
        sameJson(write(value), viaZod(value));
        expect(write(value)).not.toContain('"secret"');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a value of the wrong kind, a missing key, a fraction for an integer and NaN', () => {
    const ok = {
      id: '123e4567-e89b-42d3-a456-426614174000',
      count: 1,
      share: 0.5,
      label: 'x',
      flag: null,
      kind: 'a',
      fixed: 'x',
      items: [{ y: 1, tags: [] }],
      either: 2,
    };
    expect(write(ok)).toBe(viaZod(ok));
    sameJson(write({ ...ok, extra: 1, items: [{ y: 1, tags: [], more: 2 }] }), viaZod(ok));
    for (const bad of [
      { ...ok, count: 1.5 },
      { ...ok, share: Number.NaN },
      { ...ok, label: 3 },
      { ...ok, kind: 'c' },
      { ...ok, flag: 'yes' },
      { ...ok, items: [{ y: 1 }] },
      { ...ok, either: true },
      { ...ok, label: undefined },
    ]) {
      expect(() => write(bad)).toThrow(ResponseShapeError);
      expect(() => viaZod(bad)).toThrow();
    }
  });

  it('is only used for schemas marked with fastResponse', () => {
    expect(fastWriterOf(z.object({ a: z.string() }))).toBeUndefined();
    expect(fastWriterOf(schema)).toBeTypeOf('function');
  });
});
