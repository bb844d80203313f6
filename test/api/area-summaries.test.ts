import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

type Summary = {
  indicator: string;
  min: number;
  max: number;
  withFigure: number;
  withoutFigure: number;
  missing: string[];
};

/**
 * Issue 13 item 6: a summary range covers every afdeling. Køge's source (seed 001): Hastrupparken
 * 68,4 %, "øvrige afdelinger ligger fra 57%-64%"; today the plan showed "Kun grundskole 57–64 %".
 */
describe.each(testBackends)('plan summary ranges on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
  }, 120_000);
  afterAll(() => demo.close());

  const summaries = async (): Promise<Summary[]> => {
    const res = await admin.get('/api/plans/koege-2021-2025');
    expect(res.statusCode).toBe(200);
    return res.json().areaSummaries;
  };

  it('spans all four afdelinger for only-grundskole: 57–68,4 %', async () => {
    const s = (await summaries()).find((x) => x.indicator === 'shareOnlyPrimarySchool30to59');
    expect(s).toMatchObject({ min: 57, max: 68.4, withFigure: 4, withoutFigure: 0, missing: [] });
  });

  it('says which afdelinger lack a figure (outside work: Søparken 26 %, Karlemoseparken 44,1 %)', async () => {
    const s = (await summaries()).find((x) => x.indicator === 'shareOutsideWorkOrEducation18to64');
    expect(s).toMatchObject({
      min: 26,
      max: 44.1,
      withFigure: 2,
      withoutFigure: 2,
      missing: ['Ellemarken', 'Hastrupparken'],
    });
  });

  it('leaves the source’s own figure for the four areas together (42,85 % non-western) as given', async () => {
    const plan = (await admin.get('/api/plans/koege-2021-2025')).json();
    expect(plan.areaSummaries.map((s: Summary) => s.indicator)).not.toContain(
      'shareNonWesternImmigrantsDescendants',
    );
    expect(
      plan.areaFigures.find(
        (f: { indicator: string }) => f.indicator === 'shareNonWesternImmigrantsDescendants',
      )?.value,
    ).toBe(42.85);
  });

  it('widens the range when an afdeling’s new figure lies outside it', async () => {
    const plan = (await admin.get('/api/plans/koege-2021-2025')).json();
    const ellemarken = plan.departments.find((d: { slug: string }) => d.slug === 'ellemarken');
    const res = await admin.post(`/api/departments/${ellemarken.id}/statistics`, {
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2019,
      value: 47.5,
      source: 'Testtal',
    });
    expect(res.statusCode).toBe(201);
    const s = (await summaries()).find((x) => x.indicator === 'shareOutsideWorkOrEducation18to64');
    expect(s).toMatchObject({
      min: 26,
      max: 47.5,
      withFigure: 3,
      withoutFigure: 1,
      missing: ['Hastrupparken'],
    });
  });
});
