import loadHighs, { type Highs } from 'highs';
import { buildTable, type LinearSystem, type TableInput } from './table';

/**
 * Independent check of a suppression pattern (it shares nothing with the suppression but the table model).
 * A primary passes only when the audit holds two fillings of the hidden cells that agree with everything published,
 * one where the cell is at least k and one where it is 0. HiGHS proposes the fillings; each is checked here by
 * substitution before it counts.
 */

export interface AuditFailure {
  /** Index of the failing variable in the system. */
  readonly cell: number;
  readonly label: string;
  /** Norwegian, for the user. */
  readonly reason: string;
}

export type AuditResult = { readonly ok: true } | { readonly ok: false; readonly failures: readonly AuditFailure[] };

let runtime: Promise<Highs> | undefined;

function loadAuditSolver(): Promise<Highs> {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

const TOLERANCE = 1e-6;

/** An equation with the published numbers moved to the right-hand side: Σ coefficient·x = rhs over hidden cells. */
interface Constraint {
  readonly terms: ReadonlyMap<number, number>;
  readonly rhs: number;
}

function hiddenConstraints(system: LinearSystem, hidden: ReadonlySet<number>): Constraint[] {
  const constraints: Constraint[] = [];
  for (const equation of system.equations) {
    const terms = new Map<number, number>();
    let rhs = 0;
    const add = (j: number, coefficient: number): void => {
      if (hidden.has(j)) terms.set(j, (terms.get(j) ?? 0) + coefficient);
      else rhs -= coefficient * (system.variables[j]?.value ?? 0);
    };
    equation.members.forEach((j) => add(j, 1));
    add(equation.total, -1);
    if (terms.size > 0) constraints.push({ terms, rhs });
  }
  return constraints;
}

type Solution = ReadonlyMap<number, number>;

function satisfies(solution: Solution, constraints: readonly Constraint[]): boolean {
  for (const x of solution.values()) if (!(x >= -TOLERANCE)) return false;
  return constraints.every(({ terms, rhs }) => {
    let sum = 0;
    for (const [j, coefficient] of terms) sum += coefficient * (solution.get(j) ?? Number.NaN);
    return Math.abs(sum - rhs) <= TOLERANCE * (1 + Math.abs(rhs));
  });
}

function linearSum(terms: Iterable<[string, number]>): string {
  const parts: string[] = [];
  for (const [name, coefficient] of terms) {
    const sign = coefficient < 0 ? '-' : '+';
    const size = Math.abs(coefficient);
    parts.push(`${sign} ${size === 1 ? '' : `${size} `}${name}`);
  }
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 16) lines.push(parts.slice(i, i + 16).join(' '));
  return lines.join('\n  ');
}

/** The attacker's linear programs over the hidden cells, written in CPLEX LP format for HiGHS. */
class Attacker {
  private readonly body: string;

  constructor(
    private readonly highs: Highs,
    private readonly hidden: readonly number[],
    constraints: readonly Constraint[],
  ) {
    this.body = constraints
      .map(({ terms, rhs }, i) => ` e${i}: ${linearSum([...terms].map(([j, c]) => [`x${j}`, c]))} = ${rhs}`)
      .join('\n');
  }

  /** A solution with Σ min(x_q, k) over `targets` as large as possible. */
  raiseTogether(targets: readonly number[], k: number): Solution | undefined {
    const caps = targets.map((q) => ` c${q}: y${q} - x${q} <= 0`).join('\n');
    const bounds = targets.map((q) => ` y${q} <= ${k}`).join('\n');
    return this.solve('Maximize', targets.map((q) => [`y${q}`, 1]), caps, bounds);
  }

  /** A solution with Σ x_q over `targets` as small as possible. */
  lowerTogether(targets: readonly number[]): Solution | undefined {
    return this.solve('Minimize', targets.map((q) => [`x${q}`, 1]), '', '');
  }

  /** A solution with x_q as large as possible up to `cap`. */
  highest(q: number, cap: number): Solution | undefined {
    return this.solve('Maximize', [[`x${q}`, 1]], '', ` x${q} <= ${cap}`);
  }

  /** A solution with x_q as small as possible. */
  lowest(q: number): Solution | undefined {
    return this.solve('Minimize', [[`x${q}`, 1]], '', '');
  }

