import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../core/app';
import { seedDemo } from '../../core/demo';
import { publishTable, suppressionFootnote } from '../../core/disclosure';
import type { Indicator } from '../../core/statistics/contract';
import { DEFAULT_INDICATORS } from '../../core/statistics/defaults';
import { storedRelationNotes } from '../../core/statistics/entry';
import { notReportedNote } from '../../core/statistics/labels';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { fails, freshApp, ok, tempDir, okLatest, failsLatest } from '../support/app';
import { migrationsUpTo, shippedTags } from '../support/migrations';

/** freshApp's today is 2026-11-23: K4 2026 is the current quarter. */
let app: AppHandle;
let units: Record<'hjemme' | 'sykehjem' | 'skole' | 'barnehage' | 'stab' | 'helse' | 'oppvekst', number>;
let indicators: Indicator[];
/** «Nye individuelle Akan-avtaler» and «Aktive Akan-avtaler ved periodens slutt». */
let newAgreements: Indicator;
let activeAgreements: Indicator;

beforeEach(async () => {
  app = await freshApp();
  const helse = await ok(app, 'units.create', { name: 'Helse og omsorg' });
  const oppvekst = await ok(app, 'units.create', { name: 'Oppvekst og kultur' });
  const unit = async (name: string, parentId: number | null) => (await ok(app, 'units.create', { name, parentId })).id;
  units = {
    helse: helse.id,
    oppvekst: oppvekst.id,
    hjemme: await unit('Hjemmetjenesten', helse.id),
    sykehjem: await unit('Sykehjemmet', helse.id),
    skole: await unit('Nordbyen skole', oppvekst.id),
    barnehage: await unit('Sørbyen barnehage', oppvekst.id),
    stab: await unit('Stab', null),
  };
  indicators = await ok(app, 'statisticsIndicators.list', {});
  newAgreements = indicators.find((i) => i.name === 'Nye individuelle Akan-avtaler')!;
  activeAgreements = indicators.find((i) => i.name === 'Aktive Akan-avtaler ved periodens slutt')!;
});

type Cell = [unitId: number, value: number | null];
const save = (quarter: number, indicator: Indicator, cells: Cell[], year = 2026) =>
  ok(app, 'statistics.saveQuarter', {
    year,
    quarter,
    counts: cells.map(([unitId, value]) => ({ unitId, indicatorId: indicator.id, value })),
  });
const saveFails = (counts: unknown[], period: Record<string, unknown> = { year: 2026, quarter: 3 }) =>
  fails(app, 'statistics.saveQuarter', { ...period, counts });

