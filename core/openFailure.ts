import { DatabaseError } from '../db/errors';
import { AppError } from './errors';

/** `lost`: the data file is missing or empty although this PC has backed it up (found by core, not by db). */
export type OpenFailureKind = DatabaseError['kind'] | 'lost';

const MESSAGES: Record<OpenFailureKind, string> = {
  missing: 'Datafilen finnes ikke. Sjekk filnavnet.',
  corrupt: 'Datafilen er skadet eller ikke en AKAN Utvalg-fil. Den er ikke endret. Gjenopprett fra en sikkerhetskopi.',
  locked: 'Datafilen er låst av et annet program. Lukk andre kopier av AKAN Utvalg og prøv igjen.',
  unwritable: 'Datafilen kan ikke åpnes eller opprettes. Sjekk at mappen finnes og at du har skrivetilgang.',
  migration_failed:
    'Datafilen kunne ikke oppdateres til denne versjonen. Den er satt tilbake slik den var, og ingen data gikk tapt. Ta kontakt med IT.',
  too_new: 'Datafilen er laget av en nyere versjon av AKAN Utvalg. Oppdater programmet før du åpner den.',
  lost: 'Datafilen er borte eller tom, men det finnes sikkerhetskopier av den. Gjenopprett den nyeste, så er dataene tilbake.',
};

/** Why the app could not open its data file, as an error the faces can show. */
export class OpenAppError extends AppError {
  constructor(
    readonly kind: OpenFailureKind,
    readonly detail: string,
  ) {
    super(kind === 'locked' ? 'busy' : 'io', MESSAGES[kind]);
    this.name = 'OpenAppError';
  }
}

export function openFailure(error: unknown): Error {
  if (error instanceof DatabaseError) return new OpenAppError(error.kind, error.message);
  return error instanceof Error ? error : new Error(String(error));
}
