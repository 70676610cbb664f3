import type ExcelJS from 'exceljs';
import { chartSvg, svgToPng } from '../charts';
import type { FactGroup, ReportChart, ReportTable } from '../model';
import { cellValue, displayText, isRightAligned, numberFormat } from './cells';

const ACCENT = 'FF1E6A8D';
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 16, color: { argb: ACCENT } };
const SUBTITLE_FONT: Partial<ExcelJS.Font> = { size: 10, color: { argb: 'FF595959' } };
const HEADING_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
const NOTE_FONT: Partial<ExcelJS.Font> = { italic: true, size: 9, color: { argb: 'FF404040' } };
const TITLE_ROWS = 2;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WRAPPED_WIDTH = 48;
/** Free text is broken into lines of about this many characters, one line per row. */
const TEXT_LINE = 95;
const CHART_ROWS = 18;
const ROW_PX = 20;
const CHART_MIN_PX = 660;

export interface SheetSetup {
  organisationName: string;
  /** E.g. "AKAN-årsrapport 2026": printed in the header and footer. */
  reportTitle: string;
}

interface PendingChart {
  row: number;
  chart: ReportChart;
}

/** Excel's column width (characters of Calibri 11) in screen pixels. */
function columnPx(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}

function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Breaks free text into lines of at most `width` characters at spaces; blank lines between paragraphs are kept. */
export function wrapText(text: string, width = TEXT_LINE): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines;
  });
}

/**
 * Writes one sheet of the report from top to bottom: a title block, labelled facts, free text, Excel tables with
 * styled headers and number formats, footnotes and chart images; `finish` fits the columns, places the charts and
 * sets freezing, printing (A4, fit to width), header and footer. Every section's sheet is made with it.
 */
