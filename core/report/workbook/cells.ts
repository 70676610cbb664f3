import { SUPPRESSION_SYMBOL } from '../../disclosure';
import { formatNorwegianDate, parseIsoDate } from '../../validation/dates';
import type { ReportValue, ValueKind } from '../model';

/** Excel's thousands separator: Norwegian Excel shows `#,##0` as "1 234". */
export const NUMBER_FORMAT = '#,##0';
export const DATE_FORMAT = 'dd.mm.yyyy';
export const PERCENT_FORMAT = '0 %';
export const DECIMAL_FORMAT = '0.0';

const FORMATS: Partial<Record<ValueKind, string>> = {
  number: NUMBER_FORMAT,
  decimal: DECIMAL_FORMAT,
  count: NUMBER_FORMAT,
  percent: PERCENT_FORMAT,
  date: DATE_FORMAT,
};

export function numberFormat(kind: ValueKind): string | undefined {
  return FORMATS[kind];
}

/** What goes into the cell: dates as real Excel dates, a suppressed count as the symbol, never the hidden number. */
export function cellValue(value: ReportValue, kind: ValueKind): string | number | Date | null {
  if (kind === 'count' && value === null) return SUPPRESSION_SYMBOL;
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    const date = parseIsoDate(value);
    return date ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : value;
  }
  return value;
}

/** Roughly how the value reads on screen, for fitting column widths. */
export function displayText(value: ReportValue, kind: ValueKind): string {
  if (kind === 'count' && value === null) return SUPPRESSION_SYMBOL;
  if (value === null) return '';
  if (kind === 'date' && typeof value === 'string' && parseIsoDate(value)) return formatNorwegianDate(value);
  if (kind === 'percent' && typeof value === 'number') return `${Math.round(value * 100)} %`;
  if (kind === 'decimal' && typeof value === 'number')
    return value.toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (typeof value === 'number') return value.toLocaleString('nb-NO');
  return value;
}

export function isRightAligned(kind: ValueKind): boolean {
  return kind === 'number' || kind === 'decimal' || kind === 'count' || kind === 'percent';
}