  private solve(sense: string, objective: Array<[string, number]>, extraRows: string, bounds: string): Solution | undefined {
    const lp = [sense, ` obj: ${linearSum(objective)}`, 'Subject To', this.body, extraRows, 'Bounds', bounds, 'End'].join('\n');
    const result = this.highs.solve(lp, { output_flag: false });
    if (result.Status !== 'Optimal') return undefined;
    const solution = new Map<number, number>();
    for (const j of this.hidden) {
      const column = result.Columns[`x${j}`];
      solution.set(j, column && 'Primal' in column ? column.Primal : 0);
    }
    return solution;
  }
}

function formatNumber(x: number): string {
  return (Math.round(x * 100) / 100).toString().replace('.', ',');
}

function reasonFor(label: string, k: number, lowest: number | undefined, highest: number | undefined): string {
  const cell = `Tallet i cellen (${label})`;
  if (lowest === undefined || highest === undefined) return `${cell} kunne ikke kontrolleres.`;
  if (highest - lowest <= TOLERANCE) return `${cell} kan regnes ut fra de publiserte tallene.`;
  const range = highest < k - TOLERANCE ? `mellom ${formatNumber(lowest)} og ${formatNumber(highest)}` : `minst ${formatNumber(lowest)}`;
  return `${cell} kan anslås for nøyaktig ut fra de publiserte tallene: det må være ${range}.`;
}

/** Checks that every primary (1 to k-1) is suppressed and can be anything from 0 to at least k given the published numbers. */
export async function auditSystem(system: LinearSystem, k: number, suppressed: Iterable<number>): Promise<AuditResult> {
  const n = system.variables.length;
  const hidden = new Set(suppressed);
  for (const j of hidden) if (!Number.isInteger(j) || j < 0 || j >= n) throw new RangeError(`No variable ${j} in the table`);
  const failures: AuditFailure[] = [];
  const label = (j: number): string => system.variables[j]?.label ?? `${j}`;
  const primaries: number[] = [];
  system.variables.forEach(({ value }, j) => {
    if (value < 1 || value >= k) return;
    if (hidden.has(j)) primaries.push(j);
    else failures.push({ cell: j, label: label(j), reason: `Tallet i cellen (${label(j)}) er under ${k} og må skjermes.` });
  });

  if (primaries.length > 0) {
    const constraints = hiddenConstraints(system, hidden);
    const attacker = new Attacker(await loadAuditSolver(), [...hidden].sort((a, b) => a - b), constraints);
    const reachesK = new Set<number>();
    const reachesZero = new Set<number>();
    const learn = (solution: Solution | undefined): void => {
      if (!solution || !satisfies(solution, constraints)) return;
      for (const q of primaries) {
        const x = solution.get(q) ?? Number.NaN;
        if (x >= k - TOLERANCE) reachesK.add(q);
        if (Math.abs(x) <= TOLERANCE) reachesZero.add(q);
      }
    };
    const pending = (proven: ReadonlySet<number>): number[] => primaries.filter((q) => !proven.has(q));

    for (let before = -1; reachesK.size > before && pending(reachesK).length > 0; ) {
      before = reachesK.size;
      learn(attacker.raiseTogether(pending(reachesK), k));
    }
    for (let before = -1; reachesZero.size > before && pending(reachesZero).length > 0; ) {
      before = reachesZero.size;
      learn(attacker.lowerTogether(pending(reachesZero)));
    }
    for (const q of primaries) {
      if (!reachesK.has(q)) learn(attacker.highest(q, k));
      if (!reachesZero.has(q)) learn(attacker.lowest(q));
      if (reachesK.has(q) && reachesZero.has(q)) continue;
      const lowest = attacker.lowest(q)?.get(q);
      const highest = attacker.highest(q, k)?.get(q);
      failures.push({ cell: q, label: label(q), reason: reasonFor(label(q), k, lowest, highest) });
    }
  }

  failures.sort((a, b) => a.cell - b.cell);
  return failures.length === 0 ? { ok: true } : { ok: false, failures };
}

/** Audits a suppression pattern given as indexes of the variables of `buildTable(table)`. */
export async function auditTable(table: TableInput, k: number, suppressed: Iterable<number>): Promise<AuditResult> {
  return auditSystem(buildTable(table), k, suppressed);
}
