import { describe, expect, test } from 'vitest';
import {
  type CoverageSession,
  type CoverageUnit,
  computeCoverage,
  coverageWindow,
} from '../../../core/trainings/coverage';

const DNS = 1;
const GAMBLING = 2;

const units: CoverageUnit[] = [
  { id: 1, parentId: null, name: 'Helse', leaderCount: null },
  { id: 2, parentId: 1, name: 'Hjemmetjenesten', leaderCount: 6 },
  { id: 3, parentId: 1, name: 'Sykehjemmet', leaderCount: 8 },
  { id: 4, parentId: 1, name: 'Legetjenesten', leaderCount: null },
  { id: 5, parentId: null, name: 'Stab', leaderCount: 2 },
];

let nextId = 1;
function held(
  date: string,
  leaders: Record<number, number>,
  topicId = DNS,
  status: CoverageSession['status'] = 'held',
): CoverageSession {
  return {
    id: nextId++,
    topicId,
    status,
    start: `${date}T09:00`,
    unitIds: [],
    participants: Object.entries(leaders).map(([unitId, count]) => ({
      unitId: Number(unitId),
      audience: 'leaders' as const,
      count,
    })),
  };
}

function report(sessions: CoverageSession[], today = '2026-11-23', years = 3, topicId = DNS) {
  const result = computeCoverage({ units, sessions, leaderTopicId: DNS, topicId, today, years });
  return { ...result, row: (id: number) => result.rows.find((r) => r.unitId === id)! };
}

describe('coverageWindow', () => {
  test('runs from the same date N years back to today, both included', () => {
    expect(coverageWindow('2026-11-23', 3)).toEqual({ from: '2023-11-23', to: '2026-11-23' });
    expect(coverageWindow('2028-02-29', 1)).toEqual({ from: '2027-02-28', to: '2028-02-29' });
    expect(coverageWindow('2028-02-29', 4)).toEqual({ from: '2024-02-29', to: '2028-02-29' });
  });
});

describe('computeCoverage at the window edges', () => {
  test('a session held exactly N years ago today counts; one held the day before does not', () => {
    expect(report([held('2023-11-23', { 2: 3 })]).row(2).leadersTrained).toBe(3);
    expect(report([held('2023-11-22', { 2: 3 })]).row(2).leadersTrained).toBe(0);
  });

  test('a session held today counts; anything after today does not', () => {
    expect(report([held('2026-11-23', { 2: 3 })]).row(2).leadersTrained).toBe(3);
    expect(report([held('2026-11-24', { 2: 3 })]).row(2).leadersTrained).toBe(0);
  });

  test('on 29 February the window starts on 28 February the year before', () => {
    expect(report([held('2027-02-28', { 2: 1 })], '2028-02-29', 1).row(2).leadersTrained).toBe(1);
    expect(report([held('2027-02-27', { 2: 1 })], '2028-02-29', 1).row(2).leadersTrained).toBe(0);
  });

  test('the window follows N', () => {
    const sessions = [held('2021-11-23', { 2: 2 })];
    expect(report(sessions, '2026-11-23', 5).row(2).leadersTrained).toBe(2);
    expect(report(sessions, '2026-11-23', 4).row(2).leadersTrained).toBe(0);
  });
});

describe('computeCoverage arithmetic', () => {
  test('the percentage is capped at the leader count of each unit, the raw count is shown, and it rounds down', () => {
    const { row } = report([held('2026-01-10', { 2: 9, 3: 5 })]);
    expect(row(2)).toMatchObject({ leaderCount: 6, leadersTrained: 9, leadersCovered: 6, leaderPercent: 100 });
    expect(row(3)).toMatchObject({ leaderCount: 8, leadersTrained: 5, leadersCovered: 5, leaderPercent: 63 });
  });

  test('a sector adds up its units: an over-trained unit does not hide an untrained one; unknown leader counts add to the raw count only', () => {
    const { row, total } = report([held('2026-01-10', { 1: 1, 2: 9, 4: 2 })]);
    expect(row(1)).toMatchObject({
      isGroup: true,
      leaderCount: 14,
      leadersTrained: 12,
      leadersCovered: 6,
      leaderPercent: 43,
    });
    expect(row(4)).toMatchObject({ leaderCount: null, leadersTrained: 2, leadersCovered: 0, leaderPercent: null });
    expect(total).toMatchObject({ leaderCount: 16, leadersTrained: 12, leadersCovered: 6, leaderPercent: 38 });
  });

  test('only held sessions of the leader topic and only the leaders audience count', () => {
    const other = held('2026-01-10', { 2: 4 }, GAMBLING);
    const planned = held('2026-01-10', { 2: 4 }, DNS, 'planned');
    const cancelled = held('2026-01-10', { 2: 4 }, DNS, 'cancelled');
    const employees: CoverageSession = {
      ...held('2026-01-10', {}),
      participants: [{ unitId: 2, audience: 'employees', count: 30 }],
    };
    expect(report([other, planned, cancelled, employees]).row(2)).toMatchObject({
      leadersTrained: 0,
      leaderPercent: 0,
    });
  });

  test('no leaders registered gives no percentage rather than a division by zero', () => {
    const zero = computeCoverage({
      units: [{ id: 9, parentId: null, name: 'Ny', leaderCount: 0 }],
      sessions: [],
      leaderTopicId: DNS,
      topicId: DNS,
      today: '2026-11-23',
      years: 3,
    });
    expect(zero.rows[0]).toMatchObject({ leaderCount: 0, leaderPercent: null });
  });
});

describe('computeCoverage reach of a chosen topic', () => {
  test('lists the units without units below them that the topic has not reached, with the next planned session', () => {
    const gambling = held('2026-05-05', { 3: 2 }, GAMBLING);
    const invitedSector: CoverageSession = { ...held('2027-01-12', {}, GAMBLING, 'planned'), unitIds: [1] };
    const openToAll: CoverageSession = { ...held('2027-03-02', {}, GAMBLING, 'planned'), unitIds: [] };
    const { row, unreached } = report([gambling, invitedSector, openToAll], '2026-11-23', 3, GAMBLING);
    expect(row(3)).toMatchObject({ topicSessions: 1, topicParticipants: 2, lastHeld: '2026-05-05' });
    expect(row(1)).toMatchObject({ topicSessions: 1, topicParticipants: 2, nextPlanned: '2027-01-12' });
    expect(unreached).toEqual([
      { unitId: 2, path: 'Helse › Hjemmetjenesten', nextPlanned: '2027-01-12' },
      { unitId: 4, path: 'Helse › Legetjenesten', nextPlanned: '2027-01-12' },
      { unitId: 5, path: 'Stab', nextPlanned: '2027-03-02' },
    ]);
  });

  test('a session with counts of zero does not reach a unit', () => {
    const { unreached } = report([held('2026-05-05', { 2: 0 })]);
    expect(unreached.map((u) => u.unitId)).toContain(2);
  });
});
