import os from 'node:os';
import path from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import type { AppHandle } from '../core/app';
import { appChangeFeed } from '../core/changeLog/appFeed';
import type { Reminder } from '../core/reminders/types';
import { OpenAppError } from '../core/openFailure';
import { todayInOslo } from '../core/validation/dates';
import { isRecovery, openAppOrRecovery, type RecoveryHandle } from '../core/recovery';
import { bindIpc, relayChanges } from './ipc';
import { bindPickPath } from './pickPath';
import type { ConnectionController } from './remote/controller';
import { desktopConnection } from './remote/desktop';
import { installMenu } from './menu';
import { showReminderNotifications } from './notifications';
import { NotifiedToday } from './notifiedToday';
import { dataFilePath, userDataDir } from './paths';
import { registerAppScheme, serveApp } from './protocol';
import { bringToFront, createMainWindow } from './window';

/** Same as `appId` in electron-builder.yml: Windows ties notifications and the taskbar to it. */
export const APP_ID = 'no.kommune.akan-utvalg';
const RENDERER_ROOT = path.join(__dirname, '../renderer');
const UNEXPECTED_OPEN_FAILURE = 'AKAN Utvalg kunne ikke starte på grunn av en uventet feil. Ta kontakt med IT.';

/** A data file that cannot be opened shows the recovery screen; only an unexpected failure ends here. */
async function reportOpenFailure(error: unknown, dataFile: string): Promise<void> {
  if (!(error instanceof OpenAppError)) console.error(error);
  const message = error instanceof OpenAppError ? error.message : UNEXPECTED_OPEN_FAILURE;
  await dialog.showMessageBox({
    type: 'error',
    title: 'AKAN Utvalg',
    message: 'Datafilen kunne ikke åpnes',
    detail: `${message}\n\nDatafil: ${dataFile}`,
    buttons: ['Avslutt'],
  });
}

/** The reminders from the data the window shows (the local file, or the server's shared data), once a day per person. */
async function notifyDueReminders(connection: ConnectionController, onClick: () => void): Promise<void> {
  const result = await connection.invoke('reminders.list', {});
  if (!result.ok) return;
  const person = connection.status().signedInAs ?? os.userInfo().username;
  const fresh = new NotifiedToday(app.getPath('userData')).take(person, todayInOslo(), result.value as Reminder[]);
  showReminderNotifications(fresh, onClick);
}

function start(): void {
  const dataFile = dataFilePath(process.platform, process.env, app.getPath('userData'));
  const devTools = !app.isPackaged;
  let handle: AppHandle | RecoveryHandle | null = null;
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => bringToFront(window));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    handle?.close();
    handle = null;
  });

  void app.whenReady().then(async () => {
    serveApp(RENDERER_ROOT);
    let opened: AppHandle | RecoveryHandle;
    try {
      opened = await openAppOrRecovery({ dataFile });
    } catch (error) {
      await reportOpenFailure(error, dataFile);
      app.quit();
      return;
    }
    handle = opened;
    // The window talks to this PC's file or, once set in Innstillinger, to the committee's server.
    const feed = appChangeFeed(opened);
    const connection = desktopConnection(
      dataFile,
      async () => opened.dispatch,
      () => feed,
    );
    bindIpc(
      { dispatch: (method, input) => connection.invoke(method, input) },
      undefined,
      () => connection.mode === 'server',
    );
    relayChanges((listener) => connection.follow(listener));
    bindPickPath();
    installMenu({ devTools });
    window = createMainWindow({ devTools });
    window.on('closed', () => {
      window = null;
    });
    if (!isRecovery(opened)) window.once('show', () => void notifyDueReminders(connection, () => bringToFront(window)));
  });
}

const userData = userDataDir(process.platform, process.env, os.homedir());
if (userData) app.setPath('userData', userData);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
app.enableSandbox();
registerAppScheme();

// The lock lives in the userData folder, so it is taken after that folder is set.
if (app.requestSingleInstanceLock()) start();
else app.quit();
