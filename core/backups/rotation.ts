export const KEEP_DAILY = 14;
export const KEEP_MONTHLY = 12;

/**
 * The daily backups to delete, given their days (`YYYY-MM-DD`): every one except the newest 14, and except the newest
 * backup of each of the 12 newest months that have one. Counted in backups, not in calendar days, so a PC that was off
 * for a month still keeps its last 14.
 */
export function dailyBackupsToRemove(days: readonly string[]): string[] {
  const newestFirst = [...new Set(days)].sort().reverse();
  const keep = new Set(newestFirst.slice(0, KEEP_DAILY));
  const months = new Set<string>();
  for (const day of newestFirst) {
    const month = day.slice(0, 7);
    if (months.has(month)) continue;
    if (months.size === KEEP_MONTHLY) break;
    months.add(month);
    keep.add(day);
  }
  return newestFirst.filter((day) => !keep.has(day));
}
