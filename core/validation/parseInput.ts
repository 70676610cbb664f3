import type { z } from 'zod';
import { type ErrorBody, FIX_FIELDS_MESSAGE } from '../errors';
import { NATIONAL_ID_MESSAGE } from './fields';
import { norwegianIssueMessage } from './messages';
import { nationalIdPaths } from './nationalId';

type Path = readonly PropertyKey[];

function fieldKey(path: Path): string {
  return path.map(String).join('.') || '_';
}

/** One message per field (the first found); the whole message is that one when only one field is wrong. */
export function validationError(issues: readonly { path: Path; message: string }[]): ErrorBody {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[fieldKey(issue.path)] ??= issue.message;
  const messages = Object.values(fields);
  return {
    code: 'validation',
    message: messages.length === 1 ? (messages[0] ?? FIX_FIELDS_MESSAGE) : FIX_FIELDS_MESSAGE,
    fields,
  };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * A contract call's input, parsed by its schema. Any text anywhere in it that holds a national identity number —
 * however it is spelled, in whichever field — is refused at that field, together with every other problem.
 */
export function parseInput<S extends z.ZodType>(schema: S, rawInput: unknown): Parsed<z.output<S>> {
  const identities = nationalIdPaths(rawInput).map((path) => ({ path, message: NATIONAL_ID_MESSAGE }));
  const parsed = schema.safeParse(rawInput, { error: norwegianIssueMessage });
  if (identities.length === 0 && parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.success ? [] : parsed.error.issues;
  // A field's own wording of the identity-number refusal (naming the link, say) comes before the general one.
  const own = issues.filter((issue) => issue.message.includes('fødselsnummer'));
  return { ok: false, error: validationError([...own, ...identities, ...issues]) };
}