describe('statistics indicators', () => {
  test('a new data file gets the default catalogue once, each with what exactly is counted', async () => {
    expect(indicators.map((i) => i.name)).toEqual(DEFAULT_INDICATORS.map((d) => d.name));
    expect(indicators.every((i) => (i.description ?? '').length > 40 && !i.archived && i.reportedCells === 0)).toBe(
      true,
    );
    expect(activeAgreements.measure).toBe('stock');
    expect(newAgreements.measure).toBe('flow');
    expect(await ok(app, 'statisticsIndicators.list', {})).toEqual(indicators);
    expect(await ok(app, 'statisticsIndicators.list', { includeArchived: true })).toHaveLength(
      DEFAULT_INDICATORS.length,
    );
  });

  test('creates and edits an indicator; names are unique and free text refuses identity numbers', async () => {
    const created = await ok(app, 'statisticsIndicators.create', {
      name: 'Deltakere på AKAN-kurs',
      description: 'Antall som fullførte kurset.',
      measure: 'flow',
    });
    expect(created).toMatchObject({ name: 'Deltakere på AKAN-kurs', archived: false, reportedCells: 0 });
    expect((await ok(app, 'statisticsIndicators.list', {})).at(-1)?.id).toBe(created.id);
    const updated = await okLatest(app, 'statisticsIndicators.update', {
      id: created.id,
      name: 'Deltakere på kurs',
      description: null,
      measure: 'stock',
    });
    expect(updated).toMatchObject({ name: 'Deltakere på kurs', description: null, measure: 'stock' });

    const twin = await fails(app, 'statisticsIndicators.create', {
      name: 'nye individuelle akan-avtaler',
      description: null,
      measure: 'flow',
    });
    expect(twin.fields.name).toBe('Det finnes allerede en indikator som heter «Nye individuelle Akan-avtaler».');
    expect((await fails(app, 'statisticsIndicators.create', { name: ' ', measure: 'flow' })).fields.name).toBe(
      'Skriv navnet på indikatoren.',
    );
    expect(
      (await fails(app, 'statisticsIndicators.create', { name: 'Avtaler 15076500565', measure: 'flow' })).fields.name,
    ).toBe(NATIONAL_ID_MESSAGE);
    const id = await fails(app, 'statisticsIndicators.create', {
      name: 'Samtaler',
      description: 'Gjelder 150765 00565',
      measure: 'flow',
    });
    expect(id.fields.description).toBe(NATIONAL_ID_MESSAGE);
    expect(
      (await fails(app, 'statisticsIndicators.create', { name: 'Samtaler', measure: 'sometimes' })).fields.measure,
    ).toMatch(/^Velg om tallet/);
    expect((await failsLatest(app, 'statisticsIndicators.update', { id: 999, name: 'X', measure: 'flow' })).code).toBe(
      'not_found',
    );
  });

  test('an indicator with numbers is archived, never deleted, and keeps what it measures; an unused one can be deleted', async () => {
    await save(3, newAgreements, [[units.hjemme, 2]]);
    const used = (await ok(app, 'statisticsIndicators.list', {})).find((i) => i.id === newAgreements.id)!;
    expect(used.reportedCells).toBe(1);
    const refused = await failsLatest(app, 'statisticsIndicators.remove', { id: newAgreements.id });
    expect(refused).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/har 1 registrerte tall og kan ikke slettes\. Arkiver den i stedet/),
    });
    const measure = await failsLatest(app, 'statisticsIndicators.update', {
      id: newAgreements.id,
      name: newAgreements.name,
      measure: 'stock',
    });
    expect(measure.fields.measure).toMatch(/har allerede tall/);

    expect(await okLatest(app, 'statisticsIndicators.archive', { id: newAgreements.id })).toMatchObject({
      archived: true,
    });
    expect((await ok(app, 'statisticsIndicators.list', {})).map((i) => i.id)).not.toContain(newAgreements.id);
    expect((await failsLatest(app, 'statisticsIndicators.archive', { id: newAgreements.id })).code).toBe('conflict');
    expect(await okLatest(app, 'statisticsIndicators.restore', { id: newAgreements.id })).toMatchObject({
      archived: false,
      reportedCells: 1,
    });

    const unused = indicators[0]!;
    expect(await okLatest(app, 'statisticsIndicators.remove', { id: unused.id })).toEqual({ id: unused.id });
    expect((await ok(app, 'statisticsIndicators.list', { includeArchived: true })).map((i) => i.id)).not.toContain(
      unused.id,
    );
  });
});

