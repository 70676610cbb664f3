import { spawnSync } from 'node:child_process';
import path from 'node:path';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, 'xlsx_dump.py');

export type CellValue = string | number | boolean | { date: string };

export interface DumpedCell {
  ref: string;
  row: number;
  col: number;
  value: CellValue;
  bold: boolean;
  numFmt: string;
}

export interface DumpedTable {
  name: string;
  ref: string;
  columns: string[];
  headerRowCount: number | null;
  totalsRowCount: number | null;
  autoFilter: string | null;
}

export interface DumpedSheet {
  name: string;
  state: string;
  freeze: string | null;
  paperSize: number | null;
  orientation: string | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  fitToHeight: number | null;
  printTitleRows: string | null;
  /** Manual page breaks: each the row after which a new page begins. */
  rowBreaks: number[];
  mergedCells: string[];
  header: { left: string | null; center: string | null; right: string | null };
  footer: { left: string | null; center: string | null; right: string | null };
  columnWidths: Record<string, number>;
  tables: DumpedTable[];
  images: number;
  comments: { ref: string; text: string }[];
  cells: DumpedCell[];
}

export interface DumpedWorkbook {
  properties: {
    title: string | null;
    subject: string | null;
    creator: string | null;
    lastModifiedBy: string | null;
    created: string | null;
    company: string | null;
    keywords: string | null;
    category: string | null;
    description: string | null;
    language: string | null;
  };
  definedNames: { name: string; value: string }[];
  media: string[];
  chartParts: string[];
  sheets: DumpedSheet[];
}

/** Reads an .xlsx file with openpyxl (an independent reader, not exceljs) and returns what it found. */
export function readWorkbook(file: string): DumpedWorkbook {
  const result = spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`openpyxl could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as DumpedWorkbook;
}

/** The cell at a reference such as `B7`, if it has a value. */
export function cellAt(sheet: DumpedSheet, ref: string): DumpedCell | undefined {
  return sheet.cells.find((c) => c.ref === ref);
}

/** The value in column B on the row whose column A reads `label` (the fact blocks). */
export function factValue(sheet: DumpedSheet, label: string): CellValue | undefined {
  const labelCell = sheet.cells.find((c) => c.col === 1 && c.value === label);
  return labelCell && sheet.cells.find((c) => c.row === labelCell.row && c.col === 2)?.value;
}
