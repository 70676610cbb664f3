/**
 * Bounds on each number that follow from the equations one at a time, the way an attacker narrows a hidden cell
 * before any linear program: fixed numbers keep their values, the others are at least 0, and each equation bounds
 * each of its numbers by what the others can add up to; an equation is looked at again when a bound of one of its
 * numbers narrows (at most a few rounds' worth). Every bound holds for every solution, so a cell whose upper bound is
 * below k (or lower bound above 0) cannot be taken there by a linear program either, and the suppression need not
 * run one to find out (core/disclosure/suppress.ts).
 */

export interface Bounds {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

const ROUNDS = 8;
const TOLERANCE = 1e-9;

export class BoundsPropagator {
  private readonly starts: Int32Array;
  private readonly columns: Int32Array;
  private readonly coefficients: Float64Array;
  /** For each number, the equations it is in. */
  private readonly equationStarts: Int32Array;
  private readonly equationsOf: Int32Array;

  /** `terms[e]` are equation e's coefficients (`Σ coefficient · x = 0`) over the numbers `values`. */
  constructor(
    private readonly values: readonly number[],
    terms: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  ) {
    const n = values.length;
    this.starts = new Int32Array(terms.length + 1);
    terms.forEach((equation, e) => (this.starts[e + 1] = (this.starts[e] ?? 0) + equation.length));
    this.columns = new Int32Array(this.starts[terms.length] ?? 0);
    this.coefficients = new Float64Array(this.columns.length);
    const counts = new Int32Array(n + 1);
    terms.forEach((equation, e) =>
      equation.forEach(([j, a], t) => {
        const at = (this.starts[e] ?? 0) + t;
        this.columns[at] = j;
        this.coefficients[at] = a;
        counts[j + 1] = (counts[j + 1] ?? 0) + 1;
      }),
    );
    this.equationStarts = new Int32Array(n + 1);
    for (let j = 0; j < n; j++) this.equationStarts[j + 1] = (this.equationStarts[j] ?? 0) + (counts[j + 1] ?? 0);
    this.equationsOf = new Int32Array(this.equationStarts[n] ?? 0);
    const filled = Int32Array.from(this.equationStarts.subarray(0, n));
    terms.forEach((equation, e) => {
      for (const [j] of equation) this.equationsOf[(filled[j] = (filled[j] ?? 0) + 1) - 1] = e;
    });
  }

  /** The bounds when the numbers marked in `fixed` keep their values. */
  bounds(fixed: ArrayLike<boolean>): Bounds {
    const n = this.values.length;
    const m = this.starts.length - 1;
    const lower = new Float64Array(n);
    const upper = new Float64Array(n).fill(Infinity);
    for (let j = 0; j < n; j++) if (fixed[j]) lower[j] = upper[j] = this.values[j] ?? 0;
    const queue = Int32Array.from({ length: m }, (_, e) => e);
    const queued = new Uint8Array(m).fill(1);
    let head = 0;
    let size = m;
    for (let visits = 0; size > 0 && visits < ROUNDS * m; visits++) {
      const e = queue[head] ?? 0;
      head = (head + 1) % m;
      size--;
      queued[e] = 0;
      const from = this.starts[e] ?? 0;
      const to = this.starts[e + 1] ?? 0;
      // The least and greatest Σ coefficient · x, without the terms that make it unbounded, and how many do.
      let least = 0;
      let greatest = 0;
      let leastOpen = 0;
      let greatestOpen = 0;
      for (let t = from; t < to; t++) {
        const j = this.columns[t] ?? 0;
        const a = this.coefficients[t] ?? 0;
        const low = a > 0 ? a * (lower[j] ?? 0) : a * (upper[j] ?? 0);
        const high = a > 0 ? a * (upper[j] ?? 0) : a * (lower[j] ?? 0);
        if (low === -Infinity) leastOpen++;
        else least += low;
        if (high === Infinity) greatestOpen++;
        else greatest += high;
      }
      for (let t = from; t < to; t++) {
        const j = this.columns[t] ?? 0;
        if (fixed[j]) continue;
        const a = this.coefficients[t] ?? 0;
        const low = a > 0 ? a * (lower[j] ?? 0) : a * (upper[j] ?? 0);
        const high = a > 0 ? a * (upper[j] ?? 0) : a * (lower[j] ?? 0);
        // a·x_j = −(the others): the others' least sum bounds a·x_j from above, their greatest from below.
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
        const newLower = a > 0 ? -othersGreatest / a : -othersLeast / a;
        const newUpper = a > 0 ? -othersLeast / a : -othersGreatest / a;
        let narrowed = false;
        if (newUpper < (upper[j] ?? 0) - TOLERANCE) {
          upper[j] = newUpper;
          narrowed = true;
        }
        if (newLower > (lower[j] ?? 0) + TOLERANCE) {
          lower[j] = newLower;
          narrowed = true;
        }
        if (!narrowed) continue;
        for (let i = this.equationStarts[j] ?? 0; i < (this.equationStarts[j + 1] ?? 0); i++) {
          const other = this.equationsOf[i] ?? 0;
          if (other === e || queued[other]) continue;
          queued[other] = 1;
          queue[(head + size) % m] = other;
          size++;
        }
      }
    }
    return { lower, upper };
  }
}
