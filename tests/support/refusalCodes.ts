import type { ErrorCode } from '../../core/errors';

/** The codes a hostile call may be refused with: anything but a crash. */
export const REFUSAL_CODES: ErrorCode[] = [
  'validation',
  'not_found',
  'conflict',
  'unknown_method',
  'io',
  'busy',
  'refused',
  'internal',
];
