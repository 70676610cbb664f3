import type { Equation, LinearSystem, Variable } from './table';

/** Several tables protected together: published numbers they share become one variable of one combined system. */

export interface LinkedSystem extends LinearSystem {
  /** `maps[t][i]` is the combined index of variable `i` of system `t`. */
  readonly maps: readonly (readonly number[])[];
}

/**
 * Joins systems; variables of different systems with the same `sharedKey` are the same published number and must
 * have the same value. A key names at most one variable per system.
 */
export function linkSystems(
  systems: readonly LinearSystem[],
  sharedKey: (system: number, variable: number) => string | undefined,
): LinkedSystem {
  const variables: Variable[] = [];
  const byKey = new Map<string, number>();
  const maps = systems.map((system, t) => {
    const ownKeys = new Set<string>();
    return system.variables.map((variable, i) => {
      const key = sharedKey(t, i);
      if (key === undefined) return variables.push(variable) - 1;
      if (ownKeys.has(key)) throw new RangeError(`Table ${t} has two numbers linked as "${key}"`);
      ownKeys.add(key);
      const existing = byKey.get(key);
      if (existing === undefined) {
        byKey.set(key, variables.length);
        return variables.push(variable) - 1;
      }
      if (variables[existing]?.value !== variable.value) {
        throw new RangeError(`Linked tables disagree on "${key}": ${variables[existing]?.value} and ${variable.value}`);
      }
      return existing;
    });
  });

  const equations: Equation[] = [];
  const seen = new Set<string>();
  systems.forEach((system, t) => {
    const map = maps[t] ?? [];
    for (const equation of system.equations) {
      const members = equation.members.map((i) => map[i] ?? -1);
      const total = map[equation.total] ?? -1;
      const key = `${[...members].sort((a, b) => a - b).join(',')}=${total}`;
      if (seen.has(key)) continue;
      seen.add(key);
      equations.push({ members, total });
    }
  });
  return { variables, equations, maps };
}
