import type { Command } from 'commander';
import type { RawTable } from '../../core/statistics/contract';
import type { PublishedTable } from '../../core/disclosure/publish';
import { BREAKDOWNS, type Breakdown } from '../../core/statistics/labels';
import { MAX_YEAR, MIN_YEAR } from '../../core/validation/year';
import { fail, openExisting, parseDateOption, parseIntegerOption, printJson, refused } from '../shared';

interface Options {
  db: string;
  year: string;
  by: string;
  units?: boolean;
  k?: string;
  raw?: boolean;
  json?: boolean;
  today?: string;
}

type AnyTable = PublishedTable | RawTable;

/** One indicator's table as printed: `null` is a suppressed number; `parents` names each row's sector. */
function printable(indicator: { name: string; measure: string }, table: AnyTable, k: number | null) {
  const groups = table.groups ?? [];
  return {
    indicator: indicator.name,
    measure: indicator.measure,
    k,
    rowLabels: table.rowLabels,
    colLabels: table.colLabels,
    cells: table.cells,
    rowTotals: table.rowTotals,
    colTotals: table.colTotals,
    grandTotal: table.grandTotal,
    ...(groups.length > 0
      ? {
          parents: table.rowLabels.map((_, r) => groups.find((g) => g.rowIndexes.includes(r))?.label ?? null),
          groups: groups.map(({ label, cells, total }) => ({ label, cells, total })),
        }
      : {}),
    ...('tooManySuppressed' in table ? { tooManySuppressed: table.tooManySuppressed } : {}),
  };
}

type Printable = ReturnType<typeof printable>;

function text(value: number | string | null | undefined): string {
  return value === null ? '*' : String(value ?? '');
}

function printText(tables: Printable[], notes: string[]): void {
  for (const t of tables) {
    const line = (
      label: string,
      values: readonly (number | string | null)[],
      total: number | string | null | undefined,
    ) => [label, ...values.map(text), text(total)].join('\t');
    const lines = [`${t.indicator}`, ['', ...t.colLabels, 'I alt'].join('\t')];
    t.rowLabels.forEach((label, r) => lines.push(line(label, t.cells[r] ?? [], t.rowTotals[r] ?? null)));
    for (const g of t.groups ?? []) lines.push(line(`Sum ${g.label}`, g.cells, g.total));
    lines.push(line('I alt', t.colTotals, t.grandTotal));
    process.stdout.write(`${lines.join('\n')}\n\n`);
  }
  for (const note of notes) process.stdout.write(`${note}\n`);
}

export function registerStatistics(program: Command): void {
  program
    .command('statistics')
    .description('Skriv ut statistikken for et år slik den publiseres, med skjerming av små tall')
    .requiredOption('--db <fil>', 'datafilen')
    .requiredOption('--year <år>', 'året, for eksempel 2026')
    .option('--by <inndeling>', 'quarter (per kvartal) eller year (for året)', 'quarter')
    .option('--units', 'én rad per enhet med sum per sektor (ellers én rad for hele kommunen)')
    .option('--k <n>', 'skjermingsgrensen, 3 til 10 (ellers innstillingen)')
    .option('--raw', 'uten skjerming: bare til utvalgets eget bruk')
    .option('--json', 'skriv JSON')
    .option('--today <dato>', 'regn som om dagen er denne datoen (ÅÅÅÅ-MM-DD)')
    .action(async (options: Options) => {
      const year = parseIntegerOption(options.year, 'year', MIN_YEAR, MAX_YEAR)!;
      if (!(BREAKDOWNS as readonly string[]).includes(options.by))
        fail(`--by må være quarter eller year, fikk «${options.by}».`);
      const by = options.by as Breakdown;
      const k = parseIntegerOption(options.k, 'k', 3, 10);
      if (options.raw && k !== undefined)
        fail('--k og --raw kan ikke brukes sammen: --raw viser tallene uten skjerming.');
      const today = parseDateOption(options.today, 'today');
      const app = await openExisting(options.db, { today });
      const spec = { year, by, units: options.units ?? false };
      const result = options.raw
        ? await app.invoke('statistics.rawTables', spec)
        : await app.invoke('statistics.publish', { ...spec, k });
      app.close();
      if (!result.ok) refused(result.error);
      const value = result.value;
      const published = 'k' in value ? value : null;
      const tables = value.tables.map(({ indicator, table }) => printable(indicator, table, published?.k ?? null));
      if (options.json) {
        printJson(tables);
        return;
      }
      printText(tables, published ? [published.footnote, value.notReportedNote] : [value.notReportedNote]);
    });
}
