import { describe, expect, it } from 'vitest';
import { type PlanWriteFacts, planWriteState } from './plan-write-state';

const base: PlanWriteFacts = {
  status: 'completed',
  endDate: '2021-12-31',
  lastYear: null,
  successors: [],
  reopened: false,
  today: '2026-12-06',
};

describe('planWriteState', () => {
  it.each([
    ['completed, period over', {}, { writable: false, reason: 'completed' }],
    ['completed, no end known', { endDate: null }, { writable: false, reason: 'completed' }],
    [
      'completed, last year over',
      { endDate: null, lastYear: 2025 },
      { writable: false, reason: 'completed' },
    ],
    ['completed, period still running', { endDate: '2027-01-01' }, { writable: true, reopened: false }],
    ['completed, ends today', { endDate: '2026-12-06' }, { writable: true, reopened: false }],
    [
      'completed, last year is this year',
      { endDate: null, lastYear: 2026 },
      { writable: true, reopened: false },
    ],
    ['active, period over, no successor', { status: 'active' }, { writable: true, reopened: false }],
    [
      'active, period over, superseded',
      { status: 'active', successors: ['Ny plan'] },
      { writable: false, reason: 'superseded' },
    ],
    [
      'superseded, period running',
      { status: 'active', successors: ['Ny plan'], endDate: '2030-01-01' },
      { writable: true, reopened: false },
    ],
    ['completed and reopened', { reopened: true }, { writable: true, reopened: true }],
    // A reopening only matters while the plan would otherwise be read-only.
    ['active and reopened', { status: 'active', reopened: true }, { writable: true, reopened: false }],
  ] as const)('%s', (_name, facts, expected) => {
    expect(planWriteState({ ...base, ...facts })).toEqual(expected);
  });
});
