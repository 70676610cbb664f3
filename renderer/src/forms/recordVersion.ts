import { useEffect, useMemo, useRef } from 'react';
import type { ErrorBody } from '../../../core/contract';
import type { Versioned } from '../../../core/concurrency/guard';
import type { FormState, FormValues } from './useForm';

/**
 * The version of the record a form was opened on. It stays what the form started from while others' changes
 * refresh the screen, so a save made from a stale copy is refused instead of overwriting theirs; it moves on when
 * this form saves, and when a conflict has shown the user what is stored now (saving again then keeps theirs).
 */
export interface RecordVersion {
  current(): number;
  adopt(version: number): void;
}

export function useRecordVersion<V extends FormValues>(
  record: Versioned | null | undefined,
  /** A form nobody has typed in follows the record when others change it: it shows `values()` of the new one. */
  follow?: { form: FormState<V>; values: () => V },
): RecordVersion {
  const version = useRef(record?.version ?? 0);
  const latest = record?.version;
  const untouched = follow && !follow.form.dirty && !follow.form.pending;
  useEffect(() => {
    if (latest === undefined || latest <= version.current || !untouched) return;
    version.current = latest;
    follow.form.reset(follow.values());
    // Only a newer version of the record moves an untouched form; its values are read from that record.
  }, [latest, untouched]);
  return useMemo(
    () => ({
      current: () => version.current,
      adopt: (next: number) => {
        version.current = next;
      },
    }),
    [],
  );
}

function versionOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('version' in value)) return undefined;
  return typeof value.version === 'number' ? value.version : undefined;
}

/** The version the next save must carry after a save answered `value`, or was refused with `error`. */
export function versionAfter(outcome: { value: unknown } | { error: ErrorBody }): number | undefined {
  if ('value' in outcome) return versionOf(outcome.value);
  return outcome.error.code === 'conflict' ? versionOf(outcome.error.conflict?.current) : undefined;
}
