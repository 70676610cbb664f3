import type { TableCount } from './contract';
import { describeLocal } from './contents';

/**
 * What a data file holds now: the tables with records in them (none for a file nobody has worked in yet), or null
 * when the file cannot be read. Read through its own read-only connection, so it can be asked while the file is open.
 */
export function heldRecords(dataFile: string): TableCount[] | null {
  const contents = describeLocal(dataFile, 'quick', null).contents;
  return contents ? contents.counts.filter((count) => count.rows > 0) : null;
}
