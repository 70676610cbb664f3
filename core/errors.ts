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

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** An expected failure with a Norwegian message for the user; `fields` ties messages to form fields. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, fields: this.fields };
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
