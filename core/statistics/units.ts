import type { AppContext } from '../context';
import { treeOrder } from '../units/tree';
import { listUnits } from '../units/service';

/** A unit as statistics sees it: where it sits, and whether it takes numbers. */
export interface StatisticsUnit {
  id: number;
  name: string;
  path: string;
  archived: boolean;
  /** The top unit above it (its sector); null for a top unit. */
  sectorId: number | null;
  sectorName: string | null;
  /** Active and without active units below: numbers are entered here. Units above are sums. */
  takesNumbers: boolean;
}

/** Every unit, archived ones included, in tree order (each sector followed by the units below it). */
export function statisticsUnits(ctx: AppContext): StatisticsUnit[] {
  const all = listUnits(ctx, true);
  const withActiveChildren = new Set(all.filter((u) => !u.archived).map((u) => u.parentId));
  let sector: { id: number; name: string } = { id: 0, name: '' };
  return treeOrder(all).map(({ unit, depth, path }) => {
    if (depth === 0) sector = { id: unit.id, name: unit.name };
    return {
      id: unit.id,
      name: unit.name,
      path: path.join(' › '),
      archived: unit.archived,
      sectorId: depth === 0 ? null : sector.id,
      sectorName: depth === 0 ? null : sector.name,
      takesNumbers: !unit.archived && !withActiveChildren.has(unit.id),
    };
  });
}
