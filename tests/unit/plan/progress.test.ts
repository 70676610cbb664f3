import { describe, expect, test } from 'vitest';
import { deadlineOf, effectiveStatus, isOverdue, summarize } from '../../../core/plan/progress';
import type { PlanStatus } from '../../../core/plan/labels';

const items = (...statuses: PlanStatus[]) => statuses.map((status) => ({ status }));

describe('summarize: planned against done', () => {
  test('planned leaves out cancelled items; every status is counted', () => {
    expect(summarize(2026, items('done', 'inProgress', 'notStarted', 'postponed', 'cancelled'))).toEqual({
      year: 2026,
      planned: 4,
      done: 1,
      inProgress: 1,
      notStarted: 1,
      postponed: 1,
      cancelled: 1,
      unfinished: 3,
      percentDone: 25,
    });
  });

  test('percent is rounded to whole numbers, halves up', () => {
    expect(summarize(2026, items('done', 'notStarted', 'notStarted')).percentDone).toBe(33);
    expect(summarize(2026, items('done', 'done', 'notStarted')).percentDone).toBe(67);
    expect(summarize(2026, items('done', ...Array<PlanStatus>(7).fill('notStarted'))).percentDone).toBe(13);
  });

  test('nothing planned gives no percent, also when everything was cancelled', () => {
    expect(summarize(2026, []).percentDone).toBeNull();
    expect(summarize(2026, items('cancelled', 'cancelled'))).toMatchObject({
      planned: 0,
      cancelled: 2,
      percentDone: null,
    });
    expect(summarize(2026, items('done', 'cancelled')).percentDone).toBe(100);
  });
});

describe('deadlineOf', () => {
  test('a due date, or the last day of the quarter, or none', () => {
    expect(deadlineOf({ year: 2026, dueDate: '2026-05-02', dueQuarter: null })).toBe('2026-05-02');
    expect([1, 2, 3, 4].map((q) => deadlineOf({ year: 2026, dueDate: null, dueQuarter: q }))).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
    expect(deadlineOf({ year: 2026, dueDate: null, dueQuarter: null })).toBeNull();
  });
});

describe('effectiveStatus', () => {
  const none = { campaignStatus: null, trainingStatus: null } as const;
  test('a completed campaign or held training counts as done, whatever was chosen', () => {
    expect(effectiveStatus('notStarted', { ...none, campaignStatus: 'completed' })).toEqual({
      status: 'done',
      doneBy: 'campaign',
    });
    expect(effectiveStatus('cancelled', { ...none, trainingStatus: 'held' })).toEqual({
      status: 'done',
      doneBy: 'training',
    });
    expect(effectiveStatus('inProgress', { ...none, campaignStatus: 'ongoing' })).toEqual({
      status: 'inProgress',
      doneBy: null,
    });
    expect(effectiveStatus('done', { ...none, trainingStatus: 'held' })).toEqual({ status: 'done', doneBy: null });
  });
});

describe('isOverdue', () => {
  const open = { status: 'inProgress' as const, deadline: '2026-06-15', copiedToYear: null };
  test('only open items past their deadline that have not been carried over', () => {
    expect(isOverdue(open, '2026-06-15')).toBe(false);
    expect(isOverdue(open, '2026-06-16')).toBe(true);
    expect(isOverdue({ ...open, status: 'postponed' }, '2027-01-01')).toBe(false);
    expect(isOverdue({ ...open, copiedToYear: 2027 }, '2027-01-01')).toBe(false);
    expect(isOverdue({ ...open, deadline: null }, '2030-01-01')).toBe(false);
  });
});
