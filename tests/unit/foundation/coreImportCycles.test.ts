import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const CORE = path.join(ROOT, 'core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Imports that survive compilation: `import type`, and imports naming only types, are left out. */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const named = statement.exportClause;
      const onlyTypes =
        named !== undefined &&
        ts.isNamedExports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

/** Every cycle of runtime imports among `files`, each as the chain of files that closes it. */
function importCycles(files: string[]): string[][] {
  const inside = new Set(files);
  const edges = new Map(
    files.map((f) => [
      f,
      runtimeSpecifiers(f)
        .map((s) => resolveLocal(f, s))
        .filter((t): t is string => t !== null && inside.has(t)),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

const relative = (chain: string[]) => chain.map((f) => path.relative(ROOT, f)).join(' → ');

describe('core/ imports', () => {
  test('the detector finds a cycle when there is one, and ignores type-only imports', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cycle-test-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c';\nexport const b = c;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = () => a;\n");
      fs.writeFileSync(
        path.join(dir, 'd.ts'),
        "import type { e } from './e';\nimport { type E } from './e';\nexport const d = 1 as unknown as typeof e | E;\n",
      );
      fs.writeFileSync(
        path.join(dir, 'e.ts'),
        "import { d } from './d';\nexport const e = d;\nexport type E = number;\n",
      );
      const cycles = importCycles(sourceFiles(dir)).map((chain) => chain.map((f) => path.basename(f)));
      expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('have no cycle: arrows run one way, and reads reach back into the core only through an injected caller', () => {
    expect(importCycles(sourceFiles(CORE)).map(relative)).toEqual([]);
  });
});
