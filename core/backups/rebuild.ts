import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { connect } from '../../db/connect';
import { findMigrationsDir } from '../../db/migrationsDir';
import {
  RebuildRefused,
  type RowFinding,
  type SchemaFinding,
  dataTables,
  quoted,
  rebuildDatabase,
} from '../../db/rebuild';
import { AppError } from '../errors';
import { readStoredSettings } from '../settings/stored';
import { TABLE_LABELS } from './labels';
import { ROW_RULES, brokenRule } from './rowRules';

/** Far more than a committee's data ever come to; a larger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const MAX_FINDINGS = 8;
const NOTHING_CHANGED = 'Ingenting er endret.';

/** A file larger than `MAX_IMPORT_BYTES`, refused before it is read (or fetched from its folder). */
export function tooLarge(size: number): AppError {
  return new AppError(
    'refused',
    `Filen er ${Math.round(size / 1024 / 1024)} MB, langt større enn data fra AKAN Utvalg kan bli. ${NOTHING_CHANGED}`,
  );
}

function tableName(table: string): string {
  const label = TABLE_LABELS[table];
  return label ? `«${label}» (${table})` : `«${table}»`;
}

function describeSchema(finding: SchemaFinding): string {
  switch (finding.kind) {
    case 'trigger':
      return `en trigger («${finding.name}») som ville kjørt skjult kode ved hver lagring`;
    case 'view':
      return `en visning («${finding.name}»)`;
    case 'index':
      return `en ukjent indeks («${finding.name}»)`;
    case 'table':
      return `en ukjent tabell («${finding.name}»)`;
    case 'column':
      return `en ukjent kolonne «${finding.name}» i tabellen ${tableName(finding.table)}`;
    case 'changedTable':
      return `tabellen ${tableName(finding.name)}, som ikke er bygd slik AKAN Utvalg bygger den`;
    case 'missingTable':
      return `at tabellen ${tableName(finding.name)} mangler`;
    case 'migrations':
      return 'at versjonshistorikken ikke er den AKAN Utvalg selv skriver (filen er ikke laget av AKAN Utvalg, eller den er endret utenfor programmet)';
  }
}

function describeRow(finding: RowFinding): string {
  const where = finding.rowNumber === null ? '' : `, rad ${finding.rowNumber}`;
  return `tabellen ${tableName(finding.table)}${where}: ${finding.detail}`;
}

function refusal(findings: string[]): AppError {
  const more = findings.length > MAX_FINDINGS ? `; og ${findings.length - MAX_FINDINGS} funn til` : '';
  const shown = findings.slice(0, MAX_FINDINGS).join('; ');
  return new AppError(
    'refused',
    `Filen kan ikke tas i bruk, fordi den inneholder noe AKAN Utvalg ikke selv lager eller ikke godtar: ${shown}${more}. ${NOTHING_CHANGED}`,
  );
}

function refusedRebuild(error: RebuildRefused): AppError {
  return refusal([
    ...error.schema.map(describeSchema),
    ...error.rows.map((r) => describeRow({ ...r, detail: `brøt en regel i tabellen (${r.detail})` })),
  ]);
}

function rowLabel(table: string, rowNumber: number, row: Record<string, unknown>): string {
  const id = typeof row.id === 'number' ? ` (id ${row.id})` : '';
  return `tabellen ${tableName(table)}, rad ${rowNumber}${id}`;
}

/** Every row of every table checked against the same rules as the contract; one Norwegian sentence per broken rule. */
export function rowFindings(sqlite: Database.Database): string[] {
  const findings: string[] = [];
  for (const table of dataTables(sqlite)) {
    const rows = sqlite.prepare(`SELECT * FROM ${quoted(table)}`).all() as Record<string, unknown>[];
    if (table === 'settings') {
      findings.push(...readStoredSettings(rows as { key: string; value: string }[]).problems);
      continue;
    }
    const rules = ROW_RULES.get(table);
    if (!rules) continue;
    rows.forEach((row, index) => {
      for (const [column, value] of Object.entries(row)) {
        const rule = rules.columns.get(column);
        const broken = rule ? brokenRule(rule.rules, value) : null;
        if (broken) findings.push(`${rowLabel(table, index + 1, row)}, feltet ${column}: ${broken}`);
      }
    });
    if (findings.length > MAX_FINDINGS) break;
  }
  return findings;
}

/**
 * Rebuilds `file` into `target` (a new file, or `:memory:` for a check) and checks every row; throws a Norwegian
 * AppError (`refused`) naming what was found. On success returns the rebuilt database, open; the caller closes it.
 */
export function rebuildChecked(file: string, target: string): Database.Database {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size > MAX_IMPORT_BYTES) throw tooLarge(size);
  const source = connect(file, { readonly: true, fileMustExist: true });
  let rebuilt: Database.Database;
  try {
    rebuilt = rebuildDatabase(source, target, findMigrationsDir());
  } catch (error) {
    if (error instanceof RebuildRefused) throw refusedRebuild(error);
    throw error;
  } finally {
    source.close();
  }
  const findings = rowFindings(rebuilt);
  if (findings.length > 0) {
    rebuilt.close();
    throw refusal(findings);
  }
  return rebuilt;
}

/** The same checks as an import, on a copy in memory: null when the file would be taken in, else why not. */
export function rebuildProblem(file: string): string | null {
  try {
    rebuildChecked(file, ':memory:').close();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    return 'Filen er skadet eller er ikke en sikkerhetskopi fra AKAN Utvalg.';
  }
}
