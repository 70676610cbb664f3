/**
 * What the user typed, turned into what the contract expects. Anything that does not parse is passed on as typed,
 * so the contract can name the problem at the field instead of the value silently disappearing.
 */
export function wholeNumberInput(text: string): number | null {
  const cleaned = text.replace(/\s/g, '');
  if (cleaned === '') return null;
  const n = Number(cleaned.replace(',', '.'));
  return Number.isFinite(n) ? n : (text as never);
}

/** Lines of a text area, each trimmed; empty lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
