import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HierarchyCells, suppressUpwards } from './hierarchy-suppression';
import type { IndicatorBasis } from './indicator-kinds';
import { suppressYearly } from './suppression';

const node = (
  scope: HierarchyCells['scope'],
  focusAreaId: string | null,
  cells: (number | null)[],
  basis: IndicatorBasis = 'attendances',
): HierarchyCells => ({ basis, scope, focusAreaId, cells });

describe('suppression carried up the indicator hierarchy', () => {
  it.each([
    {
      name: 'a hidden activity cell hides it in its focus area and the plan',
      input: [
        node('activity', 'A', [null, 8]),
        node('focusArea', 'A', [12, 20]),
        node('plan', null, [40, 50]),
      ],
      cells: [
        [null, 8],
        [null, 20],
        [null, 50],
      ],
    },
    {
      name: 'not in another focus area',
      input: [node('activity', 'A', [null, 8]), node('focusArea', 'B', [12, 20])],
      cells: [
        [null, 8],
        [12, 20],
      ],
    },
    {
      name: 'not for another basis',
      input: [node('activity', 'A', [null, 8]), node('focusArea', 'A', [12, 20], 'sessions')],
      cells: [
        [null, 8],
        [12, 20],
      ],
    },
    {
      name: 'a hidden focus-area cell (its own or carried up) hides it in the plan',
      input: [node('focusArea', 'B', [9, null]), node('plan', null, [40, 50])],
      cells: [
        [9, null],
        [40, null],
      ],
    },
    {
      name: 'an activity without a focus area still hides it in the plan',
      input: [node('activity', null, [7, null]), node('plan', null, [40, 50])],
      cells: [
        [7, null],
        [40, null],
      ],
    },
    {
      name: 'persons are not additive and are left as they are',
      input: [
        node('activity', 'A', [null, 8], 'uniqueParticipants'),
        node('focusArea', 'A', [12, 20], 'uniqueParticipants'),
        node('plan', null, [40, 50], 'uniqueParticipants'),
      ],
      cells: [
        [null, 8],
        [12, 20],
        [40, 50],
      ],
    },
  ])('$name', ({ input, cells }) => {
    expect(suppressUpwards(input).map((n) => n.cells)).toEqual(cells);
  });

  it('keeps the order and the other fields', () => {
    const input = [
      { ...node('plan', null, [1]), id: 'p' },
      { ...node('activity', 'A', [null]), id: 'a' },
    ];
    expect(suppressUpwards(input)).toEqual([
      { ...node('plan', null, [null]), id: 'p' },
      { ...node('activity', 'A', [null]), id: 'a' },
    ]);
  });

  // A plan with focus areas, activities and indicators on some of them, counted and suppressed
  // each on its own as the API does, then carried upwards.
  const plan = fc.record({
    threshold: fc.integer({ min: 2, max: 8 }),
    activities: fc.array(
      fc.record({
        area: fc.constantFrom('A', 'B', 'C', null),
        attendances: fc.array(fc.nat({ max: 14 }), { minLength: 4, maxLength: 4 }),
        sessions: fc.array(fc.nat({ max: 6 }), { minLength: 4, maxLength: 4 }),
        indicator: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    areaIndicators: fc.subarray(['A', 'B', 'C']),
    planIndicator: fc.boolean(),
  });

  it('never shows an ancestor cell above a hidden descendant cell (so they cannot be subtracted)', () => {
    fc.assert(
      fc.property(plan, ({ threshold, activities, areaIndicators, planIndicator }) => {
        const bases = ['attendances', 'sessions'] as const;
        const cellsOf = (included: typeof activities, basis: (typeof bases)[number]) => {
          const actual = [0, 1, 2, 3].map((y) => included.reduce((s, a) => s + (a[basis][y] ?? 0), 0));
          let running = 0;
          const cumulative = actual.map((v) => {
            running += v;
            return running;
          });
          const s = suppressYearly({ actual, cumulative, additive: true }, threshold);
          return [...s.actual, ...s.cumulative, s.total];
        };
        const nodes = bases.flatMap((basis) => [
          ...activities.flatMap((a, i) =>
            a.indicator ? [{ ...node('activity', a.area, cellsOf([a], basis), basis), activities: [i] }] : [],
          ),
          ...areaIndicators.map((area) => ({
            ...node(
              'focusArea',
              area,
              cellsOf(
                activities.filter((a) => a.area === area),
                basis,
              ),
              basis,
            ),
            activities: activities.flatMap((a, i) => (a.area === area ? [i] : [])),
          })),
          ...(planIndicator
            ? [
                {
                  ...node('plan', null, cellsOf(activities, basis), basis),
                  activities: activities.map((_, i) => i),
                },
              ]
            : []),
        ]);
        const out = suppressUpwards(nodes);
        for (const [k, ancestor] of out.entries()) {
          // Nothing is ever un-hidden.
          ancestor.cells.forEach((v, c) => {
            if (nodes[k]?.cells[c] === null) expect(v).toBeNull();
          });
          for (const d of out) {
            const below =
              d !== ancestor &&
              d.basis === ancestor.basis &&
              d.activities.every((i) => ancestor.activities.includes(i)) &&
              d.activities.length < ancestor.activities.length;
            if (!below) continue;
            ancestor.cells.forEach((v, c) => {
              if (v !== null) expect(d.cells[c], 'a shown ancestor cell above a hidden one').not.toBeNull();
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
