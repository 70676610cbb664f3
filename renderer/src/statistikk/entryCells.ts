import { useEffect, useRef } from 'react';
import type { ErrorBody } from '../../../core/contract';
import type { QuarterSheet, SheetIndicator, SheetUnit } from '../../../core/statistics/contract';
import { wholeNumberInput } from '../forms/values';

/** One input of the grid. Its form value is `counts.<index>.value`, the path the contract names it by. */
export interface EntryCell {
  key: string;
  unit: SheetUnit;
  indicator: SheetIndicator;
  stored: number | null;
}

export function storedValue(sheet: QuarterSheet, unitId: number, indicatorId: number): number | null {
  return sheet.values.find((v) => v.unitId === unitId && v.indicatorId === indicatorId)?.value ?? null;
}

/** Units that take numbers × indicators in use, row by row, in the order they are sent. */
export function entryCells(sheet: QuarterSheet): EntryCell[] {
  const indicators = sheet.indicators.filter((i) => !i.archived);
  return sheet.units
    .filter((u) => u.editable)
    .flatMap((unit) =>
      indicators.map((indicator) => ({ unit, indicator, stored: storedValue(sheet, unit.id, indicator.id) })),
    )
    .map((cell, i) => ({ ...cell, key: `counts.${i}.value` }));
}

const cellOf = (unitId: number, indicatorId: number) => `${unitId}:${indicatorId}`;

/**
 * The number each cell showed when the grid was opened, sent as `was` so that a cell someone else has changed since
 * is refused rather than overwritten. After such a refusal the cells take the number stored now, so that saving
 * again keeps what the user typed.
 */
export function useOpenedValues(cells: EntryCell[], error: ErrorBody | null): (cell: EntryCell) => number | null {
  const opened = useRef(new Map(cells.map((c) => [cellOf(c.unit.id, c.indicator.id), c.stored])));
  const conflicts = error?.conflict?.cells;
  useEffect(() => {
    for (const cell of conflicts ?? []) opened.current.set(cellOf(cell.unitId, cell.indicatorId), cell.value);
  }, [conflicts]);
  return (cell) => {
    const key = cellOf(cell.unit.id, cell.indicator.id);
    return opened.current.has(key) ? (opened.current.get(key) ?? null) : cell.stored;
  };
}

export function initialValues(cells: EntryCell[]): Record<string, string> {
  return Object.fromEntries(cells.map((c) => [c.key, c.stored === null ? '' : String(c.stored)]));
}

/** What the user typed as the contract wants it: a number, null for empty, or the text as typed for the contract to name. */
export function typedValue(text: string | undefined): number | null {
  return wholeNumberInput(text ?? '');
}

export interface PendingChange {
  cell: EntryCell;
  after: number | null;
}

/** Cells whose input differs from what is stored. */
export function pendingChanges(cells: EntryCell[], values: Record<string, string>): PendingChange[] {
  return cells.flatMap((cell) => {
    const after = typedValue(values[cell.key]);
    return after === cell.stored ? [] : [{ cell, after }];
  });
}

/** Consecutive units under the same sector, in tree order; units at the top have no sector. */
export function sectorGroups(units: SheetUnit[]): { sectorName: string | null; units: SheetUnit[] }[] {
  const groups: { sectorId: number | null; sectorName: string | null; units: SheetUnit[] }[] = [];
  for (const unit of units) {
    const last = groups.at(-1);
    if (last && unit.sectorId !== null && last.sectorId === unit.sectorId) last.units.push(unit);
    else groups.push({ sectorId: unit.sectorId, sectorName: unit.sectorName, units: [unit] });
  }
  return groups;
}

const unitsText = (n: number) => `${n} ${n === 1 ? 'enhet' : 'enheter'}`;

/**
 * How the units have reported for the quarter: for the whole quarter always, and for the sector shown when the sheet
 * shows one at a time.
 */
export function reportingStatus(sheet: QuarterSheet): string {
  const { units, notReported } = sheet.reporting;
  const whole =
    notReported === 0
      ? units === 1
        ? `Enheten har rapportert for ${sheet.label}.`
        : `Alle ${units} enhetene har rapportert for ${sheet.label}.`
      : `${notReported} av ${unitsText(units)} har ikke rapportert for ${sheet.label}.`;
  const sector = sheet.sectors.find((s) => s.id === sheet.sector);
  if (!sector) return whole;
  const part =
    sector.notReported === 0
      ? `I ${sector.name} har alle rapportert.`
      : `I ${sector.name} har ${sector.notReported} av ${unitsText(sector.units)} ikke rapportert.`;
  return `${whole} ${part}`;
}

/** The sectors to choose from, each with how far its units have come. */
export function sectorOptions(sheet: QuarterSheet): { value: string; label: string }[] {
  return sheet.sectors.map((s) => ({
    value: String(s.id),
    label: s.notReported === 0 ? `${s.name} (alle har rapportert)` : `${s.name} (${s.notReported} ikke rapportert)`,
  }));
}

/** The sector the sheet shows, when it shows one at a time. */
export function shownSectorName(sheet: QuarterSheet): string | null {
  return sheet.sectors.find((s) => s.id === sheet.sector)?.name ?? null;
}
