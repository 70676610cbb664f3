import type { ReportValue, ValueKind } from '../../../../core/report/model';
import { formatDate, formatNumber } from '../../format';

const SUPPRESSED = '*';

/** A report value as the workbook shows it: dates dd.mm.åååå, numbers with space separators, suppressed as `*`. */
export function formatValue(value: ReportValue, kind: ValueKind): string {
  if (kind === 'count' && value === null) return SUPPRESSED;
  if (value === null) return '';
  if (typeof value === 'number')
    return kind === 'percent' ? `${formatNumber(Math.round(value * 100))} %` : formatNumber(value);
  return kind === 'date' ? formatDate(value) : value;
}

export function isNumeric(kind: ValueKind): boolean {
  return kind === 'number' || kind === 'count' || kind === 'percent';
}
