/**
 * The suppression's memory of solutions consistent with the published table. A solution proves that a primary can
 * reach k ("up") or 0 ("down") as long as every cell it moves away from its true value is suppressed: suppressing
 * more keeps it valid, publishing a cell it moves makes it invalid.
 */

export type Direction = 'up' | 'down';

const TOLERANCE = 1e-6;

interface PooledSolution {
  readonly x: Float64Array;
  /** Cells the solution moves that are published at the moment. */
  blocked: number;
}

export class Proofs {
  private readonly pool: PooledSolution[] = [];
  /** For each cell, the solutions that move it. */
  private readonly movers: number[][];
  private readonly proof = { up: new Map<number, PooledSolution>(), down: new Map<number, PooledSolution>() };

  constructor(
    private readonly values: readonly number[],
    private readonly primaries: readonly number[],
    private readonly k: number,
  ) {
    this.movers = values.map(() => []);
  }

  /** Adds a solution that is consistent with the current pattern. */
  record(x: Float64Array): void {
    const solution: PooledSolution = { x, blocked: 0 };
    const id = this.pool.push(solution) - 1;
    this.values.forEach((value, j) => {
      if (Math.abs((x[j] ?? 0) - value) > TOLERANCE) this.movers[j]?.push(id);
    });
    for (const q of this.primaries) {
      for (const direction of ['up', 'down'] as const) {
        if (!this.proof[direction].has(q) && this.proves(solution, direction, q))
          this.proof[direction].set(q, solution);
      }
    }
  }

  /** The solutions that prove something now, each once. */
  current(): Float64Array[] {
    return [...new Set([...this.proof.up.values(), ...this.proof.down.values()].map((solution) => solution.x))];
  }

  has(direction: Direction, q: number): boolean {
    return this.proof[direction].has(q);
  }

  /** Cell `j` is published again. Returns the proofs lost for which no other recorded solution stands in. */
  published(j: number): Array<[Direction, number]> {
    for (const id of this.movers[j] ?? []) this.solution(id).blocked++;
    const lost: Array<[Direction, number]> = [];
    for (const direction of ['up', 'down'] as const) {
      for (const [q, solution] of this.proof[direction]) {
        if (solution.blocked === 0) continue;
        this.proof[direction].delete(q);
        if (!this.findProof(direction, q)) lost.push([direction, q]);
      }
    }
    return lost;
  }

  /** Cell `j` is suppressed again after `published(j)`; the proofs lost then are found again. */
  suppressedAgain(j: number, lost: ReadonlyArray<[Direction, number]>): void {
    for (const id of this.movers[j] ?? []) this.solution(id).blocked--;
    for (const [direction, q] of lost) if (!this.has(direction, q)) this.findProof(direction, q);
  }

  private solution(id: number): PooledSolution {
    const solution = this.pool[id];
    if (!solution) throw new Error(`No recorded solution ${id}`);
    return solution;
  }

  private proves(solution: PooledSolution, direction: Direction, q: number): boolean {
    const x = solution.x[q] ?? 0;
    return solution.blocked === 0 && (direction === 'up' ? x >= this.k - TOLERANCE : x <= TOLERANCE);
  }

  private findProof(direction: Direction, q: number): boolean {
    const solution = this.pool.find((candidate) => this.proves(candidate, direction, q));
    if (solution) this.proof[direction].set(q, solution);
    return solution !== undefined;
  }
}
