import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes a folder and the folders above it that are missing, one level at a time. Node's own recursive mode spins
 * forever where the file system refuses every new folder with "no such file" although the parent exists (`/proc`).
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  let current = path.resolve(folder);
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing) {
    try {
      fs.mkdirSync(dir);
    } catch (error) {
      // Made meanwhile by someone else (another PC backing up to the same share) is as good.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(dir).isDirectory()) throw error;
    }
  }
}
