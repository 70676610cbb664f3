import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../../support/app';
import { runCli } from '../../support/cli';

describe('cli calendar', () => {
  const dir = tempDir();
  const db = path.join(dir, 'demo.sqlite');

  beforeAll(() => {
    expect(runCli('demo', '--db', db, '--today', '2026-11-23').status).toBe(0);
  }, 60_000);

  test('writes the planned and cancelled sessions of a period as an .ics file', () => {
    const out = path.join(dir, 'opplæring.ics');
    const result = runCli('calendar', '--db', db, '--from', '2026-01-01', '--to', '2027-12-31', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(out, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(result.stdout).toBe(`Lagret ${events.length} opplæringer (01.01.2026–31.12.2027) i ${out}\n`);
    expect(events.length).toBeGreaterThan(3);
    expect(events.map((e) => e.getFirstPropertyValue('status'))).toContain('CANCELLED');
    expect(
      events.every((e) => /^training-\d+-[0-9a-f]{16}@akan-utvalg$/.test(String(e.getFirstPropertyValue('uid')))),
    ).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('bad arguments or a missing data file exit 2 with a clear message and write nothing', () => {
    const out = path.join(dir, 'feil.ics');
    const cases: [string[], RegExp][] = [
      [['--db', db, '--from', '2026-02-30', '--to', '2026-12-31', '--out', out], /--from må være en gyldig dato/],
      [
        ['--db', db, '--from', '2026-12-31', '--to', '2026-01-01', '--out', out],
        /--to \(2026-01-01\) må være samme dag som --from/,
      ],
      [
        ['--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--out', path.join(dir, 'feil.txt')],
        /må være en fil som slutter på \.ics/,
      ],
      [
        ['--db', db, '--from', '2026-01-01', '--to', '2026-12-31', '--out', path.join(dir, 'mangler', 'x.ics')],
        /Mappen .* finnes ikke/,
      ],
      [
        ['--db', path.join(dir, 'finnes-ikke.sqlite'), '--from', '2026-01-01', '--to', '2026-12-31', '--out', out],
        /finnes ikke/,
      ],
      [['--db', db, '--from', '2026-01-01', '--out', out], /--to/],
    ];
    for (const [args, message] of cases) {
      const result = runCli('calendar', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'finnes-ikke.sqlite'))).toBe(false);
  }, 180_000);
});
