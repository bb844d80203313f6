import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/**
 * Every GET route of the OpenAPI document, called on the demo for every plan and the rows the
 * demo holds, as the administrator (who may see everything). No number may carry a binary
 * floating-point artefact (46.900000000000006, 0.30000000000000004, 12.499999999999998): shares
 * and rates keep the precision of their input or the documented rounding (decision 018), money
 * is integer øre. The same is checked over every CSV and XLSX export.
 */

/** A decimal written with more than 6 fractional digits, or a run of 0s/9s ending in one digit. */
const ARTEFACT = /\d[.,]\d*(?:0{6,}[1-9]|9{6,}\d)(?!\d)|\d[.,]\d{7,}/;

/** Why a number is an artefact, or null. Uses JavaScript's shortest round-trip representation. */
function numberArtefact(n: number): string | null {
  if (!Number.isFinite(n)) return `not finite: ${n}`;
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? null : `beyond exact integers: ${n}`;
  const text = String(n);
  if (text.includes('e')) return `exponent notation: ${text}`;
  return ARTEFACT.test(text) ? text : null;
}

function scanJson(value: unknown, at: string, found: string[]): void {
  if (typeof value === 'number') {
    const why = numberArtefact(value);
    if (why) found.push(`${at}: ${why}`);
  } else if (typeof value === 'string') {
    const m = ARTEFACT.exec(value);
    if (m) found.push(`${at}: "${value.slice(Math.max(0, m.index - 20), m.index + 40)}"`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) scanJson(v, `${at}[${i}]`, found);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) scanJson(v, `${at}.${k}`, found);
  }
}

async function scanXlsx(body: Buffer, at: string, found: string[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  let cells = 0;
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        cells++;
        const where = `${at} ${sheet.name}!R${r}C${c}`;
        if (typeof cell.value === 'number') {
          const why = numberArtefact(cell.value);
          if (why) found.push(`${where}: ${why}`);
        } else if (typeof cell.value === 'string' && ARTEFACT.test(cell.value)) {
          found.push(`${where}: "${cell.value}"`);
        }
      });
    });
  });
  return cells;
}

/** A CSV file, `;`-separated (tables for Excel) or `,`-separated (the plan's data export). */
function scanCsv(text: string, at: string, found: string[]): void {
  const body = text.replace(/^\uFEFF/, '');
  const header = body.slice(0, body.indexOf('\n'));
  const rows = parse(body, {
    delimiter: header.includes(';') ? ';' : ',',
    relax_column_count: true,
  }) as string[][];
  rows.forEach((row, i) => {
    for (const cell of row) if (ARTEFACT.test(cell)) found.push(`${at} line ${i + 1}: ${cell}`);
  });
}

interface OpenApiParameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: { enum?: string[]; type?: string };
}
type OpenApiDoc = { paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };

const ids = (res: { json(): unknown }): string[] => {
  const body = res.json() as { items?: { id: string }[] } | { id: string }[];
  const items = Array.isArray(body) ? body : (body.items ?? []);
  return items.map((i) => i.id).filter((id): id is string => typeof id === 'string');
};

