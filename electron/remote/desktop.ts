import { app, BrowserWindow, net, safeStorage, shell } from 'electron';
import type { ChangeFeed } from '../../core/changeLog/feed';
import { ConnectionStore, type Sealer } from './connectionStore';
import { ConnectionController, type Dispatcher } from './controller';

const sealer: Sealer = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  seal: (text) => safeStorage.encryptString(text),
  open: (sealed) => safeStorage.decryptString(sealed),
};

/**
 * The desktop's connection, built from Electron: Chromium's network stack (so the PC's own certificate store and
 * proxy apply), the system browser for sign-in, and the OS's encryption for the tokens.
 */
export function desktopConnection(
  localDataFile: string,
  openLocal: () => Promise<Dispatcher>,
  localFeed: () => ChangeFeed | null,
): ConnectionController {
  return new ConnectionController({
    store: new ConnectionStore(app.getPath('userData'), sealer),
    fetch: (url, init) => net.fetch(String(url), init),
    openExternal: (url) => shell.openExternal(url),
    openLocal,
    localDataFile,
    localFeed,
    reload: () => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.reload();
    },
  });
}
