import * as solver from '../../core/disclosure/suppressSolver.ts';
const stats: Record<string, { n: number; ms: number }> = {};
for (const [cls, names] of [[solver.AttackModel, ['maximize', 'minimize', 'raiseTogether', 'lowerTogether', 'solveWith']], [solver.ProtectionModel, ['cheapestShift']]] as const) {
  for (const name of names) {
    const orig = (cls.prototype as any)[name];
    (cls.prototype as any)[name] = function (...a: any[]) {
      const t = performance.now();
      try { return orig.apply(this, a); } finally { const it = (this as any).model.info.get('simplex_iteration_count'); const s = (stats[((globalThis as any).__phase ?? "small") + ":" + name] ??= { n: 0, ms: 0 } as any); s.n++; s.ms += performance.now() - t; (s as any).it = ((s as any).it ?? 0) + it; }
    };
  }
}
(globalThis as any).__stats = stats;
export { stats };
