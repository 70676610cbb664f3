import type ExcelJS from 'exceljs';
import { chartSvg, svgToPng } from '../charts';
import type { FactGroup, ReportChart, ReportTable } from '../model';
import { cellValue, displayText, isRightAligned, numberFormat } from './cells';
import {
  FONT_NAME,
  FONT_SIZE,
  LINE_PT,
  PAD,
  columnPx,
  lineCount,
  longestWordUnits,
  textUnits,
  wrapToWidth,
} from './measure';
import { type Block, MARGINS, MIN_SCALE, fitPage, pageStarts, repeatedHeader } from './pages';

const ACCENT = 'FF1E6A8D';
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: FONT_NAME,
  size: FONT_SIZE,
  ...extra,
});
const TITLE_FONT = font({ bold: true, size: 16, color: { argb: ACCENT } });
const SUBTITLE_FONT = font({ size: 9, color: { argb: 'FF595959' } });
const HEADING_FONT = font({ bold: true, size: 12 });
const HEADER_FONT = font({ bold: true, color: { argb: 'FFFFFFFF' } });
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
const NOTE_FONT = font({ italic: true, size: 9, color: { argb: 'FF404040' } });
const MIN_WIDTH = 7;
/** Text wider than this wraps (long free text: `WIDE_MAX`), so one long title cannot widen a whole sheet. */
const TEXT_MAX = 32;
const WIDE_MAX = 44;
/** The committee's free text is written one line a row, lines of this width. */
const TEXT_WIDTH = 80;
/** Headers up to this wide stay on one line; longer ones wrap at spaces. */
const HEADER_ONE_LINE = 14;
const HEADER_ONE_LINE_TEXT = 'x'.repeat(11);
/** Stands in for the width of the filter button in a table header. */
const FILTER_BUTTON = ' MM';
const ROW_PT = 15;
const CHART_ROWS = 18;
const CHART_MIN_PX = 660;
/** Freezing more rows than this would take too much of a laptop screen. */
const MAX_FROZEN = 8;

export interface SheetSetup {
  organisationName: string;
  /** E.g. "AKAN-årsrapport 2026": printed in the header and footer. */
  reportTitle: string;
}

/** Text in one cell that wraps in its column. */
interface WrappedCell {
  row: number;
  col: number;
  text: string;
  bold: boolean;
}

/** Text across the sheet's width (a merged row), from `col` to the last column. */
interface Span {
  row: number;
  col: number;
  text: string;
  size: number;
}

interface Need {
  /** What cannot wrap: numbers, dates, single words. */
  fixed: number;
  /** What wrapped text would like. */
  wrap: number;
  cap: number;
}

function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * Writes one sheet of the report from top to bottom: a title block, labelled facts, free text, Excel tables with
 * styled headers and number formats, footnotes and chart images. `finish` fits the columns, gives every row the
 * height its wrapped text needs, places the charts and lays the sheet out for print: orientation and margins, fit
 * to width, page breaks before blocks that would not fit, the table header repeated where a table runs on, frozen
 * panes at the table header, header and footer. Every section's sheet is made with it.
 */
