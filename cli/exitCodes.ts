import type { ErrorBody } from '../core/errors';
import type { OpenFailureKind } from '../core/openFailure';

/** Every exit code of every command; README.md and docs/DATA-SAFETY.md print this same table. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  lost: 3,
  damaged: 4,
  busy: 5,
  readonly: 6,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_MEANINGS: Record<ExitCode, string> = {
  0: 'done (`check`: the file is healthy)',
  1: 'the work failed and nothing was changed: a file that cannot be written, a backup or import refused, a report that could not be made (`check`: the file is not healthy)',
  2: 'bad arguments, or the data file does not exist; nothing was written',
  3: 'the data file is lost or empty (0 bytes): nothing was written, no new file was made over it; restore it with `restore --db FILE --from BACKUP`',
  4: 'the data file is damaged, not an AKAN Utvalg file, or from a newer version: it was not changed',
  5: 'the data file is in use by another program (locked): try again in a moment',
  6: 'a change was refused because the data file, its folder or its disk is write-protected (reading works): remove the protection or ask IT',
};

const BY_KIND: Record<OpenFailureKind, ExitCode> = {
  missing: EXIT.usage,
  lost: EXIT.lost,
  empty: EXIT.lost,
  corrupt: EXIT.damaged,
  too_new: EXIT.damaged,
  migration_failed: EXIT.damaged,
  locked: EXIT.busy,
  readonly: EXIT.readonly,
  unwritable: EXIT.readonly,
};

export function exitForOpenFailure(kind: OpenFailureKind): ExitCode {
  return BY_KIND[kind];
}

/** A method's refusal: bad input is a usage error; busy and write-protected have their own codes; the rest failed. */
export function exitForError(error: Pick<ErrorBody, 'code'>): ExitCode {
  if (error.code === 'validation') return EXIT.usage;
  if (error.code === 'busy') return EXIT.busy;
  if (error.code === 'readonly') return EXIT.readonly;
  return EXIT.failed;
}
