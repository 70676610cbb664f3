import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../core/errors';
import { type SaveQuestion, dispatchWithSaveDialog } from '../../../electron/saveDialog';

function fakeDispatch() {
  return vi.fn(async (method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (method === 'settings.get') return { ok: true, value: { organisationName: 'Eksempel kommune' } };
    return { ok: true, value: { method, input } };
  });
}

describe('saving files from the desktop app', () => {
  it('asks where to save the annual report, suggesting a name in Documents, and passes the chosen path on', async () => {
    const dispatch = fakeDispatch();
    const questions: SaveQuestion[] = [];
    const ask = vi.fn(async (q: SaveQuestion) => {
      questions.push(q);
      return '/home/kari/Rapport.xlsx';
    });
    const result = await dispatchWithSaveDialog(dispatch, ask, '/home/kari/Dokumenter', 'reports.exportAnnual', {
      year: 2026,
    });
    expect(questions).toEqual([
      {
        title: 'Lagre årsrapport',
        defaultName: path.join('/home/kari/Dokumenter', 'AKAN-årsrapport-2026-Eksempel-kommune.xlsx'),
        filterName: 'Excel-arbeidsbok',
        extensions: ['xlsx'],
      },
    ]);
    expect(result).toEqual({
      ok: true,
      value: { method: 'reports.exportAnnual', input: { year: 2026, path: '/home/kari/Rapport.xlsx' } },
    });
  });

  it('never lets the page choose the path itself', async () => {
    const dispatch = fakeDispatch();
    await dispatchWithSaveDialog(dispatch, async () => '/chosen.xlsx', '/docs', 'reports.exportAnnual', {
      year: 2026,
      path: '/etc/evil.xlsx',
    });
    expect(dispatch).toHaveBeenLastCalledWith('reports.exportAnnual', { year: 2026, path: '/chosen.xlsx' });
  });

  it('writes nothing when the user cancels', async () => {
    const dispatch = fakeDispatch();
    const result = await dispatchWithSaveDialog(dispatch, async () => null, '/docs', 'reports.exportAnnual', {
      year: 2026,
    });
    expect(result).toEqual({
      ok: true,
      value: { fileName: 'AKAN-årsrapport-2026-Eksempel-kommune.xlsx', path: null, base64: null, bytes: 0 },
    });
    expect(dispatch).not.toHaveBeenCalledWith('reports.exportAnnual', expect.anything());
  });

  it('passes other methods and malformed input straight to dispatch without asking', async () => {
    const dispatch = fakeDispatch();
    const ask = vi.fn(async () => '/x.xlsx');
    await dispatchWithSaveDialog(dispatch, ask, '/docs', 'settings.get', undefined);
    await dispatchWithSaveDialog(dispatch, ask, '/docs', 'reports.exportAnnual', 'not an object');
    await dispatchWithSaveDialog(dispatch, ask, '/docs', 'reports.exportAnnual', { year: 'x' });
    expect(ask).not.toHaveBeenCalled();
    expect(dispatch).toHaveBeenCalledWith('reports.exportAnnual', 'not an object');
    expect(dispatch).toHaveBeenCalledWith('reports.exportAnnual', { year: 'x' });
  });
});

describe('exporting all data from the desktop app', () => {
  it('asks for the .akan file and passes it as `file`', async () => {
    const dispatch = fakeDispatch();
    const ask = vi.fn(async (q: SaveQuestion) => (q.extensions.includes('akan') ? '/mnt/overføring/alt.akan' : null));
    const result = await dispatchWithSaveDialog(dispatch, ask, '/docs', 'backups.export', {
      file: 'C:\\Users\\kari\\akan-utvalg-2026-11-23.akan',
    });
    expect(ask).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: path.join('/docs', 'akan-utvalg-2026-11-23.akan') }),
    );
    expect(result).toEqual({
      ok: true,
      value: { method: 'backups.export', input: { file: '/mnt/overføring/alt.akan' } },
    });
  });

  it('answers a cancelled export with a clear message and writes nothing', async () => {
    const dispatch = fakeDispatch();
    const result = await dispatchWithSaveDialog(dispatch, async () => null, '/docs', 'backups.export', {
      file: 'x.akan',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'Eksporten ble avbrutt. Ingenting ble lagret.' },
    });
    expect(dispatch).not.toHaveBeenCalledWith('backups.export', expect.anything());
  });

  it('on the server: asks the server without a path and writes its bytes here, where the user chose', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-save-'));
    const chosen = path.join(folder, 'Rapport.xlsx');
    const sent: unknown[] = [];
    const server = vi.fn(async (method: unknown, input: unknown): Promise<Result<unknown>> => {
      if (method === 'settings.get') return { ok: true, value: { organisationName: 'Eksempel kommune' } };
      sent.push(input);
      return {
        ok: true,
        value: { fileName: 'AKAN.xlsx', path: null, base64: Buffer.from('PK-bytes').toString('base64'), bytes: 8 },
      };
    });
    const result = await dispatchWithSaveDialog(
      server,
      async () => chosen,
      '/docs',
      'reports.exportAnnual',
      { year: 2026, path: '/server/disk/x.xlsx' },
      true,
    );
    expect(sent).toEqual([{ year: 2026 }]);
    expect(fs.readFileSync(chosen, 'utf8')).toBe('PK-bytes');
    expect(result).toEqual({ ok: true, value: { fileName: 'AKAN.xlsx', path: chosen, base64: null, bytes: 8 } });

    const missing = await dispatchWithSaveDialog(
      server,
      async () => path.join(folder, 'finnes-ikke', 'Rapport.xlsx'),
      '/docs',
      'reports.exportAnnual',
      { year: 2026 },
      true,
    );
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('finnes ikke') },
    });
  });
});
