import { z } from 'zod';
import { type CatalogueEntry, catalogueEntryInput, catalogueListInput } from '../catalogue/contract';
import { prefixed } from '../catalogue/prefixed';
import { atVersion, guardOf } from '../concurrency/guard';
import type { NOT_REPORTED_SYMBOL, PublishedTable } from '../disclosure/publish';
import { read, write } from '../define';
import { emptyInput, id, optionalText, requiredText } from '../validation/fields';
import { year } from '../validation/year';
import { BREAKDOWNS, type Breakdown, MEASURES, type Measure } from './labels';

export interface Indicator extends CatalogueEntry {
  /** What exactly is counted. */
  description: string | null;
  measure: Measure;
  /** How many cells (unit and quarter) hold a number; an indicator with numbers is archived, never deleted. */
  reportedCells: number;
  /**
   * Indicators (ids) this one is worked out from. At the period's end: end = end of the period before + adds − takes;
   * over the period: this = adds − takes. Protection assumes the relation holds; entry notes where it does not.
   */
  adds: number[];
  takes: number[];
}

export type IndicatorRef = Pick<Indicator, 'id' | 'name' | 'description' | 'measure'>;

export interface Quarter {
  year: number;
  quarter: number;
}

export interface StatisticsYears {
  /** The quarter today falls in: the last one that can take numbers. */
  current: Quarter;
  /** Years with numbers, the current year and the two before it, newest first. */
  years: number[];
}

/** A unit as a row of the entry grid. */
export interface SheetUnit {
  id: number;
  name: string;
  /** "Helse og omsorg › Hjemmetjenesten". */
  path: string;
  /** The top unit the row is summed into (its sector), or null for a top unit. */
  sectorId: number | null;
  sectorName: string | null;
  /** Active and without units below: the only units that take numbers. */
  editable: boolean;
  /** Why an uneditable row is shown read-only (it holds numbers from before). */
  lockedReason: string | null;
}

export interface SheetIndicator extends IndicatorRef {
  archived: boolean;
  adds: number[];
  takes: number[];
}

export interface CountValue {
  unitId: number;
  indicatorId: number;
  value: number;
}

/** A top unit (a sector, or a unit at the top with none below) and how its units have reported in the quarter. */
export interface SheetSector {
  id: number;
  name: string;
  /** Units in it that take numbers. */
  units: number;
  /** Of those, units with no number stored for the quarter. */
  notReported: number;
}

/** One quarter of raw numbers for the committee's own entry screen. A missing value is "not reported". */
export interface QuarterSheet extends Quarter {
  label: string;
  /** False for a quarter that has not begun: it cannot take numbers yet. */
  open: boolean;
  /** The sector the sheet shows (its units, their numbers), or null: the whole quarter. */
  sector: number | null;
  /** Every sector of the quarter, in tree order, when the sheet shows one at a time; empty when it shows the whole. */
  sectors: SheetSector[];
  /** The whole quarter, whichever sector is shown: units that take numbers, and those with none stored. */
  reporting: { units: number; notReported: number };
  units: SheetUnit[];
  indicators: SheetIndicator[];
  values: CountValue[];
  /** The quarter before, for indicators at the period's end that are worked out from others (to check the relation). */
  previous: { label: string; values: CountValue[] };
}

export interface CellChange {
  unitId: number;
  unitName: string;
  indicatorId: number;
  indicatorName: string;
  /** null: not reported. */
  before: number | null;
  after: number | null;
}

export interface QuarterSaved extends Quarter {
  label: string;
  changedCount: number;
  changes: CellChange[];
  /** Where the stored numbers break a relation of the catalogue (stored anyway). */
  relationNotes: RelationNote[];
}

export interface RelationNote {
  unitId: number;
  indicatorId: number;
  message: string;
}

export interface TableSpec {
  year: number;
  by: Breakdown;
  /** One row per unit with sector subtotals; otherwise one row for the whole municipality. */
  units: boolean;
}

/** One indicator's table exactly as the disclosure engine published it: `null` is a suppressed number. */
export interface PublishedIndicator {
  indicator: IndicatorRef;
  table: PublishedTable;
  /** Units with no number for one or more of the table's quarters, of `unitCount`. */
  notReportedUnits: number;
  unitCount: number;
}

export interface StatisticsPublication extends TableSpec {
  k: number;
  symbol: string;
  footnote: string;
  /** `..`: nothing was reported. */
  notReportedSymbol: typeof NOT_REPORTED_SYMBOL;
  notReportedNote: string;
  tables: PublishedIndicator[];
  /** Some table hides more than a quarter of its cells. */
  tooManySuppressed: boolean;
  /** Coarser tables to offer instead when too many cells are hidden (year before quarter, municipality before units). */
  coarser: Omit<TableSpec, 'year'>[];
}

