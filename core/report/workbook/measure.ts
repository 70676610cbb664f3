/**
 * How wide text is, and how many lines it takes, in the sheets' font (10-point Arial), measured in Excel's column
 * units (the width of a digit). Estimates: close enough that columns fit and wrapped rows get the height they need.
 */

export const FONT_NAME = 'Arial';
export const FONT_SIZE = 10;
/** One line of 10-point text, with its leading. */
export const LINE_PT = 13;
/** Room left and right of a cell's text, in column units. */
export const PAD = 2;
const BOLD = 1.08;

function charUnits(ch: string): number {
  if (/[0-9]/.test(ch)) return 1;
  if (/[ .,:;'!|()[\]ijlIft]/.test(ch)) return 0.5;
  if (/[mwMW]/.test(ch)) return 1.5;
  if (/[A-ZÆØÅ%]/.test(ch) || ch === '«' || ch === '»' || ch === '–') return 1.2;
  return 0.95;
}

/** The width of one line of text. */
export function textUnits(text: string, bold = false): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return bold ? units * BOLD : units;
}

/** The widest single word: a wrapped column is never narrower than this. */
export function longestWordUnits(text: string, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textUnits(word, bold)));
}

/** Breaks text at spaces into lines no wider than `width` units; paragraphs (newlines) always start a line. */
export function wrapToWidth(text: string, width: number, bold = false): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textUnits(candidate, bold) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
    return lines;
  });
}

/** Lines the text takes in a column `width` units wide. */
export function lineCount(text: string, width: number, bold = false): number {
  return text ? wrapToWidth(text, Math.max(1, width - PAD + 0.5), bold).length : 1;
}

/** Excel's column width (units) in inches on paper, as Excel and LibreOffice convert it (7 px a unit at 96 dpi). */
export function columnInches(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) / 96;
}

/** Excel's column width in screen pixels (for drawing a chart at exactly the size of the cells it covers). */
export function columnPx(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}
