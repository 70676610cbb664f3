import { DatabaseError } from '../db/errors';
import { AppError } from './errors';

const MESSAGES: Record<DatabaseError['kind'], string> = {
  missing: 'Datafilen finnes ikke. Sjekk filnavnet.',
  corrupt: 'Datafilen er skadet eller ikke en AKAN Utvalg-fil. Den er ikke endret. Gjenopprett fra en sikkerhetskopi.',
  locked: 'Datafilen er låst av et annet program. Lukk andre kopier av AKAN Utvalg og prøv igjen.',
  unwritable: 'Datafilen kan ikke åpnes eller opprettes. Sjekk at mappen finnes og at du har skrivetilgang.',
  migration_failed:
    'Datafilen kunne ikke oppdateres til denne versjonen. Den er satt tilbake slik den var, og ingen data gikk tapt. Ta kontakt med IT.',
  too_new: 'Datafilen er laget av en nyere versjon av AKAN Utvalg. Oppdater programmet før du åpner den.',
};

/** Why the app could not open its data file, as an error the faces can show. */
export class OpenAppError extends AppError {
  constructor(
    readonly kind: DatabaseError['kind'],
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
