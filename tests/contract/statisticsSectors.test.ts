import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { Indicator, QuarterSheet } from '../../core/statistics/contract';
import { fails, freshApp, ok, okLatest } from '../support/app';

/**
 * A municipality too large for one sheet: 5 sectors of 8 units and a unit at the top, 41 units × 7 indicators
 * (more than 200 inputs). freshApp's today is 2026-11-23: K4 2026 is the current quarter.
 */
let app: AppHandle;
let sectors: { id: number; name: string; units: number[] }[];
let top: number;
let indicators: Indicator[];

beforeEach(async () => {
  app = await freshApp();
  sectors = [];
  for (const name of ['Helse', 'Kultur', 'Oppvekst', 'Stab', 'Teknisk']) {
    const sector = await ok(app, 'units.create', { name });
    const units: number[] = [];
    for (let i = 1; i <= 8; i++)
      units.push((await ok(app, 'units.create', { name: `${name} ${i}`, parentId: sector.id })).id);
    sectors.push({ id: sector.id, name, units });
  }
  top = (await ok(app, 'units.create', { name: 'Vaktsentralen' })).id;
  indicators = await ok(app, 'statisticsIndicators.list', {});
});

const [K3, K4] = [
  { year: 2026, quarter: 3 },
  { year: 2026, quarter: 4 },
];

/** Every indicator of each unit given, as `value`. */
const fill = (period: typeof K4, unitIds: number[], value = 1) =>
  ok(app, 'statistics.saveQuarter', {
    ...period,
    counts: unitIds.flatMap((unitId) => indicators.map((i) => ({ unitId, indicatorId: i.id, value }))),
  });

const unitIdsOf = (sheet: QuarterSheet) => sheet.units.map((u) => u.id);

