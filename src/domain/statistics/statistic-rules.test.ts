import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { assertFigureInRange, type FigureLike } from './statistic-rules';

describe('assertFigureInRange', () => {
  it.each<[FigureLike, string[]]>([
    [{ indicator: 'shareConvicted18plus', value: 2.5 }, []],
    [{ indicator: 'shareConvicted18plus', value: 100 }, []],
    [{ indicator: 'shareConvicted18plus', value: 100.1 }, ['value']],
    [{ indicator: 'shareOnlyPrimarySchool30to59', value: 57, valueMax: 64 }, []],
    [{ indicator: 'shareOnlyPrimarySchool30to59', value: 57, valueMax: 140 }, ['valueMax']],
    [{ indicator: 'householdIncomePerPerson', value: 175_000, valueMax: 170_000 }, ['valueMax']],
    [{ indicator: 'residents', value: 3498 }, []],
  ])('%o → errors on %o', (figure, fields) => {
    try {
      assertFigureInRange(figure);
      expect(fields).toEqual([]);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors.map((e) => e.field)).toEqual(fields);
    }
  });
});
