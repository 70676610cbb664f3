import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

export function messageFor(error: NodeJS.ErrnoException, target: string): string {
  const name = path.basename(target);
  switch (error.code) {
    case 'EBUSY':
    case 'EPERM':
      return `Filen «${name}» er åpen i et annet program (for eksempel Excel) eller skrivebeskyttet. Lukk den og prøv igjen, eller velg et annet filnavn.`;
    case 'EACCES':
    case 'EROFS':
      return `Du har ikke skrivetilgang til mappen for «${name}». Velg en annen mappe.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Det er ikke nok ledig plass til å lagre «${name}». Frigjør plass eller velg en annen disk. Ingenting ble lagret.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `Mappen for «${name}» finnes ikke. Velg en annen mappe.`;
    default:
      return `«${name}» kunne ikke lagres (${error.code ?? 'ukjent feil'}). Ingenting ble lagret.`;
  }
}

/**
 * Writes a file so that readers see either the old file or the complete new one: a temporary file in the same
 * folder, flushed to disk, then renamed over the target. On failure nothing partial is left behind.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('io', messageFor(error as NodeJS.ErrnoException, target));
  }
}
