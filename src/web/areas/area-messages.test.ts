import { describe, expect, it } from 'vitest';
import { ruleSetForYear } from '../../domain/classification/rule-sets';
import { ruleSetInfo } from '../../server/areas/rule-set-info';
import { categoryNameIn } from './area-messages';

/** What the web pages get from the API: the list year's rule set with its categories' names. */
const categoriesOf = (year: number) => {
  const ruleSet = ruleSetForYear(year);
  if (!ruleSet) throw new Error(`no rule set for ${year}`);
  return ruleSetInfo(ruleSet).categories;
};

describe('category names in the web, Danish and English, in the list year’s words', () => {
  it.each([
    [2015, 'parallelSociety', 'Ghettoområde', 'Ghetto area'],
    [2019, 'vulnerable', 'Udsat boligområde', 'Vulnerable housing area'],
    [2019, 'parallelSociety', 'Ghettoområde', 'Ghetto area'],
    [2019, 'transformation', 'Hårdt ghettoområde', 'Hard ghetto area'],
    [2022, 'parallelSociety', 'Parallelsamfund', 'Parallel society'],
    [2022, 'transformation', 'Omdannelsesområde', 'Transformation area'],
    [2022, 'prevention', 'Forebyggelsesområde', 'Prevention area'],
  ] as const)('%i %s: %s / %s', (year, code, da, en) => {
    expect(categoryNameIn('da', categoriesOf(year), code)).toBe(da);
    expect(categoryNameIn('en', categoriesOf(year), code)).toBe(en);
  });

  it('has no forebyggelsesområde before 2021 and only the ghetto list before 2018', () => {
    expect(categoriesOf(2019).map((c) => c.code)).toEqual([
      'vulnerable',
      'parallelSociety',
      'transformation',
    ]);
    expect(categoriesOf(2016).map((c) => c.code)).toEqual(['parallelSociety']);
  });
});
