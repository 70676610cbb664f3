import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../support/app';
import { runCli } from '../../support/cli';

describe('cli demo and reminders', () => {
  const dir = tempDir();
  const db = path.join(dir, 'demo.sqlite');

  test('demo creates a database whose hovedkontakt reminder is due', () => {
    const created = runCli('demo', '--db', db, '--today', '2026-11-23');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const reminders = runCli('reminders', '--db', db, '--today', '2026-11-23', '--json');
    expect(reminders.status).toBe(0);
    const list = JSON.parse(reminders.stdout) as { kind: string; dueDate: string; daysLeft: number; message: string }[];
    const term = list.find((r) => r.kind === 'mainContactTermEnding');
    expect(term).toMatchObject({ dueDate: '2027-02-06', daysLeft: 75 });
    expect(Object.keys(term!).sort()).toEqual(['daysLeft', 'dueDate', 'kind', 'message']);
    const text = runCli('reminders', '--db', db, '--today', '2026-11-23');
    expect(text.stdout).toContain('06.02.2027');
  });

  test('demo refuses to touch an existing file unless --force', () => {
    const before = fs.statSync(db).mtimeMs;
    const refused = runCli('demo', '--db', db);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/finnes fra før.*--force/);
    expect(fs.statSync(db).mtimeMs).toBe(before);
    expect(runCli('demo', '--db', db, '--force', '--today', '2026-11-23').status).toBe(0);
  });

  test('bad arguments and missing or corrupt files exit 2 with a clear message and write nothing', () => {
    const missing = path.join(dir, 'finnes-ikke.sqlite');
    const result = runCli('reminders', '--db', missing);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/finnes ikke/);
    expect(fs.existsSync(missing)).toBe(false);

    const corrupt = path.join(dir, 'korrupt.sqlite');
    fs.writeFileSync(corrupt, 'x'.repeat(4096));
    const broken = runCli('reminders', '--db', corrupt);
    expect(broken.status).toBe(4);
    expect(broken.stderr).toMatch(/skadet/);
    expect(fs.readFileSync(corrupt, 'utf8')).toBe('x'.repeat(4096));

    expect(runCli('reminders', '--db', db, '--today', '2026-02-31').status).toBe(2);
    expect(runCli('reminders').status).toBe(2);
    expect(runCli('no-such-command').status).toBe(2);
  });
});
