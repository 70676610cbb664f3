/**
 * A share as a whole percent, rounded half up (4 of 6 → 67, 7 of 13 → 54, 1 of 8 → 13): the one rounding rule for every
 * percentage the app shows, exports or prints. Integer arithmetic, so 0.5 is never lost to floating point. Null when
 * there is nothing to take a share of.
 */
export function percentOf(part: number, whole: number | null): number | null {
  if (!whole) return null;
  return Math.floor((200 * part + whole) / (2 * whole));
}
