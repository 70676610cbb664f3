import { contextBridge, ipcRenderer } from 'electron';

// Same name as INVOKE_CHANNEL in ipc.ts, which a sandboxed preload cannot import (it pulls in node:fs).
const INVOKE_CHANNEL = 'akan:invoke';

contextBridge.exposeInMainWorld('akan', {
  invoke: (method: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
});
