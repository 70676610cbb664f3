import { describe, expect, test } from 'vitest';
import { reportFileName } from '../../../core/report/export';
import { cellValue, displayText } from '../../../core/report/workbook/cells';
import { textUnits, wrapToWidth } from '../../../core/report/workbook/measure';
import { tableNamer } from '../../../core/report/workbook/tableNames';

describe('report file name', () => {
  test('keeps Norwegian letters and drops what Windows refuses', () => {
    expect(reportFileName(2026, 'Eksempel kommune')).toBe('AKAN-årsrapport-2026-Eksempel-kommune.xlsx');
    expect(reportFileName(2026, ' Bø i Telemark: "HR/Personal" ')).toBe(
      'AKAN-årsrapport-2026-Bø-i-Telemark-HRPersonal.xlsx',
    );
    expect(reportFileName(2026, '...')).toBe('AKAN-årsrapport-2026.xlsx');
  });
});

describe('cells', () => {
  test('dates become Excel dates, suppressed counts the symbol, empty text nothing', () => {
    expect(cellValue('2026-03-01', 'date')).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(cellValue(null, 'count')).toBe('*');
    expect(cellValue(0, 'count')).toBe(0);
    expect(cellValue(null, 'number')).toBeNull();
    expect(cellValue('', 'text')).toBeNull();
    expect(displayText(1234567, 'number')).toBe('1\u00a0234\u00a0567');
    expect(displayText(0.5, 'percent')).toBe('50 %');
    expect(displayText('2026-03-01', 'date')).toBe('01.03.2026');
  });
});

describe('free text in the sheet', () => {
  test('is broken at spaces into lines no longer than the width, keeping paragraphs', () => {
    const text = `${'ord '.repeat(40).trim()}\n\nSiste avsnitt.`;
    const lines = wrapToWidth(text, 30);
    expect(lines.every((line) => textUnits(line) <= 30)).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' '));
    expect(lines.slice(-2)).toEqual(['', 'Siste avsnitt.']);
  });
});

describe('Excel table names', () => {
  test('are Norwegian, from the title, without filler words, unique across the workbook', () => {
    const name = tableNamer();
    expect(name('Opplæringer i 2026')).toBe('Opplæringer_2026');
    expect(name('Deltakere etter målgruppe')).toBe('Deltakere_målgruppe');
    expect(name('Ledere med opplæring i «Den nødvendige samtalen» per enhet')).toBe('Ledere_opplæring_Den_nødvendige');
    expect(name('Opplæringer i 2026')).toBe('Opplæringer_2026_2');
    expect(name('2026')).toBe('Tabell_2026');
    for (const n of ['Opplæringer_2026', 'Deltakere_målgruppe']) expect(n).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
  });
});
