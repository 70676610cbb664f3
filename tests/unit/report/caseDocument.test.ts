import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../../core/app';
import { seedDemo } from '../../../core/demo';
import type { AnnualReport } from '../../../core/report/model';
import { fails, freshApp, ok, tempDir, okLatest } from '../../support/app';
import { readDocx } from '../../support/docx';

const TODAY = '2026-11-23';
let app: AppHandle;
let report: AnnualReport;

beforeAll(async () => {
  app = await freshApp({ today: TODAY });
  await seedDemo(app, TODAY);
  await okLatest(app, 'reports.saveSummary', {
    year: 2026,
    summaryText: 'Et år med mange kurs for ledere.\n\nNeste år når vi Teknisk drift.',
  });
  await ok(app, 'amuCases.create', {
    kind: 'annualReport',
    title: 'AKAN-utvalgets årsrapport 2026',
    reportYear: 2026,
    meetingDate: '2027-02-10',
    caseNumber: '7/2027',
    status: 'sent',
  });
  report = await ok(app, 'reports.preview', { year: 2026 });
}, 120_000);
afterAll(() => app.close());

describe('the case document for AMU (saksframlegg)', () => {
  test('has the title, the meeting and case number, the summary, key figures, plan, published statistics, the proposal and the attachment', async () => {
    const file = path.join(tempDir(), 'saksframlegg.docx');
    const saved = await ok(app, 'reports.exportCaseDocument', { year: 2026, path: file });
    expect(saved).toMatchObject({ fileName: 'saksframlegg.docx', path: file, base64: null });
    const doc = readDocx(file);
    const text = doc.paragraphs.join('\n');
    const cells = doc.tables.flat(2);
    expect(doc.title).toBe('AKAN-utvalgets årsrapport 2026');
    expect(doc.paragraphs).toContain('AKAN-utvalgets årsrapport 2026');
    for (const heading of [
      'Saken gjelder',
      'Utvalgets oppsummering',
      'Nøkkeltall',
      'Hva er gjort',
      'Hva er planlagt',
      'Statistikk',
      'Forslag til vedtak',
      'Vedlegg',
    ])
      expect(doc.paragraphs, heading).toContain(heading);
    expect(doc.tables[0]).toContainEqual(['Møtedato', '10.02.2027']);
    expect(doc.tables[0]).toContainEqual(['Saksnummer', '7/2027']);
    expect(text).toContain('Neste år når vi Teknisk drift.');
    const held = report.keyFigures.find((f) => f.id === 'sessionsHeld')!;
    expect(doc.tables[1]!.find((row) => row[0] === held.label)?.[1]).toMatch(new RegExp(`^${held.value}`));
    const published = report.sections.find((s) => s.id === 'statistics')!.tables[0]!;
    const statistics = doc.tables[2]!;
    expect(statistics[0]).toEqual(published.columns.map((c) => c.label));
    expect(statistics.slice(1).map((row) => row.map((v) => v.replace(/\s/g, '')))).toEqual(
      published.rows.map((row) => row.map((v) => (v === null ? '*' : String(v)).replace(/\s/g, ''))),
    );
    expect(cells).toContain('*');
    expect(text).toContain('* Skjermet: færre enn 3');
    expect(text).toContain('AMU tar AKAN-utvalgets årsrapport for 2026 til orientering.');
    expect(text).toMatch(/1\. AKAN-årsrapport-2026-Eksempel-kommune\.xlsx/);
  }, 60_000);

  test('takes the committee’s own proposal, and refuses a wrong file type or an identity number', async () => {
    const exported = await ok(app, 'reports.exportCaseDocument', {
      year: 2026,
      proposal: 'AMU ber om en plan for Teknisk drift.',
    });
    expect(exported.fileName).toBe('Saksframlegg-AKAN-årsrapport-2026-Eksempel-kommune.docx');
    const file = path.join(tempDir(), exported.fileName);
    fs.writeFileSync(file, Buffer.from(exported.base64!, 'base64'));
    const doc = readDocx(file);
    expect(doc.paragraphs).toContain('AMU ber om en plan for Teknisk drift.');
    expect(doc.paragraphs.join('\n')).not.toContain('til orientering.');
    expect(
      (await fails(app, 'reports.exportCaseDocument', { year: 2026, path: '/tmp/saksframlegg.pdf' })).fields.path,
    ).toMatch(/\.docx/);
    expect(
      (await fails(app, 'reports.exportCaseDocument', { year: 2026, proposal: 'Gjelder 15076500565.' })).fields
        .proposal,
    ).toMatch(/fødselsnummer/);
  }, 60_000);
});