describe('statistics.quarter, a sector at a time', () => {
  test('without `sector` the sheet is the whole quarter, as before', async () => {
    const sheet = await ok(app, 'statistics.quarter', K4);
    expect(sheet).toMatchObject({ sector: null, sectors: [], reporting: { units: 41, notReported: 41 } });
    expect(sheet.units).toHaveLength(41);
  });

  test('`auto` opens the first sector with units that have not reported; the counts are for the whole quarter', async () => {
    await fill(K4, sectors[0]!.units);
    await fill(K4, sectors[1]!.units.slice(0, 3));
    const sheet = await ok(app, 'statistics.quarter', { ...K4, sector: 'auto' });
    expect(sheet.sector).toBe(sectors[1]!.id);
    expect(sheet.units.map((u) => u.path)).toEqual(sectors[1]!.units.map((_, i) => `Kultur › Kultur ${i + 1}`));
    expect(new Set(sheet.values.map((v) => v.unitId))).toEqual(new Set(sectors[1]!.units.slice(0, 3)));
    expect(sheet.values).toHaveLength(3 * indicators.length);
    expect(sheet.reporting).toEqual({ units: 41, notReported: 41 - 8 - 3 });
    expect(sheet.sectors).toEqual([
      { id: sectors[0]!.id, name: 'Helse', units: 8, notReported: 0 },
      { id: sectors[1]!.id, name: 'Kultur', units: 8, notReported: 5 },
      { id: sectors[2]!.id, name: 'Oppvekst', units: 8, notReported: 8 },
      { id: sectors[3]!.id, name: 'Stab', units: 8, notReported: 8 },
      { id: sectors[4]!.id, name: 'Teknisk', units: 8, notReported: 8 },
      { id: top, name: 'Vaktsentralen', units: 1, notReported: 1 },
    ]);
    expect(sheet.indicators).toHaveLength(indicators.length);
  });

  test('when every unit has reported, `auto` opens the first sector', async () => {
    await fill(K4, [...sectors.flatMap((s) => s.units), top]);
    const sheet = await ok(app, 'statistics.quarter', { ...K4, sector: 'auto' });
    expect(sheet.sector).toBe(sectors[0]!.id);
    expect(sheet.reporting).toEqual({ units: 41, notReported: 0 });
  });

  test('a chosen sector shows its units and their numbers, and the quarter before for the same units only', async () => {
    await fill(K3, [sectors[0]!.units[0]!, sectors[2]!.units[0]!], 2);
    await fill(K4, [sectors[2]!.units[1]!]);
    const sheet = await ok(app, 'statistics.quarter', { ...K4, sector: sectors[2]!.id });
    expect(sheet.sector).toBe(sectors[2]!.id);
    expect(unitIdsOf(sheet)).toEqual(sectors[2]!.units);
    expect(sheet.units.every((u) => u.sectorId === sectors[2]!.id && u.sectorName === 'Oppvekst')).toBe(true);
    expect(new Set(sheet.values.map((v) => v.unitId))).toEqual(new Set([sectors[2]!.units[1]]));
    expect(new Set(sheet.previous.values.map((v) => v.unitId))).toEqual(new Set([sectors[2]!.units[0]]));
    const alone = await ok(app, 'statistics.quarter', { ...K4, sector: top });
    expect(unitIdsOf(alone)).toEqual([top]);
  });

  test('a unit archived with numbers stays in its sector, read-only', async () => {
    const gone = sectors[3]!.units[7]!;
    await fill(K4, [gone]);
    await okLatest(app, 'units.archive', { id: gone });
    const sheet = await ok(app, 'statistics.quarter', { ...K4, sector: sectors[3]!.id });
    expect(sheet.units.find((u) => u.id === gone)).toMatchObject({
      editable: false,
      lockedReason: 'Enheten er arkivert.',
    });
    expect(sheet.sectors.find((s) => s.id === sectors[3]!.id)).toMatchObject({ units: 7, notReported: 7 });
    expect(sheet.reporting).toEqual({ units: 40, notReported: 40 });
  });

  test('a sector that is not in the quarter (archived since) opens as `auto`', async () => {
    const teknisk = sectors[4]!;
    await okLatest(app, 'units.archive', { id: teknisk.id, includeDescendants: true });
    const sheet = await ok(app, 'statistics.quarter', { ...K4, sector: teknisk.id });
    expect(sheet.sector).toBe(sectors[0]!.id);
    expect(sheet.sectors.map((s) => s.name)).toEqual(['Helse', 'Kultur', 'Oppvekst', 'Stab', 'Vaktsentralen']);
  });

  test('saving one sector sends only its cells and never touches the numbers of the others', async () => {
    await fill(K4, sectors[0]!.units, 4);
    const sheet = await ok(app, 'statistics.quarter', { ...K4, sector: sectors[0]!.id });
    // Someone else enters numbers for Oppvekst meanwhile.
    await fill(K4, sectors[1]!.units, 7);
    const counts = sheet.units.flatMap((unit) =>
      indicators.map((i) => ({
        unitId: unit.id,
        indicatorId: i.id,
        value: unit.id === sectors[0]!.units[0] ? 5 : 4,
        was: sheet.values.find((v) => v.unitId === unit.id && v.indicatorId === i.id)?.value ?? null,
      })),
    );
    const saved = await ok(app, 'statistics.saveQuarter', { ...K4, counts });
    expect(saved.changedCount).toBe(indicators.length);
    const whole = await ok(app, 'statistics.quarter', K4);
    const valueOf = (unitId: number) => whole.values.filter((v) => v.unitId === unitId).map((v) => v.value);
    expect(valueOf(sectors[0]!.units[0]!)).toEqual(indicators.map(() => 5));
    expect(
      sectors[1]!.units.every((u) => valueOf(u).length === indicators.length && valueOf(u).every((v) => v === 7)),
    ).toBe(true);
    expect(whole.reporting).toEqual({ units: 41, notReported: 41 - 16 });
  });

  test('a small municipality opens on the whole quarter with `auto`', async () => {
    const small = await freshApp();
    const helse = await ok(small, 'units.create', { name: 'Helse' });
    for (const name of ['Hjemmetjenesten', 'Sykehjemmet', 'Legetjenesten'])
      await ok(small, 'units.create', { name, parentId: helse.id });
    await ok(small, 'units.create', { name: 'Stab' });
    const sheet = await ok(small, 'statistics.quarter', { ...K4, sector: 'auto' });
    expect(sheet).toMatchObject({ sector: null, sectors: [], reporting: { units: 4, notReported: 4 } });
    expect(sheet.units).toHaveLength(4);
  });

  test('a sector that is not a number from the list is refused with a message at `sector`', async () => {
    for (const sector of ['alle', 0, -1, 1.5, null]) {
      const error = await fails(app, 'statistics.quarter', { ...K4, sector });
      expect(error.code).toBe('validation');
      expect(error.fields).toEqual({ sector: 'Velg en sektor fra listen.' });
    }
  });
});
