import type { Screen } from '../screens';
import type { Versioned } from '../concurrency/guard';
/**
 * The annual report as data: what the preview screen shows and what the workbook is written from.
 * Pure types and constants (the renderer imports them).
 */

/** «Forslag til vedtak» in the case document for AMU, unless the committee writes another. */
export function defaultProposal(year: number): string {
  return `AMU tar AKAN-utvalgets årsrapport for ${year} til orientering.`;
}

/** The longest summary text the committee can write for one year. */
export const SUMMARY_MAX_LENGTH = 5000;

/**
 * How a value reads: `count` is a published statistics count, where `null` is a suppressed cell (shown as `*`) and
 * `''` is a number that is not published at all (left empty); `percent` is a share from 0 to 1 in whole percents;
 * `decimal` a number shown with one decimal (an evaluation score); `date` is an ISO `YYYY-MM-DD` date.
 */
export type ValueKind = 'text' | 'number' | 'decimal' | 'percent' | 'date' | 'count';

/** Said where a number was never entered (not the same as 0); totals that leave such rows out say so in a note. */
export const NOT_REGISTERED = 'Ikke registrert';

export type ReportValue = string | number | null;

export interface ReportColumn {
  label: string;
  kind: ValueKind;
  /** Long free text (evaluations, decisions): wrapped rather than widened. */
  wide?: boolean;
}

export interface ReportTable {
  /** Unique within the section; names the Excel table. */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportValue[][];
  /** The total row (first cell its label), kept apart from the rows so filtering and sorting leave it in place. */
  totals?: ReportValue[];
  /** Said instead of the table when it has no rows. */
  empty: string;
  /** Reference text rather than figures (what each indicator counts): printed as a list across the page, not as an Excel table. */
  asList?: boolean;
}

export interface ChartSeriesData {
  name: string;
  /** `null` is suppressed or missing: never drawn. */
  values: (number | null)[];
}

export interface ReportChart {
  id: string;
  title: string;
  kind: 'bar' | 'line';
  /** What the categories are, e.g. "Kvartal". */
  categoryLabel: string;
  categories: string[];
  series: ChartSeriesData[];
  /** Printed under the chart, e.g. why some values are not drawn. */
  note?: string;
}

export interface Fact {
  label: string;
  value: ReportValue;
  kind: ValueKind;
  /** A few words after the value, e.g. "av 12 planlagte". */
  detail?: string;
}

/** Labelled values read top to bottom, e.g. "Om rapporten" or "Nøkkeltall". */
export interface FactGroup {
  title: string;
  facts: Fact[];
}

/** A key figure of the year, with the screen that explains it. */
export interface KeyFigure extends Fact {
  id: string;
  screen: Screen;
  /** Explains a value that is not shown, e.g. the suppression footnote for `*`. */
  note?: string;
  /** Figures of one kind shown together under this title, e.g. "Deltakere etter målgruppe". */
  group?: string;
}

export type SectionId = 'summary' | 'training' | 'campaigns' | 'appointments' | 'statistics' | 'plan' | 'amuCases';

export interface ReportSection {
  id: SectionId;
  /** Also the sheet's name. */
  title: string;
  factGroups: FactGroup[];
  /** Free text written by the committee (the summary). */
  text?: { title: string; body: string | null; empty: string };
  tables: ReportTable[];
  charts: ReportChart[];
  /** Footnotes, e.g. the suppression footnote. */
  notes: string[];
}

export interface AnnualReport {
  year: number;
  organisationName: string;
  /** The day the report was made (`YYYY-MM-DD`). */
  madeOn: string;
  keyFigures: KeyFigure[];
  sections: ReportSection[];
}

/** The year at a glance on Oversikt: the report's key figures and charts, nothing else. */
export interface YearAtAGlance {
  year: number;
  keyFigures: KeyFigure[];
  charts: ReportChart[];
  /** Footnotes for key figures that are not shown (suppressed). */
  notes: string[];
}

/** The years the report screen offers, and the one it starts on. */
export interface ReportYears {
  /** Last year's report until it is due (the setting «Frist for årsrapport»), then this year's. */
  defaultYear: number;
  /** When the default year's report is due at AMU. */
  dueDate: string;
  years: number[];
}

export interface AnnualSummary extends Versioned {
  year: number;
  summaryText: string | null;
  updatedAt: string | null;
}

/** With `path` the file was saved there; without it the bytes come back for the renderer to offer as a download. */
export interface ExportedReport {
  fileName: string;
  path: string | null;
  base64: string | null;
  bytes: number;
}
