import { AppError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import type { connectionContract, ConnectionStatus } from './contract';

const LOCAL: ConnectionStatus = {
  mode: 'local',
  canSwitch: false,
  serverUrl: null,
  organisationName: null,
  signedInAs: null,
  signedIn: false,
  movedTo: null,
};

function desktopOnly(): never {
  throw new AppError('refused', 'Felles server velges i skrivebordsappen, under Innstillinger.');
}

/** The core's own answer: this face works on its local data file and cannot switch (the desktop app overrides these). */
export const connectionHandlers: AreaHandlers<typeof connectionContract> = {
  'connection.status': () => LOCAL,
  'connection.useServer': desktopOnly,
  'connection.signIn': desktopOnly,
  'connection.useLocal': desktopOnly,
  'connection.moveToServer': desktopOnly,
};
