import { version } from '../package.json';

/** The version of AKAN Utvalg, as written into backups and exports. */
export const APP_VERSION: string = version;
