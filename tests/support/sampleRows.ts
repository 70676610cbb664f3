import type Database from 'better-sqlite3';

/**
 * One realistic row for every table the app has ever had, in foreign-key order. A migration test seeds every table
 * that exists at the version before, with the columns that version has, so each migration is tried on real rows.
 * A new table needs a row here: `seedEveryTable` refuses a table it has no row for.
 */
export const SAMPLE_ROWS: Record<string, Record<string, unknown> | Record<string, unknown>[]> = {
  settings: { key: 'organisationName', value: '"Eksempel kommune"' },
  committee_members: {
    id: 1,
    name: 'Hilde Hansen',
    committee_role: 'Personal- og kompetanseleder',
    email: 'hilde@example.no',
    active_from: '2025-01-01',
  },
  units: { id: 1, name: 'Helse og omsorg', headcount: 120, leader_count: 6 },
  appointments: {
    id: 1,
    role: 'mainContact',
    person_name: 'Kari Nordmann',
    decided_by: 'AMU',
    decision_date: '2025-02-10',
    amu_case_ref: '5/25',
    term_start: '2025-03-01',
    term_end: '2027-02-28',
    notes: 'Gjenoppnevnt',
  },
  change_log: {
    id: 1,
    at: '2025-02-10T09:00:00.000Z',
    user: 'hilde',
    method: 'appointments.create',
    label: 'Ny oppnevning',
    entity_id: 1,
  },
  campaign_themes: { id: 1, name: 'Alkohol og jul' },
  campaigns: {
    id: 1,
    title: 'Julekampanje',
    theme_id: 1,
    period_start: '2025-12-01',
    period_end: '2025-12-20',
    status: 'completed',
    estimated_reach: 900,
    evaluation: 'God respons',
  },
  campaign_audiences: { campaign_id: 1, audience: 'employees' },
  campaign_channels: { campaign_id: 1, channel: 'intranet' },
  campaign_materials: { campaign_id: 1, position: 0, url: 'https://akan.no/materiell' },
  campaign_units: { campaign_id: 1, unit_id: 1 },
  training_topics: { id: 1, key: 'necessaryConversation', name: 'Den nødvendige samtalen' },
  trainings: {
    id: 1,
    title: 'Den nødvendige samtalen for ledere',
    topic_id: 1,
    starts_at: '2025-10-14T07:00:00.000Z',
    ends_at: '2025-10-14T10:00:00.000Z',
    location: 'Rådhuset',
    status: 'held',
    capacity: 20,
    evaluation_score: 4.5,
  },
  training_audiences: { training_id: 1, audience: 'leaders' },
  training_units: { training_id: 1, unit_id: 1 },
  training_participants: { training_id: 1, unit_id: 1, audience: 'leaders', count: 5 },
  plan_items: {
    id: 1,
    year: 2025,
    activity: 'Opplæring av ledere',
    kind: 'training',
    responsible_member_id: 1,
    due_quarter: 4,
    status: 'done',
    training_id: 1,
  },
  amu_cases: {
    id: 1,
    kind: 'mainContactAppointment',
    title: 'Oppnevning av AKAN-hovedkontakt',
    meeting_date: '2025-02-10',
    case_number: '5/25',
    status: 'treated',
    decision_text: 'Vedtatt',
    decision_date: '2025-02-10',
    appointment_id: 1,
  },
  annual_reports: { year: 2025, summary_text: 'Et godt år for AKAN-arbeidet.' },
  statistics_indicators: [
    {
      id: 1,
      name: 'Aktive Akan-avtaler ved periodens slutt',
      description: 'Antall avtaler',
      measure: 'stock',
      sort_order: 1,
    },
    { id: 2, name: 'Nye individuelle Akan-avtaler', description: 'Antall nye avtaler', measure: 'flow', sort_order: 2 },
  ],
  statistics_indicator_terms: { indicator_id: 1, term_id: 2, sign: 1 },
  statistics_counts: { indicator_id: 1, unit_id: 1, year: 2025, quarter: 4, value: 7 },
};

export function userTables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
    )
    .pluck()
    .all() as string[];
}

/** Inserts the sample row of every existing table (only the columns this version has); returns the tables seeded. */
export function seedEveryTable(sqlite: Database.Database): string[] {
  const existing = new Set(userTables(sqlite));
  const missing = [...existing].filter((t) => !(t in SAMPLE_ROWS));
  if (missing.length > 0) throw new Error(`SAMPLE_ROWS has no row for: ${missing.join(', ')}`);
  const seeded: string[] = [];
  for (const [table, rows] of Object.entries(SAMPLE_ROWS)) {
    if (!existing.has(table)) continue;
    const columns = new Set((sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
    for (const row of Array.isArray(rows) ? rows : [rows]) {
      const entries = Object.entries(row).filter(([column]) => columns.has(column));
      const sql = `INSERT OR REPLACE INTO ${table} (${entries.map(([c]) => c).join(', ')}) VALUES (${entries.map(() => '?').join(', ')})`;
      sqlite.prepare(sql).run(...entries.map(([, v]) => v));
    }
    seeded.push(table);
  }
  return seeded;
}

/** Every row of every table, keyed by table, for before/after comparison. */
export function snapshot(sqlite: Database.Database, tables: string[]): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(
    tables.map((t) => [t, sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[]]),
  );
}
