import type { Paged } from '../paging';
import type { Audience } from '../audiences';
import type { Versioned } from '../concurrency/guard';

export { AUDIENCES, type Audience } from '../audiences';

import { TRAINING_STATUSES } from '../../db/schema/codes';

export { TRAINING_STATUSES };
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Every N weeks; every N months on the same weekday of the month (2nd Tuesday); every N months on the same date. */
export const REPEAT_PATTERNS = ['weekly', 'monthlyByWeekday', 'monthlyByDate'] as const;
export type RepeatPattern = (typeof REPEAT_PATTERNS)[number];

export interface ParticipantCount {
  unitId: number;
  unitName: string;
  audience: Audience;
  count: number;
}

export interface Training extends Versioned {
  id: number;
  title: string;
  topicId: number;
  topicName: string;
  audiences: Audience[];
  /** Units invited. */
  units: { id: number; name: string }[];
  /** Europe/Oslo wall-clock time, `YYYY-MM-DDTHH:mm`. */
  start: string;
  end: string;
  location: string | null;
  videoLink: string | null;
  facilitators: string | null;
  capacity: number | null;
  description: string | null;
  status: TrainingStatus;
  cancelReason: string | null;
  participants: ParticipantCount[];
  participantTotal: number;
  evaluationScore: number | null;
  evaluationText: string | null;
  sequence: number;
  seriesId: number | null;
  updatedAt: string;
}

/** A problem that does not stop saving (for example more participants than places); shown beside the field. */
export interface SaveWarning {
  field: string;
  message: string;
}

export type SavedTraining = Training & { warnings: SaveWarning[] };

export interface TrainingList extends Paged {
  today: string;
  /** Years that have sessions, and the current year. */
  years: number[];
  sessions: Training[];
  /** The year shown, or null for every year. */
  year: number | null;
  /** The sessions after `year` are shown too (`year: 'current'`). */
  andLater: boolean;
}

export interface SeriesResult {
  /** The first session; the others share its `seriesId`. */
  id: number;
  sessions: Training[];
}

export interface CalendarDay {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  sessions: Pick<Training, 'id' | 'title' | 'start' | 'end' | 'status' | 'topicName'>[];
}

export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string;
  today: string;
  previous: string;
  next: string;
  /** Weeks from Monday to Sunday, with ISO week numbers. */
  weeks: { week: number; days: CalendarDay[] }[];
}

export interface CoverageFigures {
  /** Leaders registered in the unit and the units below it (null when none has a number). */
  leaderCount: number | null;
  /** Leaders counted at held sessions of the leader topic in the window, as registered. */
  leadersTrained: number;
  /** The same, at most the leader count of each unit: what the percentage is based on. */
  leadersCovered: number;
  /** Whole percent of `leadersCovered` against `leaderCount`; null when the leader count is unknown or zero. */
  leaderPercent: number | null;
  /** Participants (all audiences) at held sessions of the chosen topic in the window. */
  topicParticipants: number;
  /** Held sessions of the chosen topic in the window with participants from here. */
  topicSessions: number;
  lastHeld: string | null;
  /** The next planned session of the chosen topic that invites the unit (or one below it). */
  nextPlanned: string | null;
}

export interface CoverageRow extends CoverageFigures {
  unitId: number;
  name: string;
  path: string;
  depth: number;
  /** Has active units below it; its figures add them up. */
  isGroup: boolean;
}

export interface CoverageReport {
  today: string;
  /** First and last day of the window, both included. */
  from: string;
  to: string;
  years: number;
  leaderTopic: { id: number; name: string };
  topic: { id: number; name: string };
  /** The page of rows asked for (tree order), or every row when no page was asked for. */
  rows: CoverageRow[];
  /** Where `rows` lies among every unit's row. */
  paging: Paged;
  /** Every unit together. */
  total: CoverageFigures;
  /** Units (of those in `rows`) without units below them that the chosen topic has not reached in the window. */
  unreached: { unitId: number; path: string; nextPlanned: string | null }[];
  /** Such units on every page. */
  unreachedCount: number;
}

export interface CalendarExport {
  fileName: string;
  /** iCalendar text (RFC 5545). */
  content: string;
  count: number;
}
