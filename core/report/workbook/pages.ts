/**
 * Where the printed pages of a sheet begin: the sheet is a list of blocks (title, facts, a table, footnotes, a chart),
 * and a page break goes before a block that would not fit on what is left of the page, so no picture, no table row
 * and no short block is cut, and a footnote never stands alone on a page.
 */

/** A4 in inches, and the margins every sheet prints with. */
const A4 = { short: 8.27, long: 11.69 };
export const MARGINS = { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 };
/** Below this a sheet is too small to read; the layout keeps every sheet above it. */
export const MIN_SCALE = 0.7;
/** Portrait while the widest table prints at least this large on it; otherwise landscape. */
const PORTRAIT_SCALE = 0.85;
/** Room kept free on every page for the difference between these estimates and what Excel or LibreOffice draw. */
const SAFETY = 0.93;

export type Orientation = 'portrait' | 'landscape';

export interface PageFit {
  orientation: Orientation;
  /** The print scale fit-to-width gives (1 = 100 %). */
  scale: number;
  /** How much of the sheet's height (points, unscaled) one page holds. */
  pageHeight: number;
}

/** Orientation and scale for content `width` inches wide: portrait when it prints large enough, else landscape. */
export function fitPage(width: number): PageFit {
  const across = (orientation: Orientation) =>
    (orientation === 'portrait' ? A4.short : A4.long) - MARGINS.left - MARGINS.right;
  const down = (orientation: Orientation) =>
    (orientation === 'portrait' ? A4.long : A4.short) - MARGINS.top - MARGINS.bottom;
  const scaleOn = (orientation: Orientation) =>
    Math.min(1, Math.floor((100 * across(orientation)) / Math.max(width, 0.01)) / 100);
  const orientation: Orientation = scaleOn('portrait') >= PORTRAIT_SCALE ? 'portrait' : 'landscape';
  const scale = scaleOn(orientation);
  return { orientation, scale, pageHeight: (down(orientation) * 72 * SAFETY) / scale };
}

export interface Block {
  first: number;
  last: number;
  /** `whole`: never split (a chart, facts, a title); `rows`: may continue on the next page between rows; `note`: stays with what it explains. */
  kind: 'whole' | 'rows' | 'note';
  /** For `rows`: how many rows must go with the block's first line (its heading, the table header, a first row). */
  keep?: number;
  /** For a table: its header row. */
  header?: number;
}

/** The rows that begin a page after the first, given the row heights (points) and the page height. */
export function pageStarts(
  blocks: Block[],
  height: (row: number) => number,
  pageHeight: number,
  repeatHeight = 0,
): number[] {
  const starts: number[] = [];
  let used = 0;
  const span = (from: number, to: number) => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += height(r);
    return sum;
  };
  const breakBefore = (row: number) => {
    starts.push(row);
    used = repeatHeight;
  };
  blocks.forEach((block, i) => {
    const whole = span(block.first, block.last);
    if (used + whole <= pageHeight) {
      used += whole;
      return;
    }
    const previous = blocks[i - 1];
    if (block.kind === 'note' && previous && used > 0) {
      // Take the end of what the note explains along to the next page.
      const tail = previous.last - 2;
      const from = previous.kind === 'rows' && tail >= previous.first + (previous.keep ?? 1) ? tail : previous.first;
      if (from > (starts.at(-1) ?? 0) && from <= previous.last) {
        breakBefore(from);
        used += span(from, previous.last) + whole;
        return;
      }
    }
    if (block.kind !== 'rows' || whole <= pageHeight - repeatHeight) {
      if (used > repeatHeight) breakBefore(block.first);
      used += whole;
      return;
    }
    const head = span(block.first, block.first + (block.keep ?? 1) - 1);
    if (used > repeatHeight && used + head > pageHeight) breakBefore(block.first);
    for (let row = block.first; row <= block.last; row++) {
      if (used + height(row) > pageHeight && used > repeatHeight) breakBefore(row);
      used += height(row);
    }
  });
  return starts;
}

/**
 * The table whose header can repeat at the top of every printed page: one that starts on the first page and runs
 * onto every later page (a repeated header above another table would mislabel it). Null when there is none.
 */
export function repeatedHeader(blocks: Block[], starts: number[]): Block | null {
  if (starts.length === 0) return null;
  return (
    blocks.find(
      (block) => block.header !== undefined && starts.every((row) => row > block.header! && row <= block.last),
    ) ?? null
  );
}
