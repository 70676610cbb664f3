import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const isRoot = process.getuid?.() === 0;

/**
 * Makes files and folders write-protected for this process. Root ignores permission bits, so as root the
 * immutable attribute is used (ext4 and most Linux file systems); returns the undo.
 */
export function writeProtect(...paths: string[]): () => void {
  if (isRoot) {
    execFileSync('chattr', ['+i', ...paths]);
    return () => execFileSync('chattr', ['-i', ...paths]);
  }
  const modes = paths.map((p) => fs.statSync(p).mode);
  for (const p of paths) fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o555 : 0o444);
  return () => paths.forEach((p, i) => fs.chmodSync(p, modes[i] ?? 0o644));
}
