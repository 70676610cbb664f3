import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'ja eller nei',
  array: 'en liste',
  object: 'et skjema',
  date: 'en dato',
};

/** Plain Norwegian messages for zod issues that a schema has not worded itself. */
export function norwegianIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Feltet må fylles ut.';
      return `Verdien må være ${TYPE_NAMES[issue.expected] ?? 'av riktig type'}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Teksten kan være høyst ${String(issue.maximum)} tegn.`;
      if (issue.origin === 'array') return `Du kan velge høyst ${String(issue.maximum)}.`;
      return `Tallet kan være høyst ${String(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'Feltet må fylles ut.';
      if (issue.origin === 'array') return `Velg minst ${String(issue.minimum)}.`;
      return `Tallet må være minst ${String(issue.minimum)}.`;
    case 'invalid_format':
      return 'Verdien har feil format.';
    case 'not_multiple_of':
      return 'Tallet må være et heltall.';
    case 'unrecognized_keys':
      return `Ukjent felt: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return 'Velg en av de gyldige verdiene.';
    default:
      return 'Verdien er ugyldig.';
  }
}
