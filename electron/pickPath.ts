import { BrowserWindow, dialog, ipcMain, type OpenDialogOptions } from 'electron';
import { isAppUrl } from './protocol';

/** Asks the system's own dialog for a path; the page names only what kind of path it wants. Also spelled in preload.ts. */
export const PICK_CHANNEL = 'akan:pick';

export type PickKind = 'importFile' | 'backupFolder';

const QUESTIONS: Record<PickKind, OpenDialogOptions> = {
  importFile: {
    title: 'Velg eksportfilen som skal importeres',
    filters: [{ name: 'AKAN Utvalg-eksport', extensions: ['akan'] }],
    properties: ['openFile'],
  },
  backupFolder: {
    title: 'Velg mappe for sikkerhetskopier',
    properties: ['openDirectory', 'createDirectory'],
  },
};

/** The chosen path, or null when the user cancels or the page is not the app's own. */
export function bindPickPath(): void {
  ipcMain.handle(PICK_CHANNEL, async (event, kind: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return null;
    if (typeof kind !== 'string' || !Object.hasOwn(QUESTIONS, kind)) return null;
    const options = QUESTIONS[kind as PickKind];
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
}
