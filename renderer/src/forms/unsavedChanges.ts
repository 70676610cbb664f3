import { createContext, useContext, useEffect, useId } from 'react';

/** The forms on screen that hold typed input not yet saved; read at the moment the user tries to leave. */
export class UnsavedRegistry {
  private readonly dirty = new Set<string>();
  set(key: string, isDirty: boolean): void {
    if (isDirty) this.dirty.add(key);
    else this.dirty.delete(key);
  }
  get any(): boolean {
    return this.dirty.size > 0;
  }
  clear(): void {
    this.dirty.clear();
  }
}

export const UnsavedContext = createContext<UnsavedRegistry | null>(null);

/**
 * Tells the guard whether this form (or grid) has unsaved input. Returns `markSaved`, to call right after a
 * successful save, before navigating away.
 */
export function useUnsavedChanges(isDirty: boolean): () => void {
  const registry = useContext(UnsavedContext);
  const key = useId();
  useEffect(() => {
    registry?.set(key, isDirty);
    return () => registry?.set(key, false);
  }, [registry, key, isDirty]);
  return () => registry?.set(key, false);
}
