import { DatabaseError } from '../db/errors';
import { AppError, type ErrorCode } from './errors';

/**
 * Beyond what `db` finds: `lost`, the data file is missing or empty although this PC has backed it up; `empty`, the
 * data file is 0 bytes with no backup known. Neither is ever started afresh over.
 */
export type OpenFailureKind = DatabaseError['kind'] | 'lost' | 'empty';

const MESSAGES: Record<OpenFailureKind, string> = {
  missing: 'Datafilen finnes ikke. Sjekk filnavnet.',
  corrupt: 'Datafilen er skadet eller ikke en AKAN Utvalg-fil. Den er ikke endret. Gjenopprett fra en sikkerhetskopi.',
  locked:
    'Datafilen er i bruk av et annet program akkurat nå. Lukk andre kopier av AKAN Utvalg (og programmer som har filen åpen), og prøv igjen.',
  unwritable: 'Datafilen kan ikke åpnes eller opprettes. Sjekk at mappen finnes og at du har skrivetilgang.',
  readonly:
    'Datafilen er skrivebeskyttet (eller ligger på en disk som bare kan leses), så AKAN Utvalg kan ikke bruke den. Den er ikke endret. Fjern skrivebeskyttelsen på filen og mappen, eller be IT om skrivetilgang, og prøv igjen.',
  migration_failed:
    'Datafilen kunne ikke oppdateres til denne versjonen. Den er satt tilbake slik den var, og ingen data gikk tapt. Ta kontakt med IT.',
  too_new: 'Datafilen er laget av en nyere versjon av AKAN Utvalg. Oppdater programmet før du åpner den.',
  lost: 'Datafilen er borte eller tom, men det finnes sikkerhetskopier av den. Gjenopprett den nyeste, så er dataene tilbake.',
  empty:
    'Datafilen er tom (0 byte), så det er ingen data å lese i den. Den er ikke endret, og AKAN Utvalg lager ikke en ny fil over den. Gjenopprett en sikkerhetskopi. Finnes det ingen, kan IT flytte den tomme filen bort; da begynner AKAN Utvalg på nytt.',
};

const CODES: Partial<Record<OpenFailureKind, ErrorCode>> = { locked: 'busy', readonly: 'readonly' };

/** Why the app could not open its data file, as an error the faces can show. */
export class OpenAppError extends AppError {
  constructor(
    readonly kind: OpenFailureKind,
    readonly detail: string,
  ) {
    super(CODES[kind] ?? 'io', MESSAGES[kind]);
    this.name = 'OpenAppError';
  }
}

export function openFailure(error: unknown): Error {
  if (error instanceof DatabaseError) return new OpenAppError(error.kind, error.message);
  return error instanceof Error ? error : new Error(String(error));
}