export class SheetWriter {
  private next = 1;
  private readonly needs = new Map<number, Need>();
  private readonly wrapped: WrappedCell[] = [];
  private readonly spans: Span[] = [];
  private readonly fixedHeights = new Map<number, number>();
  private readonly charts: { row: number; chart: ReportChart }[] = [];
  private readonly blocks: Block[] = [];
  private minTotalWidth = 0;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly sheet: ExcelJS.Worksheet,
    private readonly tableName: (title: string) => string,
  ) {}

  private need(col: number, text: string, { wraps = false, cap = TEXT_MAX, bold = false } = {}): void {
    const current = this.needs.get(col) ?? { fixed: 0, wrap: 0, cap: TEXT_MAX };
    const units = textUnits(text, bold);
    if (wraps) {
      current.fixed = Math.max(current.fixed, longestWordUnits(text, bold));
      current.wrap = Math.max(current.wrap, units);
      current.cap = Math.max(current.cap, cap);
    } else current.fixed = Math.max(current.fixed, units);
    this.needs.set(col, current);
  }

  private block(first: number, kind: Block['kind'], extra: Partial<Block> = {}): void {
    const previous = this.blocks.at(-1);
    if (kind === 'note' && previous?.kind === 'note' && previous.last === first - 1) {
      previous.last = this.next - 1;
      return;
    }
    this.blocks.push({ first, last: this.next - 1, kind, ...extra });
  }

  private cell(row: number, col: number): ExcelJS.Cell {
    return this.sheet.getRow(row).getCell(col);
  }

  /** One line across the sheet; notes and long lines wrap within the sheet's width. */
  private line(text: string, style: Partial<ExcelJS.Font>, height?: number): number {
    const row = this.next++;
    Object.assign(this.cell(row, 1), { value: text, font: style });
    if (height) this.fixedHeights.set(row, height);
    else this.spans.push({ row, col: 1, text, size: style.size ?? FONT_SIZE });
    return row;
  }

  private skip(rows = 1): void {
    for (let i = 0; i < rows; i++) this.fixedHeights.set(this.next++, ROW_PT / 2);
  }

  title(title: string, subtitle: string): void {
    const first = this.next;
    this.line(title, TITLE_FONT, 24);
    this.line(subtitle, SUBTITLE_FONT);
    this.skip();
    this.block(first, 'whole');
  }

  facts(group: FactGroup): void {
    const first = this.line(group.title, HEADING_FONT, 18);
    for (const fact of group.facts) {
      const row = this.next++;
      Object.assign(this.cell(row, 1), {
        value: fact.label,
        font: font(),
        alignment: { vertical: 'top', wrapText: true },
      });
      this.need(1, fact.label, { wraps: true });
      this.wrapped.push({ row, col: 1, text: fact.label, bold: false });
      const value = this.cell(row, 2);
      value.value = cellValue(fact.value, fact.kind);
      value.numFmt = numberFormat(fact.kind) ?? 'General';
      value.font = font();
      value.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
      const shown = displayText(fact.value, fact.kind);
      this.need(2, shown, { wraps: fact.kind === 'text' });
      this.wrapped.push({ row, col: 2, text: shown, bold: false });
      if (fact.detail) {
        Object.assign(this.cell(row, 3), {
          value: fact.detail,
          font: SUBTITLE_FONT,
          alignment: { vertical: 'top', wrapText: true },
        });
        this.need(3, fact.detail, { wraps: true });
        this.wrapped.push({ row, col: 3, text: fact.detail, bold: false });
      }
    }
    this.skip();
    this.block(first, 'whole');
  }

  text(title: string, body: string | null, empty: string): void {
    const first = this.line(title, HEADING_FONT, 18);
    if (!body) this.line(empty, NOTE_FONT);
    for (const text of body ? wrapToWidth(body, TEXT_WIDTH) : []) {
      if (text) this.line(text, font(), ROW_PT);
      else this.skip();
    }
    this.minTotalWidth = Math.max(this.minTotalWidth, TEXT_WIDTH + PAD);
    this.skip();
    this.block(first, 'rows', { keep: 3 });
  }

  table(table: ReportTable): void {
    const first = this.line(table.title, HEADING_FONT, 18);
    if (table.rows.length === 0) {
      this.line(table.empty, NOTE_FONT);
      this.skip();
      this.block(first, 'whole');
      return;
    }
    if (table.asList) this.list(table);
    else this.excelTable(table);
    this.skip();
    this.block(first, 'rows', table.asList ? { keep: 2 } : { keep: 4, header: first + 1 });
  }

  /** Reference text: the first column as a label, the others after it across the sheet, «Kolonne: verdi». */
  private list(table: ReportTable): void {
    for (const values of table.rows) {
      const row = this.next++;
      const label = displayText(values[0] ?? null, table.columns[0]?.kind ?? 'text');
      Object.assign(this.cell(row, 1), {
        value: label,
        font: font({ bold: true }),
        alignment: { vertical: 'top', wrapText: true },
      });
      this.need(1, label, { wraps: true, bold: true });
      this.wrapped.push({ row, col: 1, text: label, bold: true });
      const rest = table.columns
        .slice(1)
        .map((column, c) => ({ column, text: displayText(values[c + 1] ?? null, column.kind) }))
        .filter(({ text }) => text)
        .map(({ column, text }) => `${column.label}: ${text}`)
        .join('  ·  ');
      Object.assign(this.cell(row, 2), { value: rest, font: font(), alignment: { vertical: 'top', wrapText: true } });
      this.spans.push({ row, col: 2, text: rest, size: FONT_SIZE });
    }
  }

  private excelTable(table: ReportTable): void {
    const top = this.next;
    const names = uniqueNames(table.columns.map((c) => c.label));
    this.sheet.addTable({
      name: this.tableName(table.title),
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
    const rows = table.totals ? [...table.rows, table.totals] : table.rows;
    table.columns.forEach((column, c) => {
      const col = c + 1;
      const label = names[c] ?? '';
      const numeric = isRightAligned(column.kind);
      const textual = column.kind === 'text';
      const cap = column.wide ? WIDE_MAX : TEXT_MAX;
      // The header keeps room for the filter button Excel draws at its right.
      const headerText = `${label}${FILTER_BUTTON}`;
      const oneLine = textUnits(headerText, true) <= HEADER_ONE_LINE;
      this.need(col, headerText, { wraps: !oneLine, bold: true });
      if (!oneLine) this.need(col, HEADER_ONE_LINE_TEXT, { bold: true });
      this.wrapped.push({ row: top, col, text: headerText, bold: true });
      const alignment: Partial<ExcelJS.Alignment> = {
        vertical: 'top',
        horizontal: numeric ? 'right' : 'left',
        wrapText: textual,
      };
      Object.assign(this.cell(top, col), {
        font: HEADER_FONT,
        fill: HEADER_FILL,
        alignment: { ...alignment, wrapText: true },
      });
      rows.forEach((values, r) => {
        const isTotal = r === table.rows.length;
        const kind = isTotal && c === 0 ? 'text' : column.kind;
        const cell = this.cell(top + 1 + r, col);
        if (isTotal) cell.value = cellValue(values[c] ?? null, kind);
        const format = numberFormat(kind);
        if (format && (typeof cell.value === 'number' || cell.value instanceof Date)) cell.numFmt = format;
        cell.alignment = alignment;
        cell.font = font(isTotal ? { bold: true } : {});
        const shown = displayText(values[c] ?? null, kind);
        this.need(col, shown, { wraps: textual, cap, bold: isTotal });
        if (textual) this.wrapped.push({ row: top + 1 + r, col, text: shown, bold: isTotal });
      });
    });
    this.next = top + 1 + rows.length;
  }

  note(text: string): void {
    const first = this.line(text, NOTE_FONT);
    this.block(first, 'note');
  }

  /** Reserves room for a chart; it is drawn in `finish`, once the column widths are known. */
  chart(chart: ReportChart): void {
    const first = this.next;
    this.charts.push({ row: first, chart });
    // One empty row above the picture: at the top of a page it keeps the whole picture on that page (a picture that
    // starts exactly at a page break is drawn by LibreOffice with a sliver on the page before).
    for (let r = 0; r <= CHART_ROWS; r++) this.fixedHeights.set(this.next++, ROW_PT);
    this.skip();
    this.block(first, 'whole');
  }

  /** Column widths: what cannot wrap, and wrapped text up to its cap (shrunk by `squeeze` to fit the page). */
  private fitColumns(squeeze: number): number[] {
    const last = Math.max(1, ...this.needs.keys());
    const widths: number[] = [];
    for (let col = 1; col <= last; col++) {
      const need = this.needs.get(col) ?? { fixed: 0, wrap: 0, cap: TEXT_MAX };
      const wrap = Math.min(need.wrap, need.cap * squeeze);
      widths.push(Math.max(MIN_WIDTH, Math.ceil(Math.max(need.fixed, wrap) + PAD)));
    }
    const total = widths.reduce((sum, w) => sum + w, 0);
    if (total < this.minTotalWidth) widths[widths.length - 1]! += this.minTotalWidth - total;
    return widths;
  }

  /** How many columns, from A, a chart covers to be at least `CHART_MIN_PX` wide, and its width in pixels. */
  private chartSpan(widths: number[]): { cols: number; px: number } {
    let cols = 0;
    let px = 0;
    while (px < CHART_MIN_PX) px += columnPx(widths[cols++] ?? 12);
    return { cols, px };
  }

  private contentInches(widths: number[]): number {
    const columns = widths.reduce((sum, w) => sum + columnPx(w), 0);
    return Math.max(columns, this.charts.length > 0 ? this.chartSpan(widths).px : 0) / 96;
  }

  private rowHeights(widths: number[]): Map<number, number> {
    const heights = new Map(this.fixedHeights);
    const raise = (row: number, pt: number) => heights.set(row, Math.max(heights.get(row) ?? 0, pt));
    for (const { row, col, text, bold } of this.wrapped)
      raise(row, lineCount(text, widths[col - 1] ?? MIN_WIDTH, bold) * LINE_PT + 2);
    for (const { row, col, text, size } of this.spans) {
      const width = widths.slice(col - 1).reduce((sum, w) => sum + w, 0) * (FONT_SIZE / size);
      raise(row, lineCount(text, width) * LINE_PT * (size / FONT_SIZE) + 3);
    }
    for (let row = 1; row < this.next; row++) if (!heights.has(row)) heights.set(row, ROW_PT);
    return heights;
  }

  /** Fits the columns and rows, draws the charts, and lays the sheet out for print and for the screen. */
  finish(setup: SheetSetup): void {
    let squeeze = 1;
    let widths = this.fitColumns(squeeze);
    while (fitPage(this.contentInches(widths)).scale < MIN_SCALE && squeeze > 0.4)
      widths = this.fitColumns((squeeze -= 0.1));
    widths.forEach((width, i) => (this.sheet.getColumn(i + 1).width = width));
    for (const { row, col } of this.spans) {
      if (widths.length > col) this.sheet.mergeCells(row, col, row, widths.length);
      this.cell(row, col).alignment = { ...this.cell(row, col).alignment, vertical: 'top', wrapText: true };
    }
    const heights = this.rowHeights(widths);
    heights.forEach((pt, row) => (this.sheet.getRow(row).height = pt));
    this.placeCharts(widths);

    const fit = fitPage(this.contentInches(widths));
    const height = (row: number) => heights.get(row) ?? ROW_PT;
    let starts = pageStarts(this.blocks, height, fit.pageHeight);
    let repeat = repeatedHeader(this.blocks, starts);
    if (repeat) {
      const withTitles = pageStarts(this.blocks, height, fit.pageHeight, height(repeat.header!));
      if (repeatedHeader(this.blocks, withTitles) === repeat) starts = withTitles;
      else repeat = null;
    }
    for (const row of starts) this.sheet.getRow(row - 1).addPageBreak();

    const firstHeader = this.blocks.find((b) => b.header !== undefined)?.header;
    this.sheet.views =
      firstHeader !== undefined && firstHeader <= MAX_FROZEN
        ? [
            {
              state: 'frozen',
              xSplit: 0,
              ySplit: firstHeader,
              topLeftCell: `A${firstHeader + 1}`,
              activeCell: `A${firstHeader + 1}`,
            },
          ]
        : [{ state: 'normal', activeCell: 'A1' }];
    Object.assign(this.sheet.pageSetup, {
      paperSize: 9,
      orientation: fit.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: false,
      margins: MARGINS,
      ...(repeat ? { printTitlesRow: `${repeat.header}:${repeat.header}` } : {}),
    } satisfies Partial<ExcelJS.PageSetup>);
    const organisation = headerFooterText(setup.organisationName);
    const title = headerFooterText(setup.reportTitle);
    const style = `&"${FONT_NAME},Regular"&9`;
    this.sheet.headerFooter.oddHeader = `&L${style}${organisation}&R${style}${title}`;
    this.sheet.headerFooter.oddFooter = `&L${style}${title} – ${headerFooterText(this.sheet.name)}&R${style}Side &P av &N`;
  }

  /** Draws each chart at exactly the size of the cells it covers, so it is never stretched. */
  private placeCharts(widths: number[]): void {
    const { cols, px } = this.chartSpan(widths);
    for (let col = widths.length + 1; col <= cols; col++) this.sheet.getColumn(col).width = 12;
    for (const { row, chart } of this.charts) {
      const png = svgToPng(chartSvg({ ...chart, width: px, height: Math.round((CHART_ROWS * ROW_PT * 4) / 3) }));
      const image = this.workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
      this.sheet.addImage(image, {
        tl: { col: 0, row } as ExcelJS.Anchor,
        br: { col: cols, row: row + CHART_ROWS } as ExcelJS.Anchor,
        editAs: 'oneCell',
      });
    }
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
