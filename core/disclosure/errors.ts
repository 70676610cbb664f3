import { AppError } from '../errors';
import type { AuditFailure } from './audit';

const REASONS_SHOWN = 3;

/** The audit rejected a suppression pattern, so the table must not be published. */
export class DisclosureError extends AppError {
  constructor(readonly failures: readonly AuditFailure[]) {
    const reasons = failures.slice(0, REASONS_SHOWN).map((failure) => failure.reason);
    const more = failures.length > REASONS_SHOWN ? [`Det gjelder ${failures.length - REASONS_SHOWN} celler til.`] : [];
    super(
      'refused',
      [
        'Tabellen kan ikke publiseres: skjermingen besto ikke kontrollen.',
        ...reasons,
        ...more,
        'Prøv en grovere tabell, for eksempel år i stedet for kvartal eller sektor i stedet for enhet.',
      ].join(' '),
    );
    this.name = 'DisclosureError';
  }
}
