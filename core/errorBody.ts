import { AppError, type ErrorBody } from './errors';

const BUSY_MESSAGE =
  'Datafilen er i bruk av et annet program akkurat nå. Vent litt og prøv igjen; ingen endringer gikk tapt.';
const FULL_MESSAGE =
  'Det er ikke nok ledig plass på disken, så ingenting ble lagret. Frigjør plass, eller ta kontakt med IT, og prøv igjen.';
const CORRUPT_MESSAGE =
  'Datafilen ser ut til å være skadet, og ingenting ble lagret. Lukk AKAN Utvalg og start programmet på nytt: da kontrolleres filen, og du kan gjenopprette fra en sikkerhetskopi.';
export const READONLY_MESSAGE =
  'Datafilen er skrivebeskyttet, så ingenting ble lagret. Du kan lese dataene, men ikke endre dem. Fjern skrivebeskyttelsen på filen eller mappen (eller be IT om skrivetilgang), og start AKAN Utvalg på nytt.';
const INTERNAL_MESSAGE =
  'Noe gikk galt, og ingenting ble lagret. Prøv igjen. Skjer det igjen, ta kontakt med IT og oppgi tidspunktet.';

/** What a failed call answers: the refusal itself, or the file's trouble in words the user can act on. */
export function errorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  const text = String(error);
  if (/SQLITE_BUSY|database is locked/i.test(text)) return { code: 'busy', message: BUSY_MESSAGE, fields: {} };
  if (/SQLITE_READONLY|readonly database|read-only file system|EROFS/i.test(text))
    return { code: 'readonly', message: READONLY_MESSAGE, fields: {} };
  if (/SQLITE_FULL|disk is full/i.test(text)) return { code: 'io', message: FULL_MESSAGE, fields: {} };
  if (/SQLITE_CORRUPT|SQLITE_NOTADB|malformed/i.test(text)) return { code: 'io', message: CORRUPT_MESSAGE, fields: {} };
  console.error('[dispatch]', error);
  return { code: 'internal', message: INTERNAL_MESSAGE, fields: {} };
}
