import { describe, expect, test } from 'vitest';
import { publishTable } from '../../../core/disclosure';
import type { QuarterSheet } from '../../../core/statistics/contract';
import { chartPoints } from '../../../renderer/src/statistikk/chartPoints';
import {
  entryCells,
  initialValues,
  pendingChanges,
  reportingStatus,
  sectorGroups,
  sectorOptions,
  shownSectorName,
} from '../../../renderer/src/statistikk/entryCells';

describe('chart points', () => {
  test('are the published municipality totals per quarter; a suppressed total stays null so it is never drawn', async () => {
    const table = await publishTable(
      {
        rowLabels: ['A', 'B'],
        colLabels: ['K1', 'K2', 'K3'],
        cells: [
          [1, 5, 0],
          [0, 6, 9],
        ],
      },
      { k: 3 },
    );
    const chart = chartPoints(table);
    expect(chart?.points).toEqual(table.colLabels.map((label, c) => ({ label, value: table.colTotals[c] ?? null })));
    expect(chart?.points[0]?.value).toBeNull();
  });

  test('for the year: sectors (with units outside every sector); one number is no chart', async () => {
    const year = await publishTable(
      {
        rowLabels: ['A', 'B', 'C'],
        colLabels: ['2026'],
        cells: [[4], [5], [7]],
        parents: [0, 0, null],
        groupLabels: ['Sektor'],
      },
      { k: 3 },
    );
    expect(chartPoints(year)).toEqual({
      title: 'Per sektor',
      points: [
        { label: 'Sektor', value: 9 },
        { label: 'C', value: 7 },
      ],
    });
    expect(
      chartPoints(await publishTable({ rowLabels: ['Hele kommunen'], colLabels: ['2026'], cells: [[16]] }, { k: 3 })),
    ).toBeNull();
  });
});

describe('entry grid', () => {
  const sheet: QuarterSheet = {
    year: 2026,
    quarter: 3,
    label: 'K3 2026',
    open: true,
    sector: null,
    sectors: [],
    reporting: { units: 2, notReported: 1 },
    units: [
      {
        id: 2,
        name: 'Hjemmetjenesten',
        path: 'Helse › Hjemmetjenesten',
        sectorId: 1,
        sectorName: 'Helse',
        editable: true,
        lockedReason: null,
      },
      {
        id: 3,
        name: 'Sykehjemmet',
        path: 'Helse › Sykehjemmet',
        sectorId: 1,
        sectorName: 'Helse',
        editable: false,
        lockedReason: 'Enheten er arkivert.',
      },
      { id: 4, name: 'Stab', path: 'Stab', sectorId: null, sectorName: null, editable: true, lockedReason: null },
    ],
    indicators: [
      { id: 10, name: 'Henvendelser', description: null, measure: 'flow', archived: false, adds: [], takes: [] },
      { id: 11, name: 'Gammel', description: null, measure: 'flow', archived: true, adds: [], takes: [] },
    ],
    values: [
      { unitId: 2, indicatorId: 10, value: 0 },
      { unitId: 3, indicatorId: 10, value: 4 },
      { unitId: 2, indicatorId: 11, value: 1 },
    ],
    previous: { label: 'K2 2026', values: [] },
  };

  test('inputs are the editable units × active indicators, named by their place in the saved list', () => {
    const cells = entryCells(sheet);
    expect(cells.map((c) => [c.key, c.unit.id, c.indicator.id, c.stored])).toEqual([
      ['counts.0.value', 2, 10, 0],
      ['counts.1.value', 4, 10, null],
    ]);
    expect(initialValues(cells)).toEqual({ 'counts.0.value': '0', 'counts.1.value': '' });
  });

  test('pending changes: a cleared 0 is a change to «not reported»; what does not parse is kept as typed', () => {
    const cells = entryCells(sheet);
    expect(pendingChanges(cells, { 'counts.0.value': ' 0 ', 'counts.1.value': '' })).toEqual([]);
    expect(
      pendingChanges(cells, { 'counts.0.value': '', 'counts.1.value': 'tre' }).map((p) => [p.cell.key, p.after]),
    ).toEqual([
      ['counts.0.value', null],
      ['counts.1.value', 'tre'],
    ]);
  });

  test('units are grouped under their sector in tree order', () => {
    expect(sectorGroups(sheet.units).map((g) => [g.sectorName, g.units.map((u) => u.id)])).toEqual([
      ['Helse', [2, 3]],
      [null, [4]],
    ]);
  });

  test('the reporting status counts the whole quarter, and the sector shown when there is one', () => {
    expect(reportingStatus(sheet)).toBe('1 av 2 enheter har ikke rapportert for K3 2026.');
    expect(reportingStatus({ ...sheet, reporting: { units: 1, notReported: 0 } })).toBe(
      'Enheten har rapportert for K3 2026.',
    );
    expect(reportingStatus({ ...sheet, reporting: { units: 30, notReported: 0 } })).toBe(
      'Alle 30 enhetene har rapportert for K3 2026.',
    );
    const bySector: QuarterSheet = {
      ...sheet,
      sector: 1,
      sectors: [
        { id: 1, name: 'Helse', units: 12, notReported: 1 },
        { id: 4, name: 'Stab', units: 3, notReported: 0 },
      ],
      reporting: { units: 200, notReported: 21 },
    };
    expect(shownSectorName(sheet)).toBeNull();
    expect(shownSectorName(bySector)).toBe('Helse');
    expect(reportingStatus(bySector)).toBe(
      '21 av 200 enheter har ikke rapportert for K3 2026. I Helse har 1 av 12 enheter ikke rapportert.',
    );
    expect(reportingStatus({ ...bySector, sector: 4 })).toBe(
      '21 av 200 enheter har ikke rapportert for K3 2026. I Stab har alle rapportert.',
    );
    expect(sectorOptions(bySector)).toEqual([
      { value: '1', label: 'Helse (1 ikke rapportert)' },
      { value: '4', label: 'Stab (alle har rapportert)' },
    ]);
    expect(sectorOptions(sheet)).toEqual([]);
  });
});