describe('statistics.quarter and statistics.saveQuarter', () => {
  test('the grid has the units that take numbers (sectors are sums) and the active indicators', async () => {
    const sheet = await ok(app, 'statistics.quarter', { year: 2026, quarter: 4 });
    expect(sheet).toMatchObject({ year: 2026, quarter: 4, label: 'K4 2026', open: true, values: [] });
    expect(sheet.units.map((u) => [u.path, u.sectorName, u.editable])).toEqual([
      ['Helse og omsorg › Hjemmetjenesten', 'Helse og omsorg', true],
      ['Helse og omsorg › Sykehjemmet', 'Helse og omsorg', true],
      ['Oppvekst og kultur › Nordbyen skole', 'Oppvekst og kultur', true],
      ['Oppvekst og kultur › Sørbyen barnehage', 'Oppvekst og kultur', true],
      ['Stab', null, true],
    ]);
    expect(sheet.indicators.map((i) => i.id)).toEqual(indicators.map((i) => i.id));
    expect((await ok(app, 'statistics.quarter', { year: 2027, quarter: 1 })).open).toBe(false);
  });

  test('saving says what changed, old → new; 0 is a number and null is «not reported»; cells left out stay as they are', async () => {
    const first = await save(3, newAgreements, [
      [units.hjemme, 2],
      [units.sykehjem, 0],
      [units.skole, null],
    ]);
    expect(first).toMatchObject({ year: 2026, quarter: 3, label: 'K3 2026', changedCount: 2 });
    expect(first.changes).toEqual([
      {
        unitId: units.hjemme,
        unitName: 'Hjemmetjenesten',
        indicatorId: newAgreements.id,
        indicatorName: newAgreements.name,
        before: null,
        after: 2,
      },
      {
        unitId: units.sykehjem,
        unitName: 'Sykehjemmet',
        indicatorId: newAgreements.id,
        indicatorName: newAgreements.name,
        before: null,
        after: 0,
      },
    ]);
    const values = (await ok(app, 'statistics.quarter', { year: 2026, quarter: 3 })).values;
    expect(values).toEqual(
      expect.arrayContaining([
        { unitId: units.hjemme, indicatorId: newAgreements.id, value: 2 },
        { unitId: units.sykehjem, indicatorId: newAgreements.id, value: 0 },
      ]),
    );
    expect(values).toHaveLength(2);

    expect((await save(3, newAgreements, [[units.hjemme, 2]])).changedCount).toBe(0);
    const second = await save(3, newAgreements, [
      [units.hjemme, 3],
      [units.sykehjem, null],
    ]);
    expect(second.changes.map((c) => [c.unitName, c.before, c.after])).toEqual([
      ['Hjemmetjenesten', 2, 3],
      ['Sykehjemmet', 0, null],
    ]);
    expect((await ok(app, 'statistics.quarter', { year: 2026, quarter: 3 })).values).toEqual([
      { unitId: units.hjemme, indicatorId: newAgreements.id, value: 3 },
    ]);
  });

  test('negative, fractional, huge and non-numbers get a message at their cell, and nothing is saved', async () => {
    const cell = (unitId: number, value: unknown) => ({ unitId, indicatorId: newAgreements.id, value });
    const error = await saveFails([
      cell(units.hjemme, 4),
      cell(units.sykehjem, -1),
      cell(units.skole, 1.5),
      cell(units.barnehage, 100_001),
      cell(units.stab, 100_000),
    ]);
    expect(error.code).toBe('validation');
    expect(error.fields).toEqual({
      'counts.1.value': 'Sykehjemmet, Nye individuelle Akan-avtaler: tallet kan ikke være negativt.',
      'counts.2.value': 'Nordbyen skole, Nye individuelle Akan-avtaler: skriv et helt tall, uten desimaler.',
      'counts.3.value':
        'Sørbyen barnehage, Nye individuelle Akan-avtaler: tallet kan være høyst 100 000. Sjekk at det er skrevet riktig.',
    });
    expect((await saveFails([cell(units.hjemme, 'tre')])).fields).toEqual({
      'counts.0.value': 'Skriv tallet med sifre, for eksempel 3, eller la feltet stå tomt.',
    });
    expect((await ok(app, 'statistics.quarter', { year: 2026, quarter: 3 })).values).toEqual([]);
  });

  test('unknown units and indicators, sectors, archived units and repeated cells are refused at the cell', async () => {
    const archivedUnit = await ok(app, 'units.create', { name: 'Nedlagt enhet' });
    await okLatest(app, 'units.archive', { id: archivedUnit.id });
    const counts = [
      { unitId: 999, indicatorId: newAgreements.id, value: 1 },
      { unitId: units.hjemme, indicatorId: 999, value: 1 },
      { unitId: units.helse, indicatorId: newAgreements.id, value: 1 },
      { unitId: archivedUnit.id, indicatorId: newAgreements.id, value: 1 },
      { unitId: units.stab, indicatorId: newAgreements.id, value: 1 },
      { unitId: units.stab, indicatorId: newAgreements.id, value: 2 },
    ];
    expect((await saveFails(counts)).fields).toEqual({
      'counts.0.value': 'Enheten finnes ikke. Last inn siden på nytt.',
      'counts.1.value': 'Indikatoren finnes ikke. Last inn siden på nytt.',
      'counts.2.value': '«Helse og omsorg» har underenheter og er summen av dem. Registrer tallene på underenhetene.',
      'counts.3.value': '«Nedlagt enhet» er arkivert. Tallene for en arkivert enhet kan ikke endres.',
      'counts.5.value': 'Stab, Nye individuelle Akan-avtaler: tallet er sendt to ganger. Send hvert tall én gang.',
    });
  });

  test('an archived indicator takes no new numbers, but its old numbers are shown and can be sent back unchanged', async () => {
    await save(3, newAgreements, [[units.hjemme, 2]]);
    await okLatest(app, 'statisticsIndicators.archive', { id: newAgreements.id });
    const sheet = await ok(app, 'statistics.quarter', { year: 2026, quarter: 3 });
    expect(sheet.indicators.find((i) => i.id === newAgreements.id)).toMatchObject({ archived: true });
    expect((await ok(app, 'statistics.quarter', { year: 2026, quarter: 2 })).indicators.map((i) => i.id)).not.toContain(
      newAgreements.id,
    );
    expect((await save(3, newAgreements, [[units.hjemme, 2]])).changedCount).toBe(0);
    const refused = await saveFails([{ unitId: units.sykehjem, indicatorId: newAgreements.id, value: 1 }]);
    expect(refused.fields).toEqual({
      'counts.0.value':
        '«Nye individuelle Akan-avtaler» er arkivert. Hent den fram igjen under Indikatorer før du registrerer tall.',
    });
  });

  test('a quarter that has not begun takes no numbers; the quarter and year must be real', async () => {
    const cell = [{ unitId: units.hjemme, indicatorId: newAgreements.id, value: 1 }];
    expect((await saveFails(cell, { year: 2027, quarter: 1 })).fields).toEqual({
      quarter: 'K1 2027 har ikke begynt ennå. Du kan registrere tall for kvartaler som har begynt.',
    });
    expect((await saveFails(cell, { year: 2026, quarter: 5 })).fields.quarter).toBe('Velg kvartal 1, 2, 3 eller 4.');
    expect((await saveFails(cell, { year: 1999, quarter: 1 })).fields.year).toBe(
      'Velg et årstall mellom 2000 og 2100.',
    );
    expect((await save(4, newAgreements, [[units.hjemme, 1]])).changedCount).toBe(1);
  });

  test('years to choose from: those with numbers and the last three, none in the future', async () => {
    await save(1, newAgreements, [[units.hjemme, 1]], 2019);
    expect(await ok(app, 'statistics.years', undefined)).toEqual({
      current: { year: 2026, quarter: 4 },
      years: [2026, 2025, 2024, 2019],
    });
  });
});

