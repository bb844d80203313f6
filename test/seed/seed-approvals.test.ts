import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors/app-error';
import { seedFiles } from '../../src/server/seed/seed-demo';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';

const file = (budget: string) => `source: test
municipalities:
  - { slug: testby, name: Testby Kommune }
plans:
  - slug: godkendt-plan
    name: Godkendt plan
    municipality: testby
    fundingPeriod: 2019-26
    status: approved
    years: { first: 2024, last: 2027 }
    budgets:
      - kind: approved
        name: Godkendt budget
        status: approved
        firstYear: 2024
        lastYear: 2027
${budget}        lines:
          - category: other
            description: Samlet
            financings:
              - { source: lbf, sourceName: Landsbyggefonden, kind: cash, amountKroner: 1000 }
`;

/** Issue 13 §8: an approval in the demo carries the date its source gives, not the load date. */
describe.each(testBackends)('approvals in the demo on $name', (backend) => {
  let demo: DemoApp;
  const dir = mkdtempSync(join(tmpdir(), 'approvals-'));
  beforeAll(async () => {
    demo = await demoApp(backend);
  });
  afterAll(() => demo.close());

  const versions = async (plan: string) => {
    const res = await demo.app.inject({ method: 'GET', url: `/api/plans/${plan}/budget-versions?limit=50` });
    expect(res.statusCode).toBe(200);
    return res.json().items as {
      status: string;
      approvedAt: string | null;
      approvedBy: string | null;
      approvalNote: string | null;
    }[];
  };

  it('gives no approval the day the demo was loaded, and says why a date is missing', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const approved = [
      ...(await versions('koege-2021-2025')),
      ...(await versions('holbaek-2024-2027')),
      ...(await versions('amager-2022-2025')),
    ].filter((v) => v.status === 'approved');
    expect(approved.length).toBe(2);
    for (const v of approved) {
      expect(v.approvedAt?.slice(0, 10)).not.toBe(today);
      expect(v.approvedBy ?? '').not.toMatch(/system|seed/);
      // The seed documents give no approval dates: each says so instead.
      expect(v.approvedAt).toBeNull();
      expect(v.approvalNote).toMatch(/ikke hvornår/);
    }
    const [koege] = (await versions('koege-2021-2025')).filter((v) => v.status === 'approved');
    expect(koege?.approvedBy).toBe('Landsbyggefonden');
  });

  it('stores the date a source gives as midnight in Denmark', async () => {
    const path = join(dir, 'dated.yaml');
    writeFileSync(path, file('        approvedOn: 2023-12-14\n        approvedBy: Landsbyggefonden\n'));
    await seedFiles(demo.handle.db, [path]);
    const [v] = (await versions('godkendt-plan')).filter((x) => x.status === 'approved');
    expect(v).toMatchObject({ approvedAt: '2023-12-13T23:00:00.000Z', approvedBy: 'Landsbyggefonden' });
  });

  it('refuses an approved version with neither a date nor a reason', async () => {
    const path = join(dir, 'undated.yaml');
    writeFileSync(path, file('').replace('godkendt-plan', 'udateret-plan'));
    const error = await seedFiles(demo.handle.db, [path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors[0]?.message).toMatch(/godkendelsesdatoen fra kilden/);
  });
});
