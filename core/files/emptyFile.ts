import fs from 'node:fs';

/** A data file that exists but holds nothing: never made into a new database, whatever opens it. */
export function isEmptyDataFile(dataFile: string): boolean {
  const stat = fs.statSync(dataFile, { throwIfNoEntry: false });
  return stat?.isFile() === true && stat.size === 0;
}
