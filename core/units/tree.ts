import { compareNames } from '../names';
export interface TreeUnit {
  id: number;
  parentId: number | null;
  name: string;
}

export interface TreeEntry<T extends TreeUnit> {
  unit: T;
  depth: number;
  /** Names from the top unit down to this one. */
  path: string[];
  /** Ids of the units directly under this one (within the given list). */
  childIds: number[];
}

const byName = (a: TreeUnit, b: TreeUnit) => compareNames(a.name, b.name);

/** Children per parent; a unit whose parent is not in the list is treated as a top unit. */
function childrenOf<T extends TreeUnit>(units: T[]): Map<number | null, T[]> {
  const ids = new Set(units.map((u) => u.id));
  const map = new Map<number | null, T[]>();
  for (const unit of units) {
    const key = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    map.set(key, [...(map.get(key) ?? []), unit]);
  }
  for (const list of map.values()) list.sort(byName);
  return map;
}

/** Depth-first, each unit right after its parent, siblings by name. */
export function treeOrder<T extends TreeUnit>(units: T[]): TreeEntry<T>[] {
  const children = childrenOf(units);
  const visited = new Set<number>();
  const entries: TreeEntry<T>[] = [];
  const visit = (unit: T, depth: number, path: string[]) => {
    if (visited.has(unit.id)) return;
    visited.add(unit.id);
    const below = children.get(unit.id) ?? [];
    entries.push({ unit, depth, path: [...path, unit.name], childIds: below.map((c) => c.id) });
    for (const child of below) visit(child, depth + 1, [...path, unit.name]);
  };
  for (const top of children.get(null) ?? []) visit(top, 0, []);
  return entries;
}

/** Every unit below `id`, at any depth (not `id` itself), in tree order. */
export function descendantIds(units: TreeUnit[], id: number): number[] {
  const children = childrenOf(units);
  const found: number[] = [];
  const visit = (parentId: number) => {
    for (const child of children.get(parentId) ?? []) {
      if (child.id === id || found.includes(child.id)) continue;
      found.push(child.id);
      visit(child.id);
    }
  };
  visit(id);
  return found;
}

/** Per unit: its own value plus the values of every unit below it (one pass up the tree). */
export function subtreeTotals(units: TreeUnit[], own: (id: number) => number): Map<number, number> {
  const totals = new Map<number, number>();
  for (const { unit, childIds } of treeOrder(units).reverse())
    totals.set(
      unit.id,
      childIds.reduce((sum, id) => sum + (totals.get(id) ?? 0), own(unit.id)),
    );
  // Units the tree never reaches (a loop of parents, which the rules refuse) are summed the long way.
  for (const unit of units) {
    if (totals.has(unit.id)) continue;
    totals.set(
      unit.id,
      [unit.id, ...descendantIds(units, unit.id)].reduce((sum, id) => sum + own(id), 0),
    );
  }
  return totals;
}
