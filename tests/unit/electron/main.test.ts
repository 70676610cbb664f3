import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../../../core/reminders/types';
import { notificationContents } from '../../../electron/notifications';
import { type FakeElectron, fakeElectron, fakeEvent } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;
let dataFile: string;

/** Loads electron/main.ts afresh, as Electron does at start-up. */
async function start(): Promise<void> {
  await import('../../../electron/main');
}

/** Start-up opens and migrates a real SQLite file, which can take a while on a busy machine. */
function eventually(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 15_000, interval: 20 });
}

/** Calls the IPC channel as the app's own page does. */
function invoke(method: string, input: unknown): Promise<unknown> {
  const handler = electron.ipcMain.handlers.get('akan:invoke');
  if (!handler) throw new Error('IPC not bound');
  return handler({ senderFrame: { url: 'app://akan/index.html' } }, method, input) as Promise<unknown>;
}

function theWindow() {
  const window = electron.BrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

beforeEach(async () => {
  vi.resetModules();
  electron = await fakeElectron();
  electron.resetFakeElectron();
  dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'akan-main-')), 'akan-utvalg.sqlite');
  vi.stubEnv('AKAN_DATA_FILE', dataFile);
  // The user-data folder (where the notifications shown today are kept) is a fresh one for each test; Electron
  // makes it at launch, as it keeps its own profile there.
  const dataHome = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-data-home-'));
  fs.mkdirSync(path.join(dataHome, 'AKAN Utvalg'));
  vi.stubEnv('XDG_DATA_HOME', dataHome);
});

afterEach(() => {
  electron.app.emit('will-quit');
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('start-up', () => {
  it('sets userData, registers app://, enables the sandbox and takes the lock before ready', async () => {
    await start();
    const readyAt = electron.app.whenReady.mock.invocationCallOrder[0] ?? 0;
    for (const fn of [
      electron.app.setPath,
      electron.protocol.registerSchemesAsPrivileged,
      electron.app.enableSandbox,
      electron.app.requestSingleInstanceLock,
    ]) {
      expect(fn).toHaveBeenCalled();
      expect(fn.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    }
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
  });

  it('puts userData in %LOCALAPPDATA%\\AKAN Utvalg on Windows and sets the AppUserModelId', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    vi.stubEnv('LOCALAPPDATA', 'C:\\Users\\kari\\AppData\\Local');
    electron.state.lock = false;
    try {
      await start();
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', 'C:\\Users\\kari\\AppData\\Local\\AKAN Utvalg');
    expect(electron.app.setAppUserModelId).toHaveBeenCalledWith('no.kommune.akan-utvalg');
  });

  it('quits at once as a second instance, without opening anything', async () => {
    electron.state.lock = false;
    await start();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    expect(fs.existsSync(dataFile)).toBe(false);
  });
});

describe('a normal run (real core on a temporary data file)', () => {
  it('opens the data file, serves app://, binds IPC and shows a hardened production window', async () => {
    await start();
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    expect(fs.existsSync(dataFile)).toBe(true);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const window = theWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://akan/index.html');

    expect(await invoke('settings.get', {})).toMatchObject({ ok: true });
  });

  it('installs a menu without dev tools when packaged', async () => {
    await start();
    await eventually(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled());
    const template = JSON.stringify(electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[]);
    expect(template).not.toContain('toggleDevTools');
  });

  it('shows due reminders as notifications once the window is shown; a click focuses the window', async () => {
    await start();
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const window = theWindow();
    expect(electron.Notification.instances).toHaveLength(0);
    window.emit('ready-to-show');
    await eventually(() => expect(electron.Notification.instances.length).toBeGreaterThan(0));
    const due = (await invoke('reminders.list', {})) as { ok: true; value: Reminder[] };
    expect(due.value.length, 'a fresh data file has due reminders (no hovedkontakt yet)').toBeGreaterThan(0);
    expect(electron.Notification.instances.map((n) => n.options)).toEqual(notificationContents(due.value));
    electron.Notification.instances[0]?.emit('click');
    expect(window.focus).toHaveBeenCalled();
  });

  it('shows a reminder’s notification once per person per day, however often the app is started', async () => {
    const dataHome = process.env.XDG_DATA_HOME!;
    const shownAtStart = async () => {
      await start();
      await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
      theWindow().emit('ready-to-show');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const shown = electron.Notification.instances.length;
      electron.app.emit('will-quit');
      return shown;
    };
    expect(await shownAtStart()).toBeGreaterThan(0);
    vi.resetModules();
    electron = await fakeElectron();
    electron.resetFakeElectron();
    expect(await shownAtStart()).toBe(0);
    expect(fs.readFileSync(path.join(dataHome, 'AKAN Utvalg', 'varsler-vist.json'), 'utf8')).toMatch(
      /"day":"\d{4}-\d{2}-\d{2}"/,
    );
  });

  it('restores and focuses its window when a second instance starts', async () => {
    await start();
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const window = theWindow();
    window.minimized = true;
    electron.app.emit('second-instance', fakeEvent(), [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('closes the data file on quit', async () => {
    await start();
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    electron.app.emit('will-quit');
    expect(await invoke('settings.get', {})).toMatchObject({ ok: false });
  });

  it('quits when every window is closed', async () => {
    await start();
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });
});

describe('when the data file cannot be opened', () => {
  it('opens the recovery screen: the window shows, IPC serves recovery.*, the damaged file is untouched', async () => {
    fs.writeFileSync(dataFile, 'dette er ikke en SQLite-fil '.repeat(200));
    await start();
    await eventually(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    expect(await invoke('recovery.status', {})).toMatchObject({
      ok: true,
      value: {
        needed: true,
        canRestore: true,
        message: expect.stringContaining('Datafilen er skadet eller ikke en AKAN Utvalg-fil.'),
      },
    });
    expect(await invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(fs.readFileSync(dataFile, 'utf8')).toBe('dette er ikke en SQLite-fil '.repeat(200));
  });

  it('an unexpected failure shows the reason in a native dialog and quits, opening no window', async () => {
    vi.stubEnv('AKAN_MIGRATIONS_DIR', path.join(path.dirname(dataFile), 'finnes-ikke'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await start();
    await eventually(() => expect(electron.app.quit).toHaveBeenCalled());
    const options = electron.dialog.showMessageBox.mock.calls[0]?.[0] as { type: string; detail: string };
    expect(options.type).toBe('error');
    expect(options.detail).toContain('uventet feil');
    expect(options.detail).toContain(dataFile);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});
