import path from 'node:path';
import { BrowserWindow, dialog, type Session, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './protocol';

export const WINDOW_TITLE = 'AKAN Utvalg';
export const EXTERNAL_HOSTS = ['akan.no', 'samtalekurs.no', 'lovdata.no', 'designsystemet.no'] as const;

/** True for plain https links to an allow-listed host or one of its subdomains. */
export function isAllowedExternal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

function openIfAllowed(url: string): void {
  if (isAllowedExternal(url)) void shell.openExternal(url);
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Keeps the page on `app://akan`: other navigation and every new window are refused; allow-listed links open in the browser. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openIfAllowed(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}

/**
 * The window is closed (or reloaded) while a form holds unsaved input: the page's `beforeunload` holds it back, and
 * Electron asks here — in Norwegian, with staying as the default — instead of closing without a word.
 */
export function askBeforeLosingInput(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: WINDOW_TITLE,
      message: 'Du har endringer som ikke er lagret.',
      detail: 'Lukker du nå, blir det du har skrevet borte.',
      buttons: ['Bli og lagre', 'Lukk uten å lagre'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // preventDefault here lets the unload go on (the page's beforeunload is overridden).
    if (choice === 1) event.preventDefault();
  });
}

export function createMainWindow(options: { devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: options.devTools,
    },
  });
  denyPermissions(window.webContents.session);
  guardNavigation(window.webContents);
  askBeforeLosingInput(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

export function bringToFront(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
