import { eq } from 'drizzle-orm';
import { statisticsCounts } from '../../db/schema';
import type { AppContext } from '../context';
import type { PublishInput } from '../disclosure/publish';
import { AppError, fieldError } from '../errors';
import type { IndicatorRef, TableSpec } from './contract';
import type { IndicatorTerms } from './relations';
import { listIndicators } from './indicators';
import { WHOLE_MUNICIPALITY, quarterLabel } from './labels';
import { begunQuarters } from './periods';
import { type StatisticsUnit, statisticsUnits } from './units';

/** One indicator's numbers laid out as a table, before any protection. */
export interface IndicatorTableInput {
  indicator: IndicatorRef;
  /** Indicators it is worked out from (the catalogue's relation). */
  terms: IndicatorTerms;
  input: PublishInput;
  /** Units (rows that take numbers) with no number for at least one of the table's quarters. */
  notReportedUnits: number;
  unitCount: number;
}

interface Row {
  label: string;
  unitIds: ReadonlySet<number>;
  /** Index into the group labels, or null. */
  parent: number | null;
}

interface Layout {
  rows: Row[];
  groupLabels: string[];
}

/** Row labels are unit names; a name used twice is given with its path so every row can be told apart. */
function rowLabel(unit: StatisticsUnit, rows: readonly StatisticsUnit[], isSector: boolean): string {
  const label = rows.filter((u) => u.name === unit.name).length > 1 ? unit.path : unit.name;
  return isSector ? `${label} (egne tall)` : label;
}

/**
 * Rows are the units that take numbers now or have numbers for the year (archived ones too); each is summed into
 * its sector (its top unit). Units between the sector and the row are not shown as subtotals.
 */
function unitLayout(units: readonly StatisticsUnit[], reported: ReadonlySet<number>): Layout {
  const rows = units.filter((u) => u.takesNumbers || reported.has(u.id));
  if (rows.length === 0) {
    throw new AppError(
      'conflict',
      'Det er ingen enheter å vise tall for. Legg inn enhetene under Innstillinger, eller vis tallene for hele kommunen.',
    );
  }
  const sectorIds = [...new Set(rows.flatMap((u) => (u.sectorId === null ? [] : [u.sectorId])))];
  const groupLabels = sectorIds.map((id) => units.find((u) => u.id === id)?.name ?? '');
  const groupOf = (u: StatisticsUnit): number | null => {
    const index = sectorIds.indexOf(u.sectorId ?? u.id);
    return index < 0 ? null : index;
  };
  return {
    rows: rows.map((u) => ({
      label: rowLabel(u, rows, u.sectorId === null && sectorIds.includes(u.id)),
      unitIds: new Set([u.id]),
      parent: groupOf(u),
    })),
    groupLabels,
  };
}

function municipalityLayout(units: readonly StatisticsUnit[]): Layout {
  return {
    rows: [{ label: WHOLE_MUNICIPALITY, unitIds: new Set(units.map((u) => u.id)), parent: null }],
    groupLabels: [],
  };
}

/**
 * The tables for a year, one per indicator that is active or has numbers that year (of `only`, if given), from the
 * stored counts.
 *
 * Not reported is not 0: a cell no unit reported is null (published as `..`), and a sum covers the units that
 * reported. Columns are the quarters that have begun (or the year). For an indicator counted at the period's end
 * (`stock`), the year's number is the one for its last quarter, and quarters are not summed (no total column);
 * otherwise quarters are summed.
 */
export function statisticsTables(ctx: AppContext, spec: TableSpec, only?: ReadonlySet<number>): IndicatorTableInput[] {
  const quarters = begunQuarters(spec.year, ctx.today());
  if (quarters.length === 0) throw fieldError('year', `${spec.year} har ikke begynt ennå. Velg et år som har begynt.`);
  const counts = ctx.db
    .select({
      unitId: statisticsCounts.unitId,
      indicatorId: statisticsCounts.indicatorId,
      quarter: statisticsCounts.quarter,
      value: statisticsCounts.value,
    })
    .from(statisticsCounts)
    .where(eq(statisticsCounts.year, spec.year))
    .all();
  const units = statisticsUnits(ctx);
  const layout = spec.units ? unitLayout(units, new Set(counts.map((c) => c.unitId))) : municipalityLayout(units);
  const withNumbers = new Set(counts.map((c) => c.indicatorId));
  const indicators = listIndicators(ctx, true).filter(
    (i) => (!i.archived || withNumbers.has(i.id)) && (!only || only.has(i.id)),
  );
  const lastQuarter = quarters.at(-1) ?? 4;
  const columns =
    spec.by === 'quarter'
      ? quarters.map((q) => ({ label: quarterLabel(spec.year, q), quarters: [q] }))
      : [{ label: String(spec.year), quarters }];

  const reporting = new Set(counts.map((c) => c.unitId));
  const leafUnits = spec.units
    ? layout.rows.flatMap((r) => [...r.unitIds])
    : units.filter((u) => u.takesNumbers || reporting.has(u.id)).map((u) => u.id);
  // indicator → unit → quarter → count
  const byIndicator = new Map<number, Map<number, Map<number, number>>>();
  for (const c of counts) {
    const byUnit = byIndicator.get(c.indicatorId) ?? new Map<number, Map<number, number>>();
    byIndicator.set(c.indicatorId, byUnit);
    byUnit.set(c.unitId, (byUnit.get(c.unitId) ?? new Map<number, number>()).set(c.quarter, c.value));
  }

  return indicators.map(({ id, name, description, measure, adds, takes }) => {
    const mine = byIndicator.get(id) ?? new Map<number, Map<number, number>>();
    const cell = (row: Row, columnQuarters: readonly number[]): number | null => {
      const counted = measure === 'stock' && columnQuarters.length > 1 ? [lastQuarter] : columnQuarters;
      let sum: number | null = null;
      for (const unitId of row.unitIds) {
        const reported = mine.get(unitId);
        for (const quarter of counted) {
          const value = reported?.get(quarter);
          if (value !== undefined) sum = (sum ?? 0) + value;
        }
      }
      return sum;
    };
    const grouped = layout.groupLabels.length > 0;
    const missing = leafUnits.filter((u) => quarters.some((q) => !mine.get(u)?.has(q))).length;
    return {
      indicator: { id, name, description, measure },
      terms: { adds, takes },
      input: {
        rowLabels: layout.rows.map((r) => r.label),
        colLabels: columns.map((c) => c.label),
        cells: layout.rows.map((row) => columns.map((column) => cell(row, column.quarters))),
        ...(grouped ? { parents: layout.rows.map((r) => r.parent), groupLabels: layout.groupLabels } : {}),
        ...(measure === 'stock' && columns.length > 1 ? { columnTotals: false } : {}),
      },
      notReportedUnits: missing,
      unitCount: leafUnits.length,
    };
  });
}
