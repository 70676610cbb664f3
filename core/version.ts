import { version } from '../package.json';

/** The version of AKAN Utvalg, as written into backups and exports. */
export const APP_VERSION: string = version;

/** The generation of the contract: a desktop app and a server of different generations refuse to talk. */
export const CONTRACT_VERSION = 1;