/** Counts for «Nye individuelle Akan-avtaler» in 2026, quarters K1–K4, in the tree order of the rows. */
const NEW_AGREEMENTS_2026 = {
  hjemme: [4, 1, 6, 0],
  sykehjem: [5, 2, 7, 3],
  skole: [0, 0, 9, 8],
  barnehage: [0, 0, 4, 5],
  stab: [1, 0, 0, 12],
} as const;

async function saveYear(
  values: Record<keyof typeof NEW_AGREEMENTS_2026, readonly (number | null)[]> = NEW_AGREEMENTS_2026,
) {
  for (const quarter of [1, 2, 3, 4]) {
    await save(
      quarter,
      newAgreements,
      (Object.keys(values) as (keyof typeof values)[]).map((key) => [units[key], values[key][quarter - 1] ?? null]),
    );
  }
}

const expectedInput = {
  rowLabels: ['Hjemmetjenesten', 'Sykehjemmet', 'Nordbyen skole', 'Sørbyen barnehage', 'Stab'],
  colLabels: ['K1 2026', 'K2 2026', 'K3 2026', 'K4 2026'],
  cells: Object.values(NEW_AGREEMENTS_2026).map((row) => [...row]),
  parents: [0, 0, 1, 1, null],
  groupLabels: ['Helse og omsorg', 'Oppvekst og kultur'],
};

