import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { appointments } from './appointments';
import { AMU_CASE_KINDS, AMU_CASE_STATUSES } from './codes';
import { timestamps, versioned } from './common';

/** A case the committee brings to AMU (årsrapport, oppnevning av hovedkontakt, endringsforslag, ...). */
export const amuCases = sqliteTable(
  'amu_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: AMU_CASE_KINDS }).notNull(),
    title: text('title').notNull(),
    /** For an annual report: the year it reports on. */
    reportYear: integer('report_year'),
    meetingDate: text('meeting_date'),
    caseNumber: text('case_number'),
    status: text('status', { enum: AMU_CASE_STATUSES }).notNull(),
    decisionText: text('decision_text'),
    decisionDate: text('decision_date'),
    /** For an appointment case: the appointment AMU decided. Removing the appointment only unlinks it. */
    appointmentId: integer('appointment_id').references(() => appointments.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (table) => [index('amu_cases_kind').on(table.kind, table.status)],
);
