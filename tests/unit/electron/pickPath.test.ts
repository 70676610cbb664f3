import { beforeEach, expect, it, vi } from 'vitest';
import { bindPickPath, PICK_CHANNEL } from '../../../electron/pickPath';
import { type FakeElectron, fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.resetFakeElectron();
  bindPickPath();
});

const pick = (kind: unknown, url = 'app://akan/index.html') =>
  electron.ipcMain.handlers.get(PICK_CHANNEL)!({ senderFrame: { url }, sender: {} }, kind);

it('asks the system for an export file or a folder, and answers the chosen path', async () => {
  await expect(pick('importFile')).resolves.toBe('/valgt/sti');
  expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(
    expect.objectContaining({
      properties: ['openFile'],
      filters: [{ name: 'AKAN Utvalg-eksport', extensions: ['akan'] }],
    }),
  );
  await expect(pick('backupFolder')).resolves.toBe('/valgt/sti');
  expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(
    expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
  );
});

it('answers null when cancelled, for an unknown kind, or to a page that is not the app', async () => {
  electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
  await expect(pick('importFile')).resolves.toBeNull();
  await expect(pick('/etc/passwd')).resolves.toBeNull();
  await expect(pick('importFile', 'https://evil.example/')).resolves.toBeNull();
  expect(electron.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
});
