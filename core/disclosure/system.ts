import { auditSystem } from './audit';
import { DisclosureError } from './errors';
import { present } from './present';
import {
  checkThreshold,
  type PublishInput,
  type PublishOptions,
  type PublishedTable,
  type PublishedValue,
} from './publish';
import { protectInParts } from './split';
import { protectWithProofs, type Protection } from './suppress';
import { solveElsewhere } from './workers';
import {
  buildTable,
  equationVariables,
  variableAt,
  type AxisRef,
  type Equation,
  type LinearSystem,
  type TableModel,
  type Variable,
} from './table';

/**
 * Every table of one publication protected as one system (DISCLOSURE.md, requirement 5, extended for relations):
 * each table's own sums, plus relations that real counts obey between numbers of different tables, e.g.
 * "active at the end of K2 = active at the end of K1 + new − ended" (issue #11). An attacker who knows the relations
 * can combine them with the published numbers, so the suppression and the audit both solve over them.
 *
 * Some tables may be frozen: numbers published earlier (last year's year-end counts that this year's K1 is tied
 * to). What was published then is known, what was hidden then stays hidden, and nothing in them changes now; a
 * hidden count below k there must still not become computable from this year's numbers.
 *
 * A relation takes part only when every number in it was reported and the numbers obey it: an attacker can only
 * use a relation that holds, and entry warns the committee about numbers that break it.
 *
 * The system is protected component by component; a large component (a view of many units in sectors) part by part
 * (split.ts). The audit checks the whole system at once, given the suppression's proofs as fillings to check.
 */

/** A published number of one of the tables. */
export interface CellRef {
  readonly table: number;
  readonly row: AxisRef;
  readonly col: AxisRef;
}

/** `total = Σ plus − Σ minus` over numbers of the tables. */
export interface Relation {
  readonly total: CellRef;
  readonly plus: readonly CellRef[];
  readonly minus: readonly CellRef[];
}

/** Which numbers of a frozen table were hidden (`null`) when it was published, in the table's own layout. */
export type PublishedPattern = Pick<PublishedTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal' | 'groups'>;

export interface SystemTable extends PublishInput {
  readonly frozen?: PublishedPattern;
}

export interface SystemInput {
  readonly tables: readonly SystemTable[];
  readonly relations?: readonly Relation[];
}

function patternValue(pattern: PublishedPattern, row: AxisRef, col: AxisRef): PublishedValue | undefined {
  const line =
    row.kind === 'leaf'
      ? { cells: pattern.cells[row.index], total: pattern.rowTotals[row.index] }
      : row.kind === 'group'
        ? pattern.groups?.[row.index]
        : { cells: pattern.colTotals, total: pattern.grandTotal };
  return col.kind === 'leaf' ? line?.cells?.[col.index] : line?.total;
}

interface Combined extends LinearSystem {
  readonly models: readonly TableModel[];
  readonly offsets: readonly number[];
  /** Sector subtotals and totals over the rows: what ties the units together (see split.ts). */
  readonly margin: readonly boolean[];
}

function combine({ tables, relations = [] }: SystemInput): Combined {
  const models = tables.map((table) => buildTable(table));
  const offsets: number[] = [];
  const variables: Variable[] = [];
  const equations: Equation[] = [];
  models.forEach((model, t) => {
    const offset = variables.length;
    offsets.push(offset);
    const frozen = tables[t]?.frozen;
    for (const variable of model.variables) {
      if (!frozen || variable.absent) variables.push(variable);
      else
        variables.push({
          ...variable,
          frozen: patternValue(frozen, variable.row, variable.col) === null ? 'hidden' : 'published',
        });
    }
    for (const { members, total } of model.equations)
      equations.push({ members: members.map((j) => j + offset), total: total + offset });
  });
  const indexOf = ({ table, row, col }: CellRef): number => {
    const model = models[table];
    const j = model ? variableAt(model, row, col) : -1;
    return j < 0 ? -1 : j + (offsets[table] ?? 0);
  };
  for (const relation of relations) {
    const total = indexOf(relation.total);
    const plus = relation.plus.map(indexOf);
    const minus = relation.minus.map(indexOf);
    const all = [total, ...plus, ...minus];
    if (all.some((j) => j < 0 || variables[j]?.absent)) continue;
    const value = (j: number): number => variables[j]?.value ?? 0;
    if (plus.reduce((sum, j) => sum + value(j), 0) - minus.reduce((sum, j) => sum + value(j), 0) !== value(total))
      continue;
    equations.push({ members: plus, minus, total });
  }
  const margin = models.flatMap((model) => model.variables.map((v) => v.row.kind !== 'leaf'));
  return { variables, equations, models, offsets, margin };
}

