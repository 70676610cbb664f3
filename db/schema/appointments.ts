import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPOINTMENT_ROLES } from './codes';
import { timestamps, versioned } from './common';
import { units } from './units';

export const appointments = sqliteTable(
  'appointments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    role: text('role', { enum: APPOINTMENT_ROLES }).notNull(),
    personName: text('person_name').notNull(),
    personEmail: text('person_email'),
    unitId: integer('unit_id').references(() => units.id),
    decidedBy: text('decided_by').notNull(),
    decisionDate: text('decision_date'),
    amuCaseRef: text('amu_case_ref'),
    termStart: text('term_start').notNull(),
    termEnd: text('term_end').notNull(),
    endedEarlyOn: text('ended_early_on'),
    endedEarlyReason: text('ended_early_reason'),
    notes: text('notes'),
    ...timestamps,
    ...versioned,
  },
  (table) => [index('appointments_role_term').on(table.role, table.termStart)],
);
