import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client';
import {
  actorName,
  describeAction,
  describeChanges,
  hasActionPhrase,
  TABLE_NOUNS,
} from '../../src/domain/audit/audit-phrases';
import type { AuditEvent } from '../../src/server/audit/audit.schema';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/** What a user must never read: use case names, table names, codes. */
const TECHNICAL =
  /\b[a-z]+[A-Z][a-zA-Z]*\b|\b[a-z]+_[a-z_]+\b|\b(?:insert|update|delete|create|system):|\bsystem:/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** The action names the use cases pass to withAudit, read from the source. */
function actionsInSource(): string[] {
  const files = sourceFiles('src/server');
  const names = new Set<string>();
  const rowPaths = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/with(?:Bulk)?Audit\(\s*[\s\S]{0,200}?name:\s*([^,}]+)/g)) {
      const expr = (m[1] as string).trim();
      for (const literal of expr.matchAll(/'([^']+)'/g)) names.add(literal[1] as string);
      if (/\$\{r\.path/.test(expr)) {
        const verb = /`(\w+):/.exec(expr)?.[1] as string;
        names.add(`${verb}:*`);
      }
    }
    // The plan-row resources (decision 009): their `path` is the audit noun.
    if (text.includes(': PlanRowResource')) {
      for (const m of text.matchAll(/\bpath: '([a-z-]+)'/g)) rowPaths.add(m[1] as string);
    }
  }
  return [...names].flatMap((n) => (n.endsWith(':*') ? [...rowPaths].map((p) => n.replace('*', p)) : [n]));
}

describe('audit phrases', () => {
  it('has a Danish and English phrase for every action a use case records', () => {
    const actions = actionsInSource();
    expect(actions.length).toBeGreaterThanOrEqual(60);
    expect(actions).toContain('create:partners');
    expect(actions).toContain('registerSession');
    expect(actions.filter((a) => !hasActionPhrase(a))).toEqual([]);
    for (const action of actions) {
      for (const locale of ['da', 'en'] as const) {
        const text = describeAction({ action, changes: [] }, locale);
        expect(text, action).not.toMatch(TECHNICAL);
      }
    }
  });

  it('names the record where it is known', () => {
    const created = {
      action: 'create:indicators',
      changes: [
        {
          tableName: 'indicators',
          operation: 'insert' as const,
          before: null,
          after: { name: 'Fritidsjob' },
          diff: null,
        },
        {
          tableName: 'indicator_targets',
          operation: 'insert' as const,
          before: null,
          after: { target: 3 },
          diff: null,
        },
        {
          tableName: 'indicator_targets',
          operation: 'insert' as const,
          before: null,
          after: { target: 4 },
          diff: null,
        },
      ],
    };
    expect(describeAction(created)).toBe('Oprettede indikatoren »Fritidsjob«');
    expect(describeAction(created, 'en')).toBe('Created the indicator »Fritidsjob«');
    expect(describeChanges(created)).toBe('1 indikator og 2 måltal tilføjet');
    expect(describeAction({ action: 'registerSession', changes: [] })).toBe('Registrerede en aktivitetsgang');
    expect(
      describeChanges({
        action: 'update:partners',
        changes: [
          {
            tableName: 'partners',
            operation: 'update',
            before: null,
            after: null,
            diff: { name: ['A', 'B'], amount_ore: [100, 250050], updated_at: ['x', 'y'] },
          },
        ],
      }),
    ).toBe('Navn: »A« → »B«; Beløb: 1 kr. → 2.500,5 kr.');
    expect(actorName('system:seed')).toBe('Demodata');
    expect(actorName('system:seed', 'en')).toBe('Demo data');
    expect(actorName('admin@demo.helhedsplan.dk')).toBe('admin@demo.helhedsplan.dk');
  });
});

describe.each(testBackends)('the demo audit trail in words on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    // A few writes as a user would make them, so the trail holds more than the seed.
    const koege = (await admin.get('/api/plans/koege-2021-2025')).json();
    const activity = (await admin.get(`/api/plans/${koege.id}/activities`)).json().items[0];
    await admin.post(`/api/plans/${koege.id}/indicators`, {
      name: 'Unge i fritidsjob',
      kind: 'output',
      basis: 'uniqueParticipants',
      activityId: activity.id,
      periodTarget: 40,
    });
    await admin.post(`/api/activities/${activity.id}/sessions`, {
      date: '2022-03-01',
      newParticipants: [{ gender: 'female' }, {}],
      openCount: { total: 4 },
      newVolunteers: [{ hours: 1.5 }],
    });
    const partner = (
      await admin.post(`/api/plans/${koege.id}/partners`, {
        name: 'Køge Bibliotek',
        type: 'municipalDepartment',
      })
    ).json();
    await admin.patch(`/api/partners/${partner.id}`, { name: 'Køge Bibliotekerne' });
    await admin.delete(`/api/partners/${partner.id}`);
  }, 180_000);
  afterAll(() => demo.close());

  it('has a phrase for every action and table in it, and the seed shows as "Demodata"', async () => {
    const plans = (await admin.get('/api/plans?limit=100')).json().items as { id: string }[];
    const events: AuditEvent[] = [];
    for (const plan of plans) {
      events.push(
        ...((await admin.get(`/api/plans/${plan.id}/audit?limit=500`)).json().items as AuditEvent[]),
      );
    }
    const all = await queryRows<{ action: string; actor_label: string }>(
      demo.handle.db,
      sql`select distinct action, actor_label from audit_events`,
    );
    const tables = await queryRows<{ table_name: string }>(
      demo.handle.db,
      sql`select distinct table_name from audit_changes`,
    );
    expect(events.length).toBeGreaterThan(5);
    expect(all.map((a) => a.action)).toEqual(
      expect.arrayContaining(['seed', 'registerSession', 'create:indicators']),
    );
    expect(all.filter((a) => !hasActionPhrase(a.action))).toEqual([]);
    expect(tables.filter((t) => !TABLE_NOUNS[t.table_name])).toEqual([]);
    const shown = events.map((e) => ({
      who: actorName(e.actorLabel),
      what: describeAction(e),
      changes: describeChanges(e),
    }));
    expect(shown.filter((s) => TECHNICAL.test(s.who) || TECHNICAL.test(s.what))).toEqual([]);
    expect(shown.filter((s) => /\b[a-z]+_[a-z_]+\b|\b(?:insert|delete) /.test(s.changes))).toEqual([]);
    expect(shown.map((s) => s.who)).toContain('Demodata');
    expect(shown.map((s) => s.what)).toEqual(
      expect.arrayContaining([
        'Indlæste demodata',
        'Oprettede indikatoren »Unge i fritidsjob«',
        'Registrerede en aktivitetsgang',
        'Oprettede samarbejdspartneren »Køge Bibliotek«',
        'Ændrede samarbejdspartneren »Køge Bibliotekerne«',
        'Slettede samarbejdspartneren »Køge Bibliotekerne«',
      ]),
    );
  });
});
