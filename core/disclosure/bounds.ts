/**
 * Bounds on each number that follow from the equations one at a time, the way an attacker narrows a hidden cell
 * before any linear program: fixed numbers keep their values, the others are at least 0, and each equation bounds
 * each of its numbers by what the others can add up to; repeated while bounds narrow (a few rounds). Every bound
 * holds for every solution, so a cell whose upper bound is below k (or lower bound above 0) cannot be taken there by
 * a linear program either, and the suppression need not run one to find out (core/disclosure/suppress.ts).
 */

export interface Bounds {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

const ROUNDS = 8;
const TOLERANCE = 1e-9;

/**
 * `terms[e]` are equation e's coefficients (`Σ coefficient · x = 0`); `fixed(j)` says whether number j keeps its
 * value `values[j]`.
 */
export function propagatedBounds(
  values: readonly number[],
  terms: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  fixed: (j: number) => boolean,
): Bounds {
  const lower = new Float64Array(values.length);
  const upper = new Float64Array(values.length).fill(Infinity);
  values.forEach((value, j) => {
    if (fixed(j)) lower[j] = upper[j] = value;
  });
  for (let round = 0, changed = true; changed && round < ROUNDS; round++) {
    changed = false;
    for (const equation of terms) {
      // The least and greatest Σ coefficient · x, with how many terms make it unbounded.
      let least = 0;
      let greatest = 0;
      let leastOpen = 0;
      let greatestOpen = 0;
      for (const [j, a] of equation) {
        const [low, high] =
          a > 0 ? [a * (lower[j] ?? 0), a * (upper[j] ?? 0)] : [a * (upper[j] ?? 0), a * (lower[j] ?? 0)];
        if (low === -Infinity) leastOpen++;
        else least += low;
        if (high === Infinity) greatestOpen++;
        else greatest += high;
      }
      for (const [j, a] of equation) {
        if (fixed(j)) continue;
        const [low, high] =
          a > 0 ? [a * (lower[j] ?? 0), a * (upper[j] ?? 0)] : [a * (upper[j] ?? 0), a * (lower[j] ?? 0)];
        // a·x_j = −(the others): the others' least bounds a·x_j from above, their greatest from below.
        const othersLeast =
          low === -Infinity ? (leastOpen === 1 ? least : -Infinity) : leastOpen > 0 ? -Infinity : least - low;
        const othersGreatest =
          high === Infinity
            ? greatestOpen === 1
              ? greatest
              : Infinity
            : greatestOpen > 0
              ? Infinity
              : greatest - high;
        const [newLower, newUpper] =
          a > 0 ? [-othersGreatest / a, -othersLeast / a] : [-othersLeast / a, -othersGreatest / a];
        if (newUpper < (upper[j] ?? 0) - TOLERANCE) {
          upper[j] = newUpper;
          changed = true;
        }
        if (newLower > (lower[j] ?? 0) + TOLERANCE) {
          lower[j] = newLower;
          changed = true;
        }
      }
    }
  }
  return { lower, upper };
}
