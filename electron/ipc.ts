import { BrowserWindow, app, dialog, ipcMain } from 'electron';
import type { AppHandle } from '../core/app';
import type { ChangeBatch } from '../core/changeLog/feed';
import type { Result } from '../core/errors';
import { isAppUrl } from './protocol';
import { type AskSavePath, dispatchWithSaveDialog } from './saveDialog';

/** The one IPC channel; `preload.ts` spells the same name (it cannot import this module in the sandbox). */
export const INVOKE_CHANNEL = 'akan:invoke';
/** The window asks to follow everyone's changes; they come back on the second channel. Also spelled in preload.ts. */
export const FOLLOW_CHANNEL = 'akan:follow';
export const CHANGED_CHANNEL = 'akan:changed';

export const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'refused', message: 'Forespørselen kom ikke fra AKAN Utvalg og ble avvist.', fields: {} },
};

function nativeSaveDialog(sender: Electron.WebContents): AskSavePath {
  return async ({ title, defaultName, filterName, extensions }) => {
    const options = { title, defaultPath: defaultName, filters: [{ name: filterName, extensions }] };
    const window = BrowserWindow.fromWebContents(sender);
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

export function bindIpc(
  handle: Pick<AppHandle, 'dispatch'>,
  ask: (sender: Electron.WebContents) => AskSavePath = nativeSaveDialog,
  /** The calls go to the committee's server: files chosen in a save dialog are written here from its bytes. */
  remote: () => boolean = () => false,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return REFUSED;
    return dispatchWithSaveDialog(
      handle.dispatch,
      ask(event.sender),
      app.getPath('documents'),
      method,
      input,
      remote(),
    );
  });
}

/** Relays everyone's changes to each window that follows them, until it reloads (and follows again) or closes. */
export function relayChanges(follow: (listener: (batch: ChangeBatch) => void) => () => void): void {
  const following = new Map<number, () => void>();
  ipcMain.on(FOLLOW_CHANNEL, (event) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return;
    const sender = event.sender;
    const known = following.has(sender.id);
    following.get(sender.id)?.();
    following.set(
      sender.id,
      follow((batch) => {
        if (!sender.isDestroyed()) sender.send(CHANGED_CHANNEL, batch);
      }),
    );
    if (!known)
      sender.once('destroyed', () => {
        following.get(sender.id)?.();
        following.delete(sender.id);
      });
  });
}
