import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { PublishedTable, PublishedValue } from '../../../core/disclosure/publish';
import type { AxisRef, TableInput, TableModel } from '../../../core/disclosure/table';
import { publishedBlocks, type AttackedTable, type CellKey } from './attacker';

export interface FixtureExample {
  readonly name: string;
  readonly k: number;
  readonly inner: number[][];
  readonly badPattern?: Array<[number, number]>;
  readonly groups?: Array<{ name: string; rows: number[] }>;
}

export function loadFixtures(): FixtureExample[] {
  // The project's shared folder beside the checkout is the source of truth; tests/fixtures holds a copy for clones without it.
  const shared = path.resolve(__dirname, '../../../../shared/fixtures/disclosure-examples.json');
  const file = existsSync(shared) ? shared : path.resolve(__dirname, '../../fixtures/disclosure-examples.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { examples: FixtureExample[] }).examples;
}

export function fixtureTable(example: FixtureExample): TableInput {
  const { groups } = example;
  if (!groups) return { cells: example.inner };
  return {
    cells: example.inner,
    parents: example.inner.map((_, r) => {
      const g = groups.findIndex((group) => group.rows.includes(r));
      return g < 0 ? null : g;
    }),
    groupLabels: groups.map((group) => group.name),
  };
}

function axisKey(ref: AxisRef, leafPrefix: string): string {
  if (ref.kind === 'leaf') return `${leafPrefix}${ref.index}`;
  if (ref.kind === 'group') return `g${ref.index}`;
  return 'T';
}

/** The attacker's name (`row|col`) of a variable of the table model. */
export function keyOf(model: TableModel, j: number): string {
  const variable = model.variables[j];
  if (!variable) throw new Error(`No variable ${j}`);
  return `${axisKey(variable.row, 'r')}|${axisKey(variable.col, 'c')}`;
}

export function attacked(table: TableInput, model: TableModel, pattern: Iterable<number>): AttackedTable {
  return { cells: table.cells, parents: table.parents, hidden: new Set([...pattern].map((j) => keyOf(model, j))) };
}

export function primariesOf(model: TableModel, k: number): number[] {
  return model.variables.flatMap((v, j) => (v.value >= 1 && v.value < k ? [j] : []));
}

/** The counts from 1 to k-1 among the published numbers as the attacker enumerates them itself. */
export function attackerPrimaries(table: TableInput, k: number): CellKey[] {
  return publishedBlocks(table).flatMap((block) =>
    block.value >= 1 && block.value < k ? [{ table: 0, key: block.key }] : [],
  );
}

/** Zero-heavy counts: half zeros, many below k, some larger. */
function count(k: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: k - 1 }) },
    { weight: 2, arbitrary: fc.integer({ min: k, max: 20 }) },
  );
}

export interface RandomTable {
  readonly k: number;
  readonly table: TableInput;
}

export function randomTable(
  rows: fc.Arbitrary<number>,
  cols: fc.Arbitrary<number>,
  maxValue?: number,
): fc.Arbitrary<RandomTable> {
  return fc
    .record({ k: fc.integer({ min: 3, max: 5 }), rows, cols, groups: fc.integer({ min: 0, max: 10 }) })
    .chain(({ k, rows: rowCount, cols: colCount, groups }) => {
      const value = maxValue === undefined ? count(k) : fc.integer({ min: 0, max: maxValue });
      const groupCount = Math.min(groups, rowCount);
      return fc.record({
        k: fc.constant(k),
        table: fc.record({
          cells: fc.array(fc.array(value, { minLength: colCount, maxLength: colCount }), {
            minLength: rowCount,
            maxLength: rowCount,
          }),
          ...(groupCount > 0
            ? {
                parents: fc.array(fc.option(fc.integer({ min: 0, max: groupCount - 1 }), { freq: 6, nil: null }), {
                  minLength: rowCount,
                  maxLength: rowCount,
                }),
                groupLabels: fc.constant(Array.from({ length: groupCount }, (_, g) => `Sektor ${g + 1}`)),
              }
            : {}),
        }),
      });
    });
}

/** The attacker's view of a published table: its own numbers, and the `row|col` keys of the ones shown as `*`. */
export function hiddenInPublished(published: PublishedTable): Set<string> {
  const hidden = new Set<string>();
  const mark = (value: PublishedValue | undefined, key: string): void => {
    if (value === null) hidden.add(key);
  };
  published.cells.forEach((row, r) => row.forEach((value, c) => mark(value, `r${r}|c${c}`)));
  published.rowTotals.forEach((value, r) => mark(value, `r${r}|T`));
  published.colTotals.forEach((value, c) => mark(value, `T|c${c}`));
  mark(published.grandTotal, 'T|T');
  published.groups?.forEach((group, g) => {
    group.cells.forEach((value, c) => mark(value, `g${g}|c${c}`));
    mark(group.total, `g${g}|T`);
  });
  return hidden;
}
