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

describe('computeCoverage a page at a time', () => {
  /** A sector of 205 units (1 leader each) and a unit at the top: 207 rows. */
  const many: CoverageUnit[] = [
    { id: 1000, parentId: null, name: 'Alfa', leaderCount: null },
    ...Array.from({ length: 205 }, (_, i) => ({
      id: 1001 + i,
      parentId: 1000,
      name: `Enhet ${String(i + 1).padStart(3, '0')}`,
      leaderCount: 1,
    })),
    { id: 2000, parentId: null, name: 'Stab', leaderCount: 2 },
  ];
  const sessions = [held('2026-03-01', { 1001: 1, 1205: 1, 2000: 2 })];
  const page = (asked?: number) =>
    computeCoverage({
      units: many,
      sessions,
      leaderTopicId: DNS,
      topicId: DNS,
      today: '2026-11-23',
      years: 3,
      page: asked,
    });

  test('rows come 200 a page in tree order; totals, sector sums and the count of units not reached cover every unit', () => {
    const first = page(1);
    const second = page(2);
    expect(first.paging).toEqual({ total: 207, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(200);
    expect(first.rows[0]).toMatchObject({ name: 'Alfa', isGroup: true, leaderCount: 205, leadersTrained: 2 });
    expect(second.paging).toEqual({ total: 207, page: 2, pageCount: 2 });
    expect(second.rows.map((r) => r.name)).toEqual([
      'Enhet 200',
      'Enhet 201',
      'Enhet 202',
      'Enhet 203',
      'Enhet 204',
      'Enhet 205',
      'Stab',
    ]);
    expect(first.total).toEqual(second.total);
    expect(first.total).toMatchObject({ leaderCount: 207, leadersCovered: 4 });
    // The units not reached are those on the page; their number is for every page.
    expect(first.unreached).toHaveLength(199 - 1);
    expect(second.unreached.map((u) => u.path)).toEqual([
      'Alfa › Enhet 200',
      'Alfa › Enhet 201',
      'Alfa › Enhet 202',
      'Alfa › Enhet 203',
      'Alfa › Enhet 204',
    ]);
    expect(first.unreachedCount).toBe(205 - 2);
    expect(second.unreachedCount).toBe(205 - 2);
  });

  test('without a page every row comes, as the annual report reads it; a page past the end is the last', () => {
    const whole = page();
    expect(whole.paging).toEqual({ total: 207, page: 1, pageCount: 1 });
    expect(whole.rows).toHaveLength(207);
    expect(whole.unreached).toHaveLength(whole.unreachedCount);
    expect(page(7).paging.page).toBe(2);
  });
});
