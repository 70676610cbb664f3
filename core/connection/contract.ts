import { z } from 'zod';
import { read, task } from '../define';
import { emptyInput } from '../validation/fields';

export interface ConnectionStatus {
  /** `local`: this PC's own data file. `server`: the committee's AKAN Utvalg server. */
  mode: 'local' | 'server';
  /** Whether this face can switch (only the desktop app can; the preview and the CLI cannot). */
  canSwitch: boolean;
  serverUrl: string | null;
  organisationName: string | null;
  /** The signed-in person, when on a server. */
  signedInAs: string | null;
  signedIn: boolean;
  /** This PC's data were moved to a server («Flytt dataene til serveren»); its local file is kept, read-only. */
  movedTo: MovedTo | null;
}

export interface MovedTo {
  serverUrl: string;
  /** ISO UTC timestamp. */
  at: string;
}

const url = z
  .string({ error: 'Skriv serverens adresse.' })
  .trim()
  .min(1, 'Skriv serverens adresse.')
  .max(300, 'Adressen er for lang.');
const serverAddress = z.strictObject({ url });
const moveInput = z.strictObject({
  url,
  /** Yes to replacing the data the server holds already (it backs them up first). */
  confirmReplace: z.boolean({ error: 'Bekreftelsen må være ja eller nei.' }).optional(),
});

/** Which data this app works on. Answered by the face: the desktop app switches, the others say they cannot. */
export const connectionContract = {
  'connection.status': read(emptyInput).returns<ConnectionStatus>(),
  'connection.useServer': task(serverAddress).returns<ConnectionStatus>(),
  'connection.signIn': task(emptyInput).returns<ConnectionStatus>(),
  'connection.useLocal': task(emptyInput).returns<ConnectionStatus>(),
  'connection.moveToServer': task(moveInput).returns<ConnectionStatus>(),
};
