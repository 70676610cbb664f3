import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { Indicator, StatisticsPublication } from '../../core/statistics/contract';
import { ACTIVE_AGREEMENTS, ENDED_BROKEN, ENDED_COMPLETED, NEW_AGREEMENTS } from '../../core/statistics/defaults';
import { yalpsAttacker, type AttackedTable, type CellKey, type KnownRelation } from '../unit/disclosure/attacker';
import { hiddenInPublished } from '../unit/disclosure/helpers';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
let unitId: number;
let byName: (name: string) => Indicator;

beforeEach(async () => {
  app = await freshApp();
  unitId = (await ok(app, 'units.create', { name: 'Hjemmetjenesten' })).id;
  const catalogue = await ok(app, 'statisticsIndicators.list', {});
  byName = (name) => catalogue.find((i) => i.name === name)!;
});

/** Saves new, completed, broken off and active per quarter of a year for the one unit. */
async function saveAgreements(
  year: number,
  rows: { added: number[]; completed: number[]; broken: number[]; active: number[] },
) {
  for (let q = 0; q < rows.added.length; q++) {
    const counts = (
      [
        [NEW_AGREEMENTS, rows.added],
        [ENDED_COMPLETED, rows.completed],
        [ENDED_BROKEN, rows.broken],
        [ACTIVE_AGREEMENTS, rows.active],
      ] as const
    ).map(([name, values]) => ({ unitId, indicatorId: byName(name).id, value: values[q] ?? null }));
    await ok(app, 'statistics.saveQuarter', { year, quarter: q + 1, counts });
  }
}

const ORDER = [NEW_AGREEMENTS, ENDED_COMPLETED, ENDED_BROKEN, ACTIVE_AGREEMENTS];

/**
 * The independent attacker's view of the municipality's quarter tables of several years, with the relation between
 * them in every quarter and across the year boundary; a new committee starts from 0 active.
 */
async function attack(years: number[]) {
  const tables: AttackedTable[] = [];
  const relations: KnownRelation[] = [];
  const targets: CellKey[] = [];
  for (const [y, year] of years.entries()) {
    const spec = { year, by: 'quarter' as const, units: false };
    const published: StatisticsPublication = await ok(app, 'statistics.publish', spec);
    const raw = await ok(app, 'statistics.rawTables', spec);
    for (const name of ORDER) {
      const t = published.tables.findIndex((x) => x.indicator.name === name);
      const table = published.tables[t]!.table;
      const cells = raw.tables[t]!.table.cells.map((row, r) =>
        row.map((v, c) => (table.cells[r]![c] === '..' ? null : v)),
      );
      tables.push({ cells, columnTotals: table.columnTotals, hidden: hiddenInPublished(table) });
    }
    const at = (indicator: number, c: number): CellKey => ({ table: y * 4 + indicator, key: `r0|c${c}` });
    for (let c = 0; c < 4; c++) {
      const before: Array<readonly [CellKey, number]> =
        c > 0 ? [[at(3, c - 1), -1]] : y > 0 ? [[{ table: (y - 1) * 4 + 3, key: 'r0|c3' }, -1]] : [];
      relations.push([[at(3, c), 1], ...before, [at(0, c), -1], [at(1, c), 1], [at(2, c), 1]]);
    }
  }
  tables.forEach((table, t) => {
    table.cells.forEach((row, r) =>
      row.forEach((v, c) => v !== null && v >= 1 && v < 3 && targets.push({ table: t, key: `r${r}|c${c}` })),
    );
  });
  return { tables, weak: yalpsAttacker(tables, 3, [], relations).weak(targets) };
}