describe.each(testBackends)('no float artefacts in the demo on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let doc: OpenApiDoc;
  /** Ids of the demo's records by the URL segment that serves one of them. */
  const demoIds = new Map<string, string[]>();
  /** Budget versions of the same plan, to diff one against another. */
  const sibling = new Map<string, string>();
  const add = (segment: string, more: string[]) =>
    demoIds.set(segment, [...new Set([...(demoIds.get(segment) ?? []), ...more])]);

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    doc = (await admin.get('/api/openapi.json')).json();
    const list = (url: string) => admin.get(url.includes('?') ? url : `${url}?limit=500`);
    add('plans', ids(await list('/api/plans')));
    add('departments', ids(await list('/api/departments')));
    add('municipalities', ids(await list('/api/municipalities')));
    add('statutory-areas', ids(await list('/api/statutory-areas')));
    add('organisations', ids(await list('/api/organisations')));
    add('funding-periods', ids(await admin.get('/api/funding-periods')));
    add('users', ids(await list('/api/users')));
    const municipalities = (await list('/api/municipalities')).json().items as { region: string | null }[];
    add('regions', [...new Set(municipalities.flatMap((m) => (m.region ? [m.region] : [])))]);
    for (const department of demoIds.get('departments') ?? []) {
      add('statistics', ids(await list(`/api/departments/${department}/statistics`)).slice(0, 5));
    }
    // The demo holds no registrations: add some through the API, with hours and head counts
    // whose sums and shares are where artefacts come from (1,1 + 2,2 t; 7 of 9 girls).
    let registered = 0;
    for (const plan of demoIds.get('plans') ?? []) {
      const detail = (await admin.get(`/api/plans/${plan}`)).json() as { periodStart: string | null };
      const start = detail.periodStart ?? '2022-01-01';
      const date = (months: number) => {
        const d = new Date(`${start}T00:00:00Z`);
        d.setUTCMonth(d.getUTCMonth() + months);
        return d.toISOString().slice(0, 10);
      };
      const activities = ids(await list(`/api/plans/${plan}/activities`));
      // Indicators whose progress is a share or a sum of hours, and a survey figure in tenths.
      for (const [basis, extra] of [
        [
          'volunteerHours',
          {
            periodTarget: 10.3,
            targets: [
              { yearIndex: 0, target: 3.3 },
              { yearIndex: 1, target: 7 },
            ],
          },
        ],
        ['outcomeShare', { outcome: 'completedEducation', baseline: 33.3, periodTarget: 66.7 }],
        ['uniqueParticipants', { periodTarget: 7, targets: [{ yearIndex: 0, target: 2.5 }] }],
        ['manual', { unit: 'share', measurement: 'survey', baseline: 41.3, periodTarget: 46.9 }],
      ] as const) {
        await admin.post(`/api/plans/${plan}/indicators`, {
          name: `Mål ${basis}`,
          kind: basis === 'outcomeShare' || basis === 'manual' ? 'outcome' : 'output',
          basis,
          activityId: basis === 'manual' ? null : (activities[0] ?? null),
          ...extra,
        });
      }
      for (const indicator of ids(await list(`/api/plans/${plan}/indicators`))) {
        await admin.put(`/api/indicators/${indicator}/measurements`, {
          measurements: [
            { yearIndex: 0, value: 41.3 },
            { yearIndex: 1, value: 46.9 },
          ],
        });
      }
      for (const activity of activities.slice(0, 2)) {
        const first = await admin.post(`/api/activities/${activity}/sessions`, {
          date: date(1),
          newParticipants: [{ ageBand: '13-17', gender: 'female' }, { gender: 'male' }, {}],
          openCount: { total: 9, female: 7, male: 2 },
          newVolunteers: [{ hours: 1.1 }, { hours: 2.2 }],
        });
        if (first.statusCode !== 201) continue;
        registered++;
        const session = first.json() as {
          attendance: { participantId: string }[];
          volunteers: { volunteerId: string }[];
        };
        await admin.post(`/api/activities/${activity}/sessions`, {
          date: date(13),
          participantIds: session.attendance.slice(0, 2).map((a) => a.participantId),
          openCount: { total: 3 },
          volunteers: session.volunteers.map((v) => ({ volunteerId: v.volunteerId, hours: 0.7 })),
        });
        const participant = session.attendance[0]?.participantId;
        if (participant) {
          await admin.post(`/api/activities/${activity}/enrolments`, {
            participantId: participant,
            startDate: date(1),
            endDate: date(14),
            outcome: 'completedEducation',
          });
        }
      }
    }
    expect(registered).toBeGreaterThanOrEqual(2);
    for (const plan of demoIds.get('plans') ?? []) {
      for (const segment of [
        'activities',
        'partners',
        'financing-lines',
        'budget-versions',
        'bodies',
        'networks',
        'contacts',
        'staff',
        'sessions',
        'indicators',
        'participants',
        'volunteers',
        'spending',
      ]) {
        const row = segment === 'spending' ? 'spending-entries' : segment;
        const found = ids(await list(`/api/plans/${plan}/${segment}`));
        add(row, found);
        if (segment === 'budget-versions') {
          for (const [i, v] of found.entries()) sibling.set(v, found[(i + 1) % found.length] as string);
        }
      }
    }
    for (const body of demoIds.get('bodies') ?? [])
      add('body-members', ids(await list(`/api/bodies/${body}/members`)));
    for (const network of demoIds.get('networks') ?? []) {
      add('network-groups', ids(await list(`/api/networks/${network}/groups`)));
      add('network-activities', ids(await list(`/api/networks/${network}/activities`)));
    }
  }, 300_000);
  afterAll(() => demo.close());

  /** Every way to fill a path template from the demo (all plans; up to 12 rows of each kind). */
  function urls(path: string): string[] {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    if (params.length === 0) return [path];
    if (params.length > 1) throw new Error(`more than one path parameter: ${path}`);
    const segment = path.split('/')[2] as string;
    const values = demoIds.get(segment) ?? [];
    if (values.length === 0) throw new Error(`the demo has no ${segment} to fill ${path}`);
    const cap = segment === 'plans' ? values.length : 12;
    return values.slice(0, cap).map((v) => path.replace(`{${params[0]}}`, encodeURIComponent(v)));
  }

  /** The query variants of a route: each export format, and each table of the plan export. */
  function queries(path: string, url: string): string[] {
    const parameters = doc.paths[path]?.get?.parameters ?? [];
    if (path === '/api/budget-versions/{id}/diff') {
      return [`?against=${sibling.get(decodeURIComponent(url.split('/')[3] as string))}`];
    }
    const format = parameters.find((p) => p.in === 'query' && p.name === 'format')?.schema?.enum;
    const table = parameters.find((p) => p.in === 'query' && p.name === 'table')?.schema?.enum;
    const required = parameters.filter((p) => p.in === 'query' && p.required);
    if (required.length) throw new Error(`${path} requires ${required.map((p) => p.name).join(', ')}`);
    if (!format) return [''];
    return format.flatMap((f) =>
      f === 'csv' && table ? table.map((t) => `?format=csv&table=${t}`) : [`?format=${f}`],
    );
  }

  it('finds none in any GET answer, CSV or XLSX file', async () => {
    const getPaths = Object.entries(doc.paths)
      .filter(([, ops]) => ops.get)
      .map(([p]) => p.replace(/^\/api/, ''))
      .filter((p) => p !== '/openapi.json');
    expect(getPaths.length).toBeGreaterThanOrEqual(70);
    const found: string[] = [];
    const failed: string[] = [];
    let answers = 0;
    let numbers = 0;
    let files = 0;
    for (const path of getPaths) {
      for (const url of urls(`/api${path}`)) {
        for (const query of queries(`/api${path}`, url)) {
          const res = await admin.get(`${url}${query}`);
          // A plan without a stated period has no plan years to count progress in (documented 409).
          if (res.statusCode === 409 && res.json().code === 'PLAN_PERIOD_UNKNOWN') continue;
          if (res.statusCode !== 200) {
            failed.push(`${url}${query}: ${res.statusCode} ${res.body.slice(0, 200)}`);
            continue;
          }
          answers++;
          const type = String(res.headers['content-type'] ?? '');
          if (type.includes('spreadsheetml')) {
            files++;
            const cells = await scanXlsx(res.rawPayload, `${url}${query}`, found);
            expect(cells, `${url}${query} is an empty workbook`).toBeGreaterThan(0);
          } else if (type.includes('text/csv')) {
            files++;
            scanCsv(res.body, `${url}${query}`, found);
          } else {
            const body = res.json();
            // A plan export is JSON sent as a file: scan it all the same.
            scanJson(body, `${url}${query}`, found);
            numbers += JSON.stringify(body).match(/\d+\.\d+/g)?.length ?? 0;
          }
        }
      }
    }
    expect({ failed, found }).toEqual({ failed: [], found: [] });
    // The scan must have looked at something: a fair share of answers, decimals and files.
    expect(answers).toBeGreaterThan(300);
    expect(numbers).toBeGreaterThan(100);
    expect(files).toBeGreaterThan(20);
  }, 600_000);

  it('recognises an artefact when it sees one', () => {
    expect(numberArtefact(46.900000000000006)).not.toBeNull();
    expect(numberArtefact(0.1 + 0.2)).not.toBeNull();
    expect(numberArtefact(12.499999999999998)).not.toBeNull();
    expect(numberArtefact(46.9)).toBeNull();
    expect(numberArtefact(0.125)).toBeNull();
    expect(numberArtefact(1080000000)).toBeNull();
    const found: string[] = [];
    scanCsv('Andel;Beløb\r\n46,900000000000006;10.800.000,00\r\n', 'x', found);
    expect(found).toHaveLength(1);
  });
});