/** The same table unprotected, for the committee's own use only. */
export interface RawTable {
  rowLabels: string[];
  colLabels: string[];
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  grandTotal: number;
  groups?: { label: string; rowIndexes: number[]; cells: number[]; total: number }[];
}

export interface RawIndicator {
  indicator: IndicatorRef;
  table: RawTable;
}

export interface RawStatistics extends TableSpec {
  notReportedNote: string;
  tables: RawIndicator[];
}

const QUARTER_MESSAGE = 'Velg kvartal 1, 2, 3 eller 4.';
const COUNT_TYPE_MESSAGE = 'Skriv tallet med sifre, for eksempel 3, eller la feltet stå tomt.';

const quarter = z
  .number({ error: QUARTER_MESSAGE })
  .int({ error: QUARTER_MESSAGE })
  .min(1, { error: QUARTER_MESSAGE })
  .max(4, { error: QUARTER_MESSAGE });

const SECTOR_MESSAGE = 'Velg en sektor fra listen.';

/**
 * Which part of a quarter the sheet shows. Left out: the whole quarter (what a file import or a script wants).
 * `auto`: what the entry screen opens on: the whole quarter when it is small, otherwise one sector, the first with
 * units that have not reported. A number: that sector (a top unit).
 */
export const sheetSector = z.union([z.literal('auto'), id(SECTOR_MESSAGE)], { error: SECTOR_MESSAGE }).optional();

const TERMS_MESSAGE = 'Velg indikatorer fra katalogen.';
const terms = z
  .array(id(TERMS_MESSAGE), { error: TERMS_MESSAGE })
  .max(20, { error: 'Velg høyst 20 indikatorer.' })
  .optional();

export const indicatorFields = {
  name: requiredText(120, 'Skriv navnet på indikatoren.'),
  description: optionalText(600),
  measure: z.enum(MEASURES, { error: 'Velg om tallet gjelder hele perioden eller periodens slutt.' }),
  /** Left out on a change: the relation stays as it is. */
  adds: terms,
  takes: terms,
};

/** `value: null` means "not reported" (the number is removed); cells left out are not changed. */
export const saveQuarterInput = z.strictObject({
  year: year(),
  quarter,
  counts: z
    .array(
      z.strictObject({
        unitId: id('Velg en gyldig enhet.'),
        indicatorId: id('Velg en gyldig indikator.'),
        value: z
          .number({ error: COUNT_TYPE_MESSAGE })
          .nullish()
          .transform((v) => v ?? null),
        /**
         * The number the grid showed when it was opened (null: not reported). With it, a cell someone else changed
         * since is refused as a conflict instead of overwritten; without it (a file import) the number is written.
         */
        was: z.number({ error: COUNT_TYPE_MESSAGE }).int({ error: COUNT_TYPE_MESSAGE }).min(0).nullable().optional(),
      }),
    )
    .max(20_000),
});

const tableSpec = {
  year: year(),
  by: z
    .enum(BREAKDOWNS, { error: 'Velg kvartal eller år.' })
    .optional()
    .transform((v) => v ?? 'quarter'),
  units: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
};

const thresholdMessage = 'Skjermingsgrensen må være et heltall fra 3 til 10.';
const threshold = z
  .number({ error: thresholdMessage })
  .int({ error: thresholdMessage })
  .min(3, { error: thresholdMessage })
  .max(10, { error: thresholdMessage });

const indicator = guardOf('statistics_indicators', 'denne indikatoren');

export const indicatorsContract = prefixed('statisticsIndicators', {
  list: read(catalogueListInput).returns<Indicator[]>(),
  create: write(z.strictObject(indicatorFields), 'Indikator opprettet').returns<Indicator>(),
  update: write(
    z.strictObject({ id: id(), ...atVersion, ...indicatorFields }),
    'Indikator endret',
    indicator,
  ).returns<Indicator>(),
  archive: write(catalogueEntryInput, 'Indikator arkivert', indicator).returns<Indicator>(),
  restore: write(catalogueEntryInput, 'Indikator hentet fram igjen', indicator).returns<Indicator>(),
  remove: write(catalogueEntryInput, 'Indikator slettet', indicator).returns<{ id: number }>(),
});

export const statisticsContract = {
  ...indicatorsContract,
  'statistics.years': read(emptyInput).returns<StatisticsYears>(),
  'statistics.quarter': read(z.strictObject({ year: year(), quarter, sector: sheetSector })).returns<QuarterSheet>(),
  'statistics.saveQuarter': write(saveQuarterInput, 'Statistikk for et kvartal lagret').returns<QuarterSaved>(),
  /** Without `k`: the threshold from the settings. */
  'statistics.publish': read(
    z.strictObject({ ...tableSpec, k: threshold.optional() }),
  ).returns<StatisticsPublication>(),
  'statistics.rawTables': read(z.strictObject(tableSpec)).returns<RawStatistics>(),
};