describe('statistics.publish', () => {
  test('each indicator is exactly the table the disclosure engine publishes, with sector subtotals and the footnote', async () => {
    await saveYear();
    const publication = await ok(app, 'statistics.publish', { year: 2026, by: 'quarter', units: true });
    expect(publication).toMatchObject({
      year: 2026,
      by: 'quarter',
      units: true,
      k: 3,
      symbol: '*',
      footnote: suppressionFootnote(3),
      notReportedSymbol: '..',
    });
    expect(publication.tables.map((t) => t.indicator.id)).toEqual(indicators.map((i) => i.id));
    const table = publication.tables.find((t) => t.indicator.id === newAgreements.id)!.table;
    expect(table).toEqual(await publishTable(expectedInput, { k: 3 }));
    expect(table.cells[0]?.[1]).toBeNull();
    expect(table.cells[4]?.[0]).toBeNull();
    expect(table.cells.flat().filter((v) => typeof v === 'number' && v >= 1 && v < 3)).toEqual([]);
    expect(table.groups?.map((g) => [g.label, g.rowIndexes])).toEqual([
      ['Helse og omsorg', [0, 1]],
      ['Oppvekst og kultur', [2, 3]],
    ]);
    expect(table.grandTotal).toBe(67);
    // Nobody reported the other indicators: `..`, never 0.
    const empty = publication.tables.find((t) => t.indicator.id !== newAgreements.id)!.table;
    expect(empty.cells.flat().every((v) => v === '..')).toBe(true);
    expect(empty.colTotals.every((v) => v === '..')).toBe(true);
  });

  test('the same data gives the same pattern', async () => {
    await saveYear();
    const spec = { year: 2026, by: 'quarter', units: true } as const;
    expect(await ok(app, 'statistics.publish', spec)).toEqual(await ok(app, 'statistics.publish', spec));
  });

  test('the whole municipality is one row; the year is one column', async () => {
    await saveYear();
    const one = (await ok(app, 'statistics.publish', { year: 2026 })).tables.find(
      (t) => t.indicator.id === newAgreements.id,
    )!.table;
    expect(one).toEqual(
      await publishTable(
        { rowLabels: ['Hele kommunen'], colLabels: expectedInput.colLabels, cells: [[10, 3, 26, 28]] },
        { k: 3 },
      ),
    );
    expect(one.cells).toEqual([[10, 3, 26, 28]]);
    const year = (await ok(app, 'statistics.publish', { year: 2026, by: 'year', units: true })).tables.find(
      (t) => t.indicator.id === newAgreements.id,
    )!.table;
    expect(year.colLabels).toEqual(['2026']);
    expect(year).toEqual(
      await publishTable({ ...expectedInput, colLabels: ['2026'], cells: [[11], [17], [17], [9], [13]] }, { k: 3 }),
    );
  });

  test('«not reported» is `..`, never 0: sums cover the units that reported, and the note says how many did not', async () => {
    const missing = { ...NEW_AGREEMENTS_2026, hjemme: [4, null, 6, 0], barnehage: [null, null, null, null] };
    await saveYear(missing);
    const spec = { year: 2026, by: 'quarter', units: true } as const;
    const publication = await ok(app, 'statistics.publish', spec);
    const table = publication.tables.find((t) => t.indicator.id === newAgreements.id)!;
    expect(table.table.cells[0]?.[1]).toBe('..');
    expect(table.table.cells[3]).toEqual(['..', '..', '..', '..']);
    expect(table.table.notReportedCells).toBe(5);
    // Oppvekst og kultur in K1: only the school reported (0), so the sector's sum is that 0, not `..`.
    expect(table.table.groups?.[1]?.cells[0]).toBe(0);
    expect(table.table.rowTotals[3]).toBe('..');
    expect(table).toMatchObject({ notReportedUnits: 2, unitCount: 5 });
    expect(publication.notReportedNote).toBe(notReportedNote(5, 5));
    expect(publication.notReportedNote).toContain('5 av 5 enheter');
    const municipality = await ok(app, 'statistics.publish', { ...spec, units: false });
    const whole = municipality.tables.find((t) => t.indicator.id === newAgreements.id)!.table;
    // The municipality's numbers are the sums of what was reported: K2 is 2, so it is hidden.
    whole.cells[0]!.forEach((v, c) => v !== null && expect(v).toBe([10, 2, 22, 23][c]));
    expect(whole.cells[0]?.[1]).toBeNull();
    // A quarter nobody reported at all is `..` in the municipality's row too.
    await save(
      2,
      newAgreements,
      Object.values(units)
        .filter((id) => id !== units.helse && id !== units.oppvekst)
        .map((id) => [id, null]),
    );
    const none = (await ok(app, 'statistics.publish', { ...spec, units: false })).tables.find(
      (t) => t.indicator.id === newAgreements.id,
    )!.table;
    expect(none.cells[0]?.[1]).toBe('..');
    expect(
      (await ok(app, 'statistics.publish', { year: 2026, units: true })).tables
        .find((t) => t.indicator.id !== newAgreements.id)!
        .table.cells.flat(),
    ).not.toContain(0);
  });

  test('a count at the period end is not summed over quarters: the year takes its last quarter', async () => {
    for (const [quarter, value] of [
      [1, 4],
      [2, 5],
      [3, 6],
      [4, 7],
    ] as const)
      await save(quarter, activeAgreements, [[units.hjemme, value]]);
    const spec = { year: 2026, by: 'year', units: false } as const;
    const raw = (await ok(app, 'statistics.rawTables', spec)).tables.find(
      (t) => t.indicator.id === activeAgreements.id,
    )!;
    expect(raw.indicator.measure).toBe('stock');
    expect(raw.table.cells).toEqual([[7]]);
    await ok(app, 'statistics.saveQuarter', {
      year: 2025,
      quarter: 2,
      counts: [{ unitId: units.hjemme, indicatorId: activeAgreements.id, value: 9 }],
    });
    expect(
      (await ok(app, 'statistics.rawTables', { ...spec, year: 2025 })).tables.find(
        (t) => t.indicator.id === activeAgreements.id,
      )!.table.cells,
    ).toEqual([[0]]);
  });

  test('the threshold comes from the settings, or from the call', async () => {
    await saveYear();
    await ok(app, 'settings.update', { disclosureK: 5 });
    const table = (await ok(app, 'statistics.publish', { year: 2026, units: true })).tables.find(
      (t) => t.indicator.id === newAgreements.id,
    )!.table;
    expect(table.k).toBe(5);
    expect(table.cells[1]?.[3]).toBeNull();
    expect(table.cells.flat().filter((v) => typeof v === 'number' && v >= 1 && v < 5)).toEqual([]);
    expect((await ok(app, 'statistics.publish', { year: 2026, units: true, k: 3 })).k).toBe(3);
    expect((await fails(app, 'statistics.publish', { year: 2026, k: 2 })).fields.k).toBe(
      'Skjermingsgrensen må være et heltall fra 3 til 10.',
    );
  });

  test('when more than a quarter of the cells are hidden, it says so and offers the coarser tables', async () => {
    await saveYear({
      hjemme: [1, 2, 1, 0],
      sykehjem: [2, 1, 0, 1],
      skole: [1, 0, 2, 1],
      barnehage: [0, 1, 1, 2],
      stab: [5, 6, 7, 8],
    });
    const fine = await ok(app, 'statistics.publish', { year: 2026, by: 'quarter', units: true });
    const table = fine.tables.find((t) => t.indicator.id === newAgreements.id)!.table;
    expect(table.tooManySuppressed).toBe(true);
    expect(table.suppressedShare).toBeGreaterThan(0.25);
    expect(fine.tooManySuppressed).toBe(true);
    expect(fine.coarser).toEqual([
      { by: 'year', units: true },
      { by: 'quarter', units: false },
    ]);
    const coarse = await ok(app, 'statistics.publish', { year: 2026, by: 'year', units: false });
    expect(coarse.tooManySuppressed).toBe(false);
    expect(coarse.coarser).toEqual([]);
  });

  test('the current year has the quarters that have begun; a year that has not begun is refused', async () => {
    const today = await freshApp({ today: '2026-05-02' });
    await ok(today, 'units.create', { name: 'Stab' });
    expect((await ok(today, 'statistics.publish', { year: 2026 })).tables[0]?.table.colLabels).toEqual([
      'K1 2026',
      'K2 2026',
    ]);
    expect((await fails(today, 'statistics.publish', { year: 2027 })).fields.year).toBe(
      '2027 har ikke begynt ennå. Velg et år som har begynt.',
    );
    expect((await fails(today, 'statistics.publish', { year: 2026, by: 'month' })).fields.by).toBe(
      'Velg kvartal eller år.',
    );
    today.close();
  });

  test('archived units and indicators with numbers that year stay in the tables; a unit list without units is refused', async () => {
    await save(1, newAgreements, [[units.stab, 5]]);
    await okLatest(app, 'statisticsIndicators.archive', { id: newAgreements.id });
    await okLatest(app, 'units.archive', { id: units.stab });
    const publication = await ok(app, 'statistics.rawTables', { year: 2026, units: true });
    const table = publication.tables.find((t) => t.indicator.id === newAgreements.id)!.table;
    expect(table.rowLabels).toContain('Stab');
    expect(table.grandTotal).toBe(5);
    expect(
      (await ok(app, 'statistics.rawTables', { year: 2025, units: true })).tables.map((t) => t.indicator.id),
    ).not.toContain(newAgreements.id);

    const empty = await freshApp();
    expect((await fails(empty, 'statistics.publish', { year: 2026, units: true })).code).toBe('conflict');
    expect((await ok(empty, 'statistics.publish', { year: 2026 })).tables[0]?.table.cells).toEqual([
      ['..', '..', '..', '..'],
    ]);
    empty.close();
  });

  test('the raw tables have the same layout with every number shown, for the committee only', async () => {
    await saveYear();
    const raw = (await ok(app, 'statistics.rawTables', { year: 2026, units: true })).tables.find(
      (t) => t.indicator.id === newAgreements.id,
    )!.table;
    expect(raw).toMatchObject({
      rowLabels: expectedInput.rowLabels,
      colLabels: expectedInput.colLabels,
      cells: expectedInput.cells,
      grandTotal: 67,
    });
    expect(raw.rowTotals).toEqual([11, 17, 17, 9, 13]);
    expect(raw.colTotals).toEqual([10, 3, 26, 28]);
    expect(raw.groups).toEqual([
      { label: 'Helse og omsorg', rowIndexes: [0, 1], cells: [9, 3, 13, 3], total: 28 },
      { label: 'Oppvekst og kultur', rowIndexes: [2, 3], cells: [0, 0, 13, 13], total: 26 },
    ]);
  });
});

