import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTable } from '../../../core/disclosure/audit';
import { protectTable } from '../../../core/disclosure/suppress';
import { buildTable, equationVariables } from '../../../core/disclosure/table';
import { bruteForceInterval, yalpsAttacker } from './attacker';
import { attacked, attackerPrimaries, primariesOf, randomTable, type RandomTable } from './helpers';

async function checkProtection({ k, table }: RandomTable): Promise<void> {
  const model = buildTable(table);
  const pattern = await protectTable(table, { k });
  const primaries = primariesOf(model, k);

  for (const j of primaries) expect(pattern.has(j), `primary ${model.variables[j]?.label}`).toBe(true);
  for (const equation of model.equations) {
    expect(equationVariables(equation).filter((j) => pattern.has(j)).length).not.toBe(1);
  }
  const targets = attackerPrimaries(table, k);
  expect(targets).toHaveLength(primaries.length);
  expect(yalpsAttacker([attacked(table, model, pattern)], k).weak(targets)).toEqual([]);
  expect(await auditTable(table, k, pattern)).toEqual({ ok: true });
  expect([...(await protectTable(table, { k }))]).toEqual([...pattern]);
}

describe('protectTable on random zero-heavy tables', () => {
  it('small tables (2–12 rows, 4 or 12 columns, optional sectors): every primary protected, checked by yalps', async () => {
    await fc.assert(
      fc.asyncProperty(randomTable(fc.integer({ min: 2, max: 12 }), fc.constantFrom(4, 12)), checkProtection),
      { numRuns: 30 },
    );
  }, 120_000);

  it('large tables (13–100 rows): every primary protected, checked by yalps', async () => {
    await fc.assert(
      fc.asyncProperty(randomTable(fc.integer({ min: 13, max: 100 }), fc.constantFrom(4, 12)), checkProtection),
      { numRuns: 3 },
    );
  }, 120_000);

  it('tiny tables: every primary can be anything from 0 to at least k over all whole-number fillings', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomTable(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 3 }), 4),
        async ({ k, table }) => {
          const model = buildTable(table);
          const pattern = await protectTable(table, { k });
          const view = attacked(table, model, pattern);
          for (const { key } of attackerPrimaries(table, k)) {
            const { min, max } = bruteForceInterval(view, key);
            expect(min, key).toBe(0);
            expect(max, key).toBeGreaterThanOrEqual(k);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the audit and the independent attacker agree on every pattern with one secondary published again', async () => {
    await fc.assert(
      fc.asyncProperty(randomTable(fc.integer({ min: 2, max: 6 }), fc.constant(4)), async ({ k, table }) => {
        const model = buildTable(table);
        const pattern = await protectTable(table, { k });
        const secondaries = [...pattern].filter((j) => !primariesOf(model, k).includes(j));
        const attack = (hidden: Set<number>) =>
          yalpsAttacker([attacked(table, model, hidden)], k).weak(attackerPrimaries(table, k));
        for (const s of secondaries) {
          const fewer = new Set(pattern);
          fewer.delete(s);
          // The audit and the independent attacker must agree on every weakened pattern.
          const audit = await auditTable(table, k, fewer);
          expect(audit.ok).toBe(attack(fewer).length === 0);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
