import fs from 'node:fs';
import path from 'node:path';
import type { Reminder } from '../core/reminders/types';

interface Record {
  day: string;
  /** Per person: the reminders already shown as a notification that day. */
  shown: { [person: string]: string[] };
}

const keyOf = (reminder: Reminder) => `${reminder.kind}|${reminder.dueDate}|${reminder.title}`;

/**
 * The OS notification for one reminder is shown once per person per day, however often the app is started (a file
 * in this PC's user-data folder; it holds reminder kinds and titles, never anything about an employee).
 */
export class NotifiedToday {
  private readonly file: string;

  constructor(userData: string) {
    this.file = path.join(userData, 'varsler-vist.json');
  }

  private read(day: string): Record {
    try {
      const stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record;
      if (stored.day === day && typeof stored.shown === 'object' && stored.shown !== null) return stored;
    } catch {
      // Missing or unreadable: nothing shown yet today.
    }
    return { day, shown: {} };
  }

  /** The reminders not yet shown to `person` on `day`, remembered from now on as shown. */
  take(person: string, day: string, reminders: readonly Reminder[]): Reminder[] {
    const record = this.read(day);
    const seen = new Set(Array.isArray(record.shown[person]) ? record.shown[person] : []);
    const fresh = reminders.filter((reminder) => !seen.has(keyOf(reminder)));
    if (fresh.length === 0) return [];
    record.shown[person] = [...seen, ...fresh.map(keyOf)];
    try {
      fs.writeFileSync(this.file, JSON.stringify(record));
    } catch {
      // A folder that cannot be written shows them again next start, which is better than never.
    }
    return fresh;
  }
}