describe('relations in the catalogue', () => {
  test('the default catalogue says active at the end = before + new − completed − broken off, and shows it', async () => {
    const active = byName(ACTIVE_AGREEMENTS);
    expect(active.adds).toEqual([byName(NEW_AGREEMENTS).id]);
    expect(active.takes).toEqual([byName(ENDED_COMPLETED).id, byName(ENDED_BROKEN).id]);
    expect(byName(NEW_AGREEMENTS)).toMatchObject({ adds: [], takes: [] });
  });

  test('the committee can change a relation; a change that leaves it out keeps it; impossible ones are refused at the field', async () => {
    const active = byName(ACTIVE_AGREEMENTS);
    const fields = { name: active.name, description: active.description, measure: active.measure };
    expect(
      await okLatest(app, 'statisticsIndicators.update', {
        id: active.id,
        ...fields,
        description: 'Gjaldt siste dag.',
      }),
    ).toMatchObject({ adds: active.adds, takes: active.takes });
    const changed = await okLatest(app, 'statisticsIndicators.update', {
      id: active.id,
      ...fields,
      adds: [byName(NEW_AGREEMENTS).id],
      takes: [byName(ENDED_COMPLETED).id],
    });
    expect(changed.takes).toEqual([byName(ENDED_COMPLETED).id]);

    expect(
      (await failsLatest(app, 'statisticsIndicators.update', { id: active.id, ...fields, adds: [active.id] })).fields
        .adds,
    ).toBe(`«${active.name}» kan ikke regnes ut fra seg selv.`);
    const both = byName(NEW_AGREEMENTS);
    expect(
      (
        await failsLatest(app, 'statisticsIndicators.update', {
          id: active.id,
          ...fields,
          adds: [both.id],
          takes: [both.id],
        })
      ).fields.takes,
    ).toBe(`«${both.name}» er valgt to ganger. En indikator kan enten legges til eller trekkes fra.`);
    const whole = await ok(app, 'statisticsIndicators.create', {
      name: 'Avsluttede i alt',
      description: null,
      measure: 'flow',
      adds: [byName(ENDED_COMPLETED).id, byName(ENDED_BROKEN).id],
    });
    expect(whole.adds).toHaveLength(2);
    expect(
      (
        await fails(app, 'statisticsIndicators.create', {
          name: 'Feil',
          description: null,
          measure: 'flow',
          adds: [active.id],
        })
      ).fields.adds,
    ).toContain('gjelder periodens slutt');
    const completed = byName(ENDED_COMPLETED);
    expect(
      (
        await failsLatest(app, 'statisticsIndicators.update', {
          id: completed.id,
          name: completed.name,
          description: null,
          measure: 'flow',
          adds: [whole.id],
        })
      ).fields.adds,
    ).toContain('ville blitt regnet ut fra seg selv');
    expect(
      (
        await failsLatest(app, 'statisticsIndicators.update', {
          id: completed.id,
          name: completed.name,
          description: null,
          measure: 'stock',
        })
      ).fields.measure,
    ).toContain('legges til eller trekkes fra i');
    expect(
      (await fails(app, 'statisticsIndicators.create', { name: 'X', description: null, measure: 'flow', adds: [999] }))
        .fields.adds,
    ).toBe('Velg indikatorer som finnes i katalogen.');
    // An indicator without numbers that is deleted leaves every relation.
    await okLatest(app, 'statisticsIndicators.remove', { id: whole.id });
    await okLatest(app, 'statisticsIndicators.remove', { id: completed.id });
    expect((await ok(app, 'statisticsIndicators.list', {})).find((i) => i.id === active.id)!.takes).toEqual([]);
  });

  test('entry shows the quarter before and notes numbers that break the relation, but stores them', async () => {
    await saveAgreements(2026, { added: [4], completed: [1], broken: [0], active: [3] });
    const k2 = await ok(app, 'statistics.saveQuarter', {
      year: 2026,
      quarter: 2,
      counts: [
        { unitId, indicatorId: byName(NEW_AGREEMENTS).id, value: 2 },
        { unitId, indicatorId: byName(ENDED_COMPLETED).id, value: 0 },
        { unitId, indicatorId: byName(ENDED_BROKEN).id, value: 1 },
        { unitId, indicatorId: byName(ACTIVE_AGREEMENTS).id, value: 5 },
      ],
    });
    expect(k2.changedCount).toBe(4);
    expect(k2.relationNotes).toEqual([
      {
        unitId,
        indicatorId: byName(ACTIVE_AGREEMENTS).id,
        message: `Hjemmetjenesten: «${ACTIVE_AGREEMENTS}» ved slutten av K2 2026 er 5, men stemmer ikke med K1 2026 (3) + «${NEW_AGREEMENTS}» (2) − «${ENDED_COMPLETED}» (0) − «${ENDED_BROKEN}» (1) = 4. Tallene lagres likevel – sjekk dem gjerne.`,
      },
    ]);
    const sheet = await ok(app, 'statistics.quarter', { year: 2026, quarter: 2 });
    expect(sheet.previous.label).toBe('K1 2026');
    expect(sheet.previous.values.find((v) => v.indicatorId === byName(ACTIVE_AGREEMENTS).id)?.value).toBe(3);
    const k1 = await ok(app, 'statistics.saveQuarter', { year: 2026, quarter: 1, counts: [] });
    expect(k1.relationNotes).toEqual([]);
  });
});

describe('publishing counts tied by the relation', () => {
  test('a new committee: new 4, active 3 — the hidden completed 1 cannot be worked out from the published quarters', async () => {
    await saveAgreements(2026, {
      added: [4, 0, 0, 0],
      completed: [1, 0, 0, 0],
      broken: [0, 0, 0, 0],
      active: [3, 3, 3, 3],
    });
    const { tables, weak } = await attack([2026]);
    expect(tables[1]!.hidden.has('r0|c0')).toBe(true);
    expect(weak).toEqual([]);
  });

  test("across the year boundary: last year's published year-end and this year's quarters together give nothing away", async () => {
    await saveAgreements(2025, {
      added: [2, 5, 0, 1],
      completed: [0, 1, 2, 0],
      broken: [0, 0, 1, 0],
      active: [2, 6, 3, 4],
    });
    await saveAgreements(2026, {
      added: [0, 4, 1, 0],
      completed: [1, 0, 0, 2],
      broken: [0, 1, 0, 0],
      active: [3, 6, 7, 5],
    });
    const { weak } = await attack([2025, 2026]);
    expect(weak).toEqual([]);
  });

  test('a quarter the unit did not report is `..` in every table, and the note says so', async () => {
    await saveAgreements(2026, { added: [4, 0], completed: [1, 0], broken: [0, 0], active: [3, 3] });
    const publication = await ok(app, 'statistics.publish', { year: 2026 });
    for (const t of publication.tables) expect(t.table.cells[0]!.slice(2)).toEqual(['..', '..']);
    expect(publication.notReportedNote).toContain('1 av 1 enheter');
    expect(publication.tables.find((t) => t.indicator.name === ACTIVE_AGREEMENTS)!.table.columnTotals).toBe(false);
  });
});
