import { AUDIENCE_LABELS, type Audience } from '../audiences';
import type { CalendarEvent } from '../calendar';
import type { Training } from './types';

/** «Ledere, tillitsvalgte og verneombud». */
function audienceList(audiences: Audience[]): string {
  const names = audiences.map((a, i) =>
    i === 0 ? AUDIENCE_LABELS[a] : AUDIENCE_LABELS[a].replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
  );
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** Stable across exports of one data file, so calendars update the event instead of adding a copy. */
export function trainingUid(id: number, dataFileId: string): string {
  return `training-${id}-${dataFileId}@akan-utvalg`;
}

function description(t: Training): string {
  return [
    `Emne: ${t.topicName}`,
    `Målgruppe: ${audienceList(t.audiences)}`,
    t.units.length > 0 ? `Inviterte enheter: ${t.units.map((u) => u.name).join(', ')}` : null,
    t.facilitators ? `Kursholder: ${t.facilitators}` : null,
    t.videoLink ? `Videomøte: ${t.videoLink}` : null,
    t.description,
    t.status === 'cancelled' && t.cancelReason ? `Avlyst: ${t.cancelReason}` : null,
  ]
    .filter((line): line is string => Boolean(line))
    .join('\n');
}

export function calendarEvent(t: Training, dataFileId: string): CalendarEvent {
  return {
    uid: trainingUid(t.id, dataFileId),
    sequence: t.sequence,
    title: t.status === 'cancelled' ? `Avlyst: ${t.title}` : t.title,
    description: description(t),
    location: t.location ?? t.videoLink ?? undefined,
    url: t.videoLink ?? undefined,
    start: t.start,
    end: t.end,
    status: t.status,
    lastModified: t.updatedAt,
  };
}

/** What the calendar shows of a session; when it changes, the session's SEQUENCE goes up. */
export function calendarFingerprint(t: Training): string {
  const { sequence: _sequence, lastModified: _lastModified, ...shown } = calendarEvent(t, '');
  return JSON.stringify(shown);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function sessionFileName(t: Training): string {
  return `opplaering-${t.start.slice(0, 10)}-${slug(t.title) || t.id}.ics`;
}

export function periodFileName(from: string, to: string): string {
  return `opplaering-${from}-til-${to}.ics`;
}