export class SheetWriter {
  private next = 1;
  private readonly widths = new Map<number, number>();
  private readonly wrapped = new Set<number>();
  private readonly charts: PendingChart[] = [];
  private readonly tableHeaderRows: number[] = [];
  private minTotalWidth = 0;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly sheet: ExcelJS.Worksheet,
    private readonly tableName: (id: string) => string,
  ) {}

  private measure(col: number, text: string, extra = 0): void {
    const longest = Math.max(0, ...text.split('\n').map((line) => line.length));
    this.widths.set(col, Math.max(this.widths.get(col) ?? 0, longest + extra));
  }

  private line(text: string, font: Partial<ExcelJS.Font>): ExcelJS.Row {
    const row = this.sheet.getRow(this.next++);
    row.getCell(1).value = text;
    row.getCell(1).font = font;
    return row;
  }

  private skip(rows = 1): void {
    this.next += rows;
  }

  title(title: string, subtitle: string): void {
    this.line(title, TITLE_FONT).height = 24;
    this.line(subtitle, SUBTITLE_FONT);
    this.skip();
  }

  facts(group: FactGroup): void {
    this.line(group.title, HEADING_FONT);
    for (const fact of group.facts) {
      const row = this.sheet.getRow(this.next++);
      row.getCell(1).value = fact.label;
      const value = row.getCell(2);
      value.value = cellValue(fact.value, fact.kind);
      value.numFmt = numberFormat(fact.kind) ?? 'General';
      value.alignment = { horizontal: 'left' };
      this.measure(1, fact.label);
      this.measure(2, displayText(fact.value, fact.kind));
      if (fact.detail) {
        Object.assign(row.getCell(3), { value: fact.detail, font: SUBTITLE_FONT });
        this.measure(3, fact.detail);
      }
    }
    this.skip();
  }

  text(title: string, body: string | null, empty: string): void {
    this.line(title, HEADING_FONT);
    if (!body) this.line(empty, NOTE_FONT);
    for (const text of body ? wrapText(body) : []) {
      if (text) this.line(text, {});
      else this.skip();
    }
    this.minTotalWidth = Math.max(this.minTotalWidth, TEXT_LINE);
    this.skip();
  }

  table(table: ReportTable): void {
    this.line(table.title, HEADING_FONT);
    if (table.rows.length === 0) {
      this.line(table.empty, NOTE_FONT);
      this.skip();
      return;
    }
    const top = this.next;
    const names = uniqueNames(table.columns.map((c) => c.label));
    this.sheet.addTable({
      name: this.tableName(table.id),
      ref: `A${top}`,
      headerRow: true,
      totalsRow: table.totals !== undefined,
      style: { theme: 'TableStyleLight9', showRowStripes: true },
      columns: names.map((name, c) => ({
        name,
        filterButton: true,
        ...(c === 0 && table.totals ? { totalsRowLabel: String(table.totals[0] ?? '') } : {}),
      })),
      rows: table.rows.map((row) => table.columns.map((column, c) => cellValue(row[c] ?? null, column.kind))),
    });
    const header = this.sheet.getRow(top);
    table.columns.forEach((column, c) => {
      const col = c + 1;
      this.measure(col, names[c] ?? '', 3);
      if (column.wide) this.wrapped.add(col);
      const format = numberFormat(column.kind);
      const alignment: Partial<ExcelJS.Alignment> = {
        vertical: 'top',
        horizontal: isRightAligned(column.kind) ? 'right' : 'left',
        wrapText: column.wide ?? false,
      };
      Object.assign(header.getCell(col), { font: HEADER_FONT, fill: HEADER_FILL, alignment: { ...alignment, wrapText: true } });
      for (let r = 0; r < table.rows.length; r++) {
        const cell = this.sheet.getRow(top + 1 + r).getCell(col);
        if (format) cell.numFmt = format;
        cell.alignment = alignment;
        this.measure(col, displayText(table.rows[r]?.[c] ?? null, column.kind));
      }
      if (table.totals) {
        const cell = this.sheet.getRow(top + 1 + table.rows.length).getCell(col);
        cell.value = cellValue(table.totals[c] ?? null, c === 0 ? 'text' : column.kind);
        if (format && c > 0) cell.numFmt = format;
        cell.alignment = alignment;
        cell.font = { bold: true };
        this.measure(col, displayText(table.totals[c] ?? null, column.kind));
      }
    });
    this.tableHeaderRows.push(top);
    this.next = top + 1 + table.rows.length + (table.totals ? 1 : 0);
    this.skip();
  }

  note(text: string): void {
    this.line(text, NOTE_FONT);
  }

  /** Reserves room for a chart; it is drawn in `finish`, once the column widths are known. */
  chart(chart: ReportChart): void {
    this.charts.push({ row: this.next, chart });
    this.skip(CHART_ROWS + 1);
  }

  private fitColumns(): void {
    let total = 0;
    const last = Math.max(1, ...this.widths.keys());
    for (let col = 1; col <= last; col++) {
      const limit = this.wrapped.has(col) ? WRAPPED_WIDTH : MAX_WIDTH;
      const width = Math.min(limit, Math.max(MIN_WIDTH, (this.widths.get(col) ?? 0) + 2));
      this.sheet.getColumn(col).width = width;
      total += width;
    }
    if (total < this.minTotalWidth) {
      const column = this.sheet.getColumn(last);
      column.width = (column.width ?? MIN_WIDTH) + this.minTotalWidth - total;
    }
  }

  /** Draws each chart at exactly the size of the cells it covers, so it is never stretched. */
  private placeCharts(): void {
    for (const { row, chart } of this.charts) {
      let cols = 0;
      let px = 0;
      while (px < CHART_MIN_PX) {
        const column = this.sheet.getColumn(cols + 1);
        if (!column.width) column.width = 12;
        px += columnPx(column.width);
        cols++;
      }
      for (let r = row; r < row + CHART_ROWS; r++) this.sheet.getRow(r).height = (ROW_PX * 3) / 4;
      const png = svgToPng(chartSvg({ ...chart, width: px, height: CHART_ROWS * ROW_PX }));
      const image = this.workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
      this.sheet.addImage(image, {
        tl: { col: 0, row: row - 1 } as ExcelJS.Anchor,
        br: { col: cols, row: row - 1 + CHART_ROWS } as ExcelJS.Anchor,
        editAs: 'oneCell',
      });
    }
  }

  /** Fits the columns, draws the charts, and sets freezing, printing, header and footer. */
  finish(setup: SheetSetup): void {
    this.fitColumns();
    this.placeCharts();
    const [onlyHeader] = this.tableHeaderRows.length === 1 ? this.tableHeaderRows : [];
    const frozen = onlyHeader ?? TITLE_ROWS;
    this.sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}`, activeCell: 'A1' }];
    const totalWidth = this.sheet.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    Object.assign(this.sheet.pageSetup, {
      paperSize: 9,
      orientation: totalWidth > 110 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: false,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${frozen}`,
    } satisfies Partial<ExcelJS.PageSetup>);
    const organisation = headerFooterText(setup.organisationName);
    const title = headerFooterText(setup.reportTitle);
    this.sheet.headerFooter.oddHeader = `&L${organisation}&R${title}`;
    this.sheet.headerFooter.oddFooter = `&L${title} – ${headerFooterText(this.sheet.name)}&RSide &P av &N`;
  }
}

/** Excel refuses a table with two columns of the same name. */
function uniqueNames(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const key = label.toLocaleLowerCase('nb');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}
