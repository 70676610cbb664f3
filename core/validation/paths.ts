import { z } from 'zod';

/** `/home/…`, `C:\…` or `\\server\share\…`: a full path, so nothing depends on the folder the app was started from. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/;

export function isAbsolutePath(text: string): boolean {
  return ABSOLUTE_PATH.test(text) && !text.includes('\0');
}

/** A full path to a file or folder; `message` says what kind of path is expected. */
export function absolutePath(message: string) {
  return z
    .string({ error: message })
    .trim()
    .max(1000, { error: 'Stien kan være høyst 1000 tegn.' })
    .refine(isAbsolutePath, { error: message });
}

/** An optional full path to a folder; empty means "not set" (null). */
export function optionalFolderPath(message: string) {
  return z
    .union([absolutePath(message), z.literal('')])
    .nullish()
    .transform((folder) => (folder ? folder : null));
}