/** Groups of variables that share no equation, each protected on its own (same pattern, much smaller programs). */
function components(system: LinearSystem): number[][] {
  const parent = system.variables.map((_, j) => j);
  const find = (j: number): number => {
    while (parent[j] !== j) j = parent[j] = parent[parent[j] ?? j] ?? j;
    return j;
  };
  for (const equation of system.equations) {
    const [first, ...rest] = equationVariables(equation);
    for (const j of rest) parent[find(j)] = find(first ?? j);
  }
  const groups = new Map<number, number[]>();
  system.variables.forEach((_, j) => {
    const root = find(j);
    const group = groups.get(root);
    if (group) group.push(j);
    else groups.set(root, [j]);
  });
  return [...groups.values()];
}

function subsystem(system: LinearSystem, members: readonly number[]): LinearSystem {
  const local = new Map(members.map((j, i) => [j, i]));
  const at = (j: number): number => local.get(j) ?? -1;
  return {
    variables: members.map((j) => system.variables[j]!),
    equations: system.equations
      .filter((equation) => local.has(equation.total))
      .map((equation) => ({
        members: equation.members.map(at),
        total: at(equation.total),
        ...(equation.minus ? { minus: equation.minus.map(at) } : {}),
      })),
  };
}

/**
 * From this many numbers on, a component is protected part by part (split.ts): as safe, hiding a little more, and
 * many times faster; smaller ones are solved at once, as fast either way.
 */
const SPLIT_FROM = 1000;

/**
 * Keeps protected components by their exact input (`key`), so that a component two views share (last year's
 * counts tied by relations, in last year's own view and at this year's year boundary) is solved once.
 */
export type ComponentMemory = (key: string, protect: () => Promise<Protection>) => Promise<Protection>;

export interface SystemOptions extends PublishOptions {
  readonly memory?: ComponentMemory;
}

/** A component's exact input: its numbers (value, level, label, absent, frozen) and equations, and k. */
function componentKey(part: LinearSystem, k: number): string {
  return JSON.stringify({
    k,
    variables: part.variables.map((v) => [v.value, v.level, v.label, v.absent ?? false, v.frozen ?? '']),
    equations: part.equations,
  });
}

/**
 * Suppression pattern of the combined system, component by component, with the solutions that prove it. With a
 * component large enough to be split, the others are protected on worker threads meanwhile (core/disclosure/
 * workers.ts); their results are the same as protected here.
 */
async function protectCombined(system: Combined, k: number, memory?: ComponentMemory): Promise<Protection> {
  const pattern = new Set<number>();
  const solutions: Float64Array[] = [];
  const values = system.variables.map((v) => v.value);
  const groups = components(system);
  const split = groups.some((members) => members.length >= SPLIT_FROM);
  const protections = groups.map((members) => {
    const part = subsystem(system, members);
    const protect = (): Promise<Protection> =>
      members.length >= SPLIT_FROM
        ? protectInParts(
            part,
            members.map((j) => system.margin[j] ?? false),
            k,
          )
        : split
          ? solveElsewhere({ system: part, k, carry: [] }).then((r) => ({
              pattern: new Set(r.pattern),
              solutions: r.solutions,
            }))
          : protectWithProofs(part, { k });
    return memory ? memory(componentKey(part, k), protect) : protect();
  });
  const found = await Promise.all(protections);
  groups.forEach((members, c) => {
    const { pattern: hidden, solutions: proofs } = found[c]!;
    for (const i of hidden) pattern.add(members[i] ?? -1);
    for (const x of proofs) {
      const whole = Float64Array.from(values);
      members.forEach((j, i) => (whole[j] = x[i] ?? Number.NaN));
      solutions.push(whole);
    }
  });
  return { pattern, solutions };
}

/**
 * Protects the tables as one system and audits it as one (the audit does not split it, and audits components
 * taken from `memory` with the rest, from their proofs); throws `DisclosureError` if the audit fails. Returns every
 * table as it may be shown, frozen ones included; same input, same pattern.
 */
export async function publishSystem(input: SystemInput, options: SystemOptions): Promise<PublishedTable[]> {
  checkThreshold(options.k);
  const system = combine(input);
  const { pattern, solutions } = await protectCombined(system, options.k, options.memory);
  const audit = await auditSystem(system, options.k, pattern, solutions);
  if (!audit.ok) throw new DisclosureError(audit.failures);
  return input.tables.map((table, t) => {
    const offset = system.offsets[t] ?? 0;
    return present(table, system.models[t]!, options.k, (j) => pattern.has(j + offset));
  });
}

/** The combined system, for tests and benchmarks that attack or audit it directly. */
export function combinedSystem(
  input: SystemInput,
): LinearSystem & { readonly offsets: readonly number[]; readonly margin: readonly boolean[] } {
  return combine(input);
}
