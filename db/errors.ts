export type DatabaseErrorKind =
  'missing' | 'corrupt' | 'locked' | 'unwritable' | 'migration_failed' | 'too_new' | 'readonly';

/** Why the data file could not be opened; `core` turns it into a message for the user. */
export class DatabaseError extends Error {
  constructor(
    readonly kind: DatabaseErrorKind,
    readonly file: string,
    detail: string,
    readonly restoredFrom: string | null = null,
  ) {
    super(detail);
    this.name = 'DatabaseError';
  }
}
