import { AppError, type ConflictDetail } from '../errors';
import { formatNorwegianDate, todayInOslo } from '../validation/dates';
import type { LastChange } from './claim';

const osloClock = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** «kl. 14.32» today, «01.12.2026 kl. 14.32» another day (Norwegian time). */
export function whenChanged(at: string, now: Date): string {
  const instant = new Date(at);
  const clock = `kl. ${osloClock.format(instant).replace(':', '.')}`;
  const day = todayInOslo(instant);
  return day === todayInOslo(now) ? clock : `${formatNorwegianDate(day)} ${clock}`;
}

/** The person as the message names them: the server's change log adds the e-mail address («Kari Nordmann <kari@…>»). */
function personOf(by: string | null): string {
  const name = by?.replace(/\s*<[^>]*>$/, '').trim();
  return name ? name : 'Noen andre';
}

/** «Kari Nordmann endret denne opplæringen kl. 14.32.» */
export function changedBy(noun: string, last: Pick<LastChange, 'by' | 'at'>, now: Date): string {
  return `${personOf(last.by)} endret ${noun} ${whenChanged(last.at, now)}.`;
}

export function recordConflict(noun: string, last: LastChange, current: unknown, now: Date): AppError {
  const detail: ConflictDetail = { by: last.by, at: last.at, current };
  return new AppError('conflict', `${changedBy(noun, last, now)} Se endringene og lagre på nytt.`, {}, detail);
}
