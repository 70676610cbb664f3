import { contextBridge, ipcRenderer } from 'electron';

// Same name as INVOKE_CHANNEL in ipc.ts, which a sandboxed preload cannot import (it pulls in node:fs).
const INVOKE_CHANNEL = 'akan:invoke';
const FOLLOW_CHANNEL = 'akan:follow';
const CHANGED_CHANNEL = 'akan:changed';
const PICK_CHANNEL = 'akan:pick';

contextBridge.exposeInMainWorld('akan', {
  invoke: (method: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  onChange: (listener: (batch: unknown) => void): (() => void) => {
    const relay = (_event: unknown, batch: unknown) => listener(batch);
    ipcRenderer.on(CHANGED_CHANNEL, relay);
    ipcRenderer.send(FOLLOW_CHANNEL);
    return () => ipcRenderer.removeListener(CHANGED_CHANNEL, relay);
  },
  pickPath: (kind: string): Promise<unknown> => ipcRenderer.invoke(PICK_CHANNEL, kind),
});
