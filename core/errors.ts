export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unknown_method'
  | 'io'
  | 'busy'
  | 'refused'
  | 'cancelled'
  | 'internal'
  | 'unreachable'
  | 'signed_out'
  | 'readonly';

/** A cell of the statistics grid that someone else changed after the form read it. */
export interface CellConflict {
  unitId: number;
  indicatorId: number;
  /** The value now; `null` when not reported. */
  value: number | null;
  by: string | null;
  /** Null when the number was removed: nobody is named for a cell that is no longer there. */
  at: string | null;
}

/** With code `conflict`: who changed the record (or cells) since the form read it, when, and what it holds now. */
export interface ConflictDetail {
  by: string | null;
  at: string;
  /** The record as its read method gives it now; the form shows these values beside the user's. */
  current?: unknown;
  cells?: CellConflict[];
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields: Record<string, string>;
  conflict?: ConflictDetail;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** An expected failure with a Norwegian message for the user; `fields` ties messages to form fields. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly conflict?: ConflictDetail,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message, fields: this.fields };
    if (this.conflict) body.conflict = this.conflict;
    return body;
  }
}

export const FIX_FIELDS_MESSAGE = 'Noen felt må rettes før du kan lagre.';

export function fieldError(field: string, message: string): AppError {
  return new AppError('validation', message, { [field]: message });
}

export function fieldErrors(fields: Record<string, string>): AppError {
  const messages = Object.values(fields);
  return new AppError(
    'validation',
    messages.length === 1 ? (messages[0] ?? FIX_FIELDS_MESSAGE) : FIX_FIELDS_MESSAGE,
    fields,
  );
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `Fant ikke ${what}. Den kan være slettet – last inn siden på nytt.`);
}
