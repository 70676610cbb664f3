import { treeOrder } from '../units/tree';
import { addYears } from '../validation/dates';
import { datePart } from '../validation/dateTime';
import type { Audience, CoverageFigures, CoverageReport, CoverageRow, TrainingStatus } from './types';
import { pageOf, wholeList } from '../paging';
import { percentOf } from '../percent';

/**
 * The days whose held sessions count, both edges included: from the same date `years` back (29 February
 * becomes 28 February) up to and including today. A session held exactly `years` years ago today counts;
 * one held the day before does not.
 */
export function coverageWindow(today: string, years: number): { from: string; to: string } {
  return { from: addYears(today, -years), to: today };
}

export interface CoverageUnit {
  id: number;
  parentId: number | null;
  name: string;
  leaderCount: number | null;
}

export interface CoverageSession {
  id: number;
  topicId: number;
  status: TrainingStatus;
  start: string;
  /** Units invited; none means open to every unit. */
  unitIds: number[];
  participants: { unitId: number; audience: Audience; count: number }[];
}

export interface CoverageInput {
  /** Active units only. */
  units: CoverageUnit[];
  sessions: CoverageSession[];
  leaderTopicId: number;
  topicId: number;
  today: string;
  years: number;
  /** A page (from 1) of `LIST_PAGE_SIZE` rows in tree order; left out, every row (the annual report). */
  page?: number;
}

type Report = Pick<CoverageReport, 'from' | 'to' | 'rows' | 'paging' | 'total' | 'unreached' | 'unreachedCount'>;

/** Leaders trained in the leader topic, and the reach of the chosen topic, per unit; groups add up the units below. */
export function computeCoverage(input: CoverageInput): Report {
  const { from, to } = coverageWindow(input.today, input.years);
  const held = input.sessions.filter(
    (s) => s.status === 'held' && from <= datePart(s.start) && datePart(s.start) <= to,
  );
  const leaderSessions = held.filter((s) => s.topicId === input.leaderTopicId);
  const topicSessions = held.filter((s) => s.topicId === input.topicId);
  const upcoming = input.sessions
    .filter((s) => s.status === 'planned' && s.topicId === input.topicId && datePart(s.start) >= input.today)
    .sort((a, b) => a.start.localeCompare(b.start));
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const entries = treeOrder(input.units);
  const subtree = new Map<number, Set<number>>();
  for (const entry of [...entries].reverse()) {
    subtree.set(entry.unit.id, new Set([entry.unit.id, ...entry.childIds.flatMap((c) => [...(subtree.get(c) ?? [])])]));
  }
  const ancestors = (id: number): number[] => {
    const chain: number[] = [];
    for (let p = byId.get(id)?.parentId ?? null; p !== null && !chain.includes(p); p = byId.get(p)?.parentId ?? null)
      chain.push(p);
    return chain;
  };

  // Summed once per unit, so each row adds up its units instead of walking every session again.
  const leadersTrainedIn = new Map<number, number>();
  for (const p of leaderSessions.flatMap((s) => s.participants)) {
    if (p.audience === 'leaders') leadersTrainedIn.set(p.unitId, (leadersTrainedIn.get(p.unitId) ?? 0) + p.count);
  }
  const topicCountIn = new Map<number, number>();
  const reachingIn = new Map<number, CoverageSession[]>();
  for (const session of topicSessions) {
    for (const p of session.participants) {
      topicCountIn.set(p.unitId, (topicCountIn.get(p.unitId) ?? 0) + p.count);
      if (p.count === 0) continue;
      const reached = reachingIn.get(p.unitId);
      if (!reached) reachingIn.set(p.unitId, [session]);
      else if (reached.at(-1) !== session) reached.push(session);
    }
  }

  const figures = (ids: Set<number>, invitedBy: Set<number>): CoverageFigures => {
    let leaderCount: number | null = null;
    let leadersTrained = 0;
    let leadersCovered = 0;
    let topicParticipants = 0;
    const reaching = new Set<CoverageSession>();
    for (const id of ids) {
      const trained = leadersTrainedIn.get(id) ?? 0;
      const known = byId.get(id)?.leaderCount ?? null;
      leadersTrained += trained;
      if (known !== null) {
        leaderCount = (leaderCount ?? 0) + known;
        leadersCovered += Math.min(trained, known);
      }
      topicParticipants += topicCountIn.get(id) ?? 0;
      for (const session of reachingIn.get(id) ?? []) reaching.add(session);
    }
    const next = upcoming.find((s) => s.unitIds.length === 0 || s.unitIds.some((u) => invitedBy.has(u)));
    return {
      leaderCount,
      leadersTrained,
      leadersCovered,
      leaderPercent: percentOf(leadersCovered, leaderCount),
      topicParticipants,
      topicSessions: reaching.size,
      lastHeld:
        [...reaching]
          .map((s) => datePart(s.start))
          .sort()
          .at(-1) ?? null,
      nextPlanned: next ? datePart(next.start) : null,
    };
  };

  const rows: CoverageRow[] = entries.map(({ unit, depth, path, childIds }) => {
    const ids = subtree.get(unit.id) ?? new Set([unit.id]);
    // A unit is invited when it, a unit above it, or a unit below it is invited.
    const invitedBy = new Set([...ids, ...ancestors(unit.id)]);
    return {
      unitId: unit.id,
      name: unit.name,
      path: path.join(' › '),
      depth,
      isGroup: childIds.length > 0,
      ...figures(ids, invitedBy),
    };
  });
  const everyone = new Set(input.units.map((u) => u.id));
  const unreached = rows.filter((r) => !r.isGroup && r.topicSessions === 0);
  const cut = input.page === undefined ? null : pageOf(rows.length, input.page);
  const shown = cut ? rows.slice(cut.offset, cut.offset + cut.limit) : rows;
  const onPage = new Set(shown.map((r) => r.unitId));
  return {
    from,
    to,
    rows: shown,
    paging: cut ? { total: cut.total, page: cut.page, pageCount: cut.pageCount } : wholeList(rows.length),
    total: figures(everyone, everyone),
    unreached: unreached
      .filter((r) => onPage.has(r.unitId))
      .map((r) => ({ unitId: r.unitId, path: r.path, nextPlanned: r.nextPlanned })),
    unreachedCount: unreached.length,
  };
}
