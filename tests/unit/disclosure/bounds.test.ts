import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve, type Constraint } from 'yalps';
import { BoundsPropagator } from '../../../core/disclosure/bounds';
import { buildTable, equationTerms, variableAt, type LinearSystem } from '../../../core/disclosure/table';
import { randomTable } from './helpers';

/** The range of each number by linear programming (yalps, not the engine's solver): fixed numbers at their values, the others ≥ 0. */
function ranges(system: LinearSystem, fixed: readonly boolean[]): { min: number; max: number }[] {
  const values = system.variables.map((v) => v.value);
  const constraints = new Map<string, Constraint>();
  const columns = new Map<string, Map<string, number>>();
  system.equations.forEach((equation, e) => {
    let rhs = 0;
    for (const [j, a] of equationTerms(equation)) {
      if (fixed[j]) rhs -= a * (values[j] ?? 0);
      else {
        const column = columns.get(`x${j}`) ?? new Map<string, number>();
        column.set(`e${e}`, (column.get(`e${e}`) ?? 0) + a);
        columns.set(`x${j}`, column);
      }
    }
    constraints.set(`e${e}`, { equal: rhs });
  });
  const extreme = (j: number, direction: 'minimize' | 'maximize'): number => {
    if (fixed[j]) return values[j] ?? 0;
    const variables = new Map(columns);
    variables.set(`x${j}`, new Map([...(columns.get(`x${j}`) ?? []), ['goal', 1]]));
    const solution = solve({ direction, objective: 'goal', constraints, variables });
    if (solution.status === 'unbounded') return direction === 'maximize' ? Infinity : -Infinity;
    if (solution.status !== 'optimal') throw new Error(`yalps: ${solution.status}`);
    return solution.result;
  };
  return values.map((_, j) => ({ min: extreme(j, 'minimize'), max: extreme(j, 'maximize') }));
}

describe('the equations’ bounds (BoundsPropagator) hold for every solution', () => {
  it('random tables with sectors and a random set of fixed numbers: every bound contains the range found by yalps', () => {
    fc.assert(
      fc.property(
        randomTable(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 5 })).chain(({ table }) => {
          const model = buildTable(table);
          return fc.record({
            model: fc.constant(model),
            fixed: fc.array(fc.boolean(), { minLength: model.variables.length, maxLength: model.variables.length }),
          });
        }),
        ({ model, fixed }) => {
          const values = model.variables.map((v) => v.value);
          const { lower, upper } = new BoundsPropagator(values, model.equations.map(equationTerms)).bounds(fixed);
          ranges(model, fixed).forEach(({ min, max }, j) => {
            expect(lower[j], `lower ${model.variables[j]?.label}`).toBeLessThanOrEqual(min + 1e-6);
            expect(upper[j], `upper ${model.variables[j]?.label}`).toBeGreaterThanOrEqual(max - 1e-6);
            expect(lower[j]).toBeLessThanOrEqual(values[j]! + 1e-9);
            expect(upper[j]).toBeGreaterThanOrEqual(values[j]! - 1e-9);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bounds narrow through equations one after the other: the columns fix both cells, then the row fixes its total', () => {
    // [[1, 2], [0, 0]]: the first row's cells and its total hidden, everything else published.
    const model = buildTable({
      cells: [
        [1, 2],
        [0, 0],
      ],
    });
    const leaf = (index: number) => ({ kind: 'leaf' as const, index });
    const hidden = [variableAt(model, leaf(0), leaf(0)), variableAt(model, leaf(0), leaf(1))];
    const rowTotal = variableAt(model, leaf(0), { kind: 'total' });
    const fixed = model.variables.map((_, j) => ![...hidden, rowTotal].includes(j));
    const values = model.variables.map((v) => v.value);
    const { lower, upper } = new BoundsPropagator(values, model.equations.map(equationTerms)).bounds(fixed);
    expect(hidden.map((j) => [lower[j], upper[j]])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect([lower[rowTotal], upper[rowTotal]]).toEqual([3, 3]);
    // Nothing fixed: a number is only known to be at least 0.
    const free = new BoundsPropagator(values, model.equations.map(equationTerms)).bounds(
      model.variables.map(() => false),
    );
    expect([...free.lower].every((x) => x === 0) && [...free.upper].every((x) => x === Infinity)).toBe(true);
  });
});