describe('demo data', () => {
  test('three years of small counts up to the current quarter, with some units not reported, publish without refusal', async () => {
    const demo = await freshApp();
    await seedDemo(demo, '2026-11-23');
    const years = await ok(demo, 'statistics.years', undefined);
    expect(years.years).toEqual([2026, 2025, 2024, 2023]);
    const current = await ok(demo, 'statistics.quarter', { year: 2026, quarter: 4 });
    const reportedUnits = new Set(current.values.map((v) => v.unitId));
    expect(reportedUnits.size).toBeGreaterThan(0);
    expect(reportedUnits.size).toBeLessThan(current.units.length);
    const raw = await ok(demo, 'statistics.rawTables', { year: 2025, units: true });
    const cells = raw.tables.flatMap((t) => t.table.cells.flat());
    expect(cells.filter((v) => v >= 1 && v <= 2).length).toBeGreaterThan(cells.length / 5);
    const published = await ok(demo, 'statistics.publish', { year: 2025, by: 'year' });
    expect(published.tables).toHaveLength(DEFAULT_INDICATORS.length);
    demo.close();
  }, 60_000);
});

describe('demo data and the relations', () => {
  test("every quarter of the demo data obeys the catalogue's relations: entry has no note for any of them", async () => {
    const demo = await freshApp();
    await seedDemo(demo, '2026-11-23');
    const { years, current } = await ok(demo, 'statistics.years', undefined);
    const active = (await ok(demo, 'statisticsIndicators.list', {})).find((i) => i.adds.length > 0)!;
    let checked = 0;
    for (const year of years) {
      for (let quarter = 1; quarter <= (year === current.year ? current.quarter : 4); quarter++) {
        expect(storedRelationNotes(demo.context, { year, quarter }), `K${quarter} ${year}`).toEqual([]);
        // Units where the relation could be checked: all its numbers reported, this quarter and the one before.
        const sheet = await ok(demo, 'statistics.quarter', { year, quarter });
        const reported = (values: { unitId: number; indicatorId: number }[], unitId: number, id: number) =>
          values.some((v) => v.unitId === unitId && v.indicatorId === id);
        checked += sheet.units.filter(
          (unit) =>
            [active.id, ...active.adds, ...active.takes].every((id) => reported(sheet.values, unit.id, id)) &&
            reported(sheet.previous.values, unit.id, active.id),
        ).length;
      }
    }
    expect(checked).toBeGreaterThan(50);
    demo.close();
  }, 60_000);
});

describe('migration', () => {
  test('a data file from before statistics gets the tables, keeps its units and starts with the default indicators', async () => {
    const dataFile = path.join(tempDir(), 'akan.sqlite');
    const before = await openApp({
      dataFile,
      today: '2026-11-23',
      migrationsDir: migrationsUpTo(shippedTags().indexOf('0001_committee_year')),
      dailyBackups: false,
    });
    const unit = {
      id: Number(
        before.context.sqlite.prepare(`INSERT INTO units (name) VALUES ('Hjemmetjenesten')`).run().lastInsertRowid,
      ),
    };
    before.close();
    const after = await openApp({ dataFile, today: '2026-11-23', dailyBackups: false });
    const catalogue = await ok(after, 'statisticsIndicators.list', {});
    expect(catalogue).toHaveLength(DEFAULT_INDICATORS.length);
    const saved = await ok(after, 'statistics.saveQuarter', {
      year: 2026,
      quarter: 4,
      counts: [{ unitId: unit.id, indicatorId: catalogue[0]!.id, value: 3 }],
    });
    expect(saved.changedCount).toBe(1);
    after.close();
  });
});
