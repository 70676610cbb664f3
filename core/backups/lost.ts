import fs from 'node:fs';
import { statusFile } from './status';

/**
 * A data file that is missing or empty although this PC has backed it up: lost, not a first start, so the app must
 * not begin afresh over it. (The backup status file is written by every successful backup.)
 */
export function isLostDataFile(dataFile: string): boolean {
  const size = fs.statSync(dataFile, { throwIfNoEntry: false })?.size ?? 0;
  return size === 0 && fs.existsSync(statusFile(dataFile));
}
