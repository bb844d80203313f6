import { describe, expect, it } from 'vitest';
import { describeAction, describeChanges } from './audit-phrases';

describe('audit phrases of a bulk write', () => {
  const event = {
    action: 'importAttendance',
    changes: [
      {
        tableName: 'participants',
        operation: 'insert' as const,
        before: null,
        after: {
          bulk: true,
          fileRows: 1_000_000,
          sessions: 50_000,
          attendances: 995_000,
          newParticipants: 1,
        },
        diff: null,
      },
    ],
  };

  it('reads the summary row as counts, in Danish and English', () => {
    expect(describeAction(event)).toBe('Importerede fremmøde');
    expect(describeChanges(event)).toBe(
      '1.000.000 rækker i filen, 50.000 aktivitetsgange, 995.000 fremmøder, 1 ny deltager',
    );
    expect(describeChanges(event, 'en')).toBe(
      '1,000,000 rows in the file, 50,000 sessions, 995,000 attendances, 1 new participant',
    );
  });

  it('counts rows of an ordinary write as before', () => {
    const plain = { ...event, changes: [{ ...event.changes[0], after: { name: 'A' } }] };
    expect(describeChanges(plain as never)).toBe('1 deltager tilføjet');
  });
});
