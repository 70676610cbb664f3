import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bringToFront, createMainWindow, isAllowedExternal } from '../../../electron/window';
import { type FakeElectron, fakeElectron, fakeEvent } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.resetFakeElectron();
});

function open(devTools = false) {
  createMainWindow({ devTools });
  const window = electron.BrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

describe('the main window', () => {
  it('is hardened: isolated, sandboxed, no Node, no webview, web security on', () => {
    const prefs = open().options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('has no dev tools unless asked (production)', () => {
    expect(open(false).options.webPreferences.devTools).toBe(false);
    electron.resetFakeElectron();
    expect(open(true).options.webPreferences.devTools).toBe(true);
  });

  it('uses the built preload and loads the app from app://akan', () => {
    const window = open();
    expect(window.options.webPreferences.preload.replaceAll('\\', '/')).toMatch(/\/preload\/index\.js$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://akan/index.html');
  });

  it('has the agreed title and sizes, and shows itself when ready', () => {
    const window = open();
    expect(window.options).toMatchObject({
      title: 'AKAN Utvalg',
      width: 1366,
      height: 768,
      minWidth: 1024,
      minHeight: 700,
      show: false,
    });
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });
});

describe('navigation', () => {
  it('lets the app navigate within app://akan', () => {
    const event = fakeEvent();
    open().webContents.emit('will-navigate', event, 'app://akan/index.html#/plan');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'http://akan.no/'])(
    'refuses will-navigate to %s',
    (url) => {
      const event = fakeEvent();
      open().webContents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('refuses navigating to an allow-listed site in the window, opening it in the browser instead', () => {
    const event = fakeEvent();
    open().webContents.emit('will-navigate', event, 'https://lovdata.no/dokument/SF/forskrift/1996-12-06-1127');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).toHaveBeenCalledWith(
      'https://lovdata.no/dokument/SF/forskrift/1996-12-06-1127',
    );
  });

  it('refuses redirects away from the app, even to allow-listed sites', () => {
    const window = open();
    const away = fakeEvent();
    window.webContents.emit('will-redirect', away, 'https://akan.no/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    const home = fakeEvent();
    window.webContents.emit('will-redirect', home, 'app://akan/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    const event = fakeEvent();
    open().webContents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  const allowed = [
    'https://akan.no/',
    'https://www.akan.no/kurs',
    'https://samtalekurs.no/',
    'https://lovdata.no/dokument/NL/lov/2005-06-17-62',
    'https://designsystemet.no/',
    'https://www.designsystemet.no/komponenter',
  ];
  const refused = [
    'http://akan.no/',
    'https://akan.no.evil.com/',
    'https://evilakan.no/',
    'https://user:pw@akan.no/',
    'https://akan.no:8443/',
    'https://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'app://akan/index.html',
    'not a url',
  ];

  it.each(allowed)('denies the window but opens %s in the browser', (url) => {
    const window = open();
    expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each(refused)('denies %s and does not open it', (url) => {
    const window = open();
    expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(isAllowedExternal(url)).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s request and check',
    (permission) => {
      const session = open().webContents.session;
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'app://akan', {})).toBe(false);
    },
  );
});

describe('bringToFront', () => {
  it('restores a minimised window and focuses it', () => {
    const window = open();
    window.minimized = true;
    bringToFront(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('ignores a missing window', () => {
    expect(() => bringToFront(null)).not.toThrow();
  });
});

describe('closing with unsaved input', () => {
  it('asks in Norwegian, staying by default; only «Lukk uten å lagre» lets the window go', () => {
    const window = open();
    const stay = { preventDefault: vi.fn() };
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    window.webContents.emit('will-prevent-unload', stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    const [, options] = electron.dialog.showMessageBoxSync.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(options).toMatchObject({
      message: 'Du har endringer som ikke er lagret.',
      buttons: ['Bli og lagre', 'Lukk uten å lagre'],
      defaultId: 0,
      cancelId: 0,
    });

    const leave = { preventDefault: vi.fn() };
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    window.webContents.emit('will-prevent-unload', leave);
    expect(leave.preventDefault).toHaveBeenCalledTimes(1);
  });
});
