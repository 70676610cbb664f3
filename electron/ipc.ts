import { ipcMain } from 'electron';
import type { AppHandle } from '../core/app';
import type { Result } from '../core/errors';
import { isAppUrl } from './protocol';

/** The one IPC channel; `preload.ts` spells the same name (it cannot import this module in the sandbox). */
export const INVOKE_CHANNEL = 'akan:invoke';

export const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'refused', message: 'Forespørselen kom ikke fra AKAN Utvalg og ble avvist.', fields: {} },
};

export function bindIpc(handle: Pick<AppHandle, 'dispatch'>): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return REFUSED;
    return handle.dispatch(method, input);
  });
}
