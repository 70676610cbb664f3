import { getTableColumns, is } from 'drizzle-orm';
import { type SQLiteColumn, SQLiteTable, getTableConfig } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import * as schema from '../../db/schema';
import { amuCaseFields } from '../amuCases/contract';
import { appointmentFields } from '../appointments/contract';
import { AUDIENCES } from '../audiences';
import { campaignFields } from '../campaigns/contract';
import { committeeMemberFields } from '../committee/contract';
import { planItemFields } from '../plan/contract';
import { indicatorFields } from '../statistics/contract';
import { trainingFields } from '../trainings/contract';
import { unitFields } from '../units/contract';
import { localDateTime } from '../validation/dateTime';
import {
  NATIONAL_ID_MESSAGE,
  isoDate,
  optionalIsoDate,
  optionalText,
  requiredText,
  wholeNumber,
} from '../validation/fields';
import { HTTPS_LINK_MESSAGE, isHttpsUrl } from '../validation/links';
import { containsNationalIdNumber } from '../validation/nationalId';
import { year } from '../validation/year';

type Rules = Record<string, z.ZodType>;

/** No stored text is longer than this; the contract's own limits (below) are tighter for the fields it writes. */
const MAX_STORED_TEXT = 10_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const timestamp = z
  .string()
  .refine((t) => TIMESTAMP.test(t) && !Number.isNaN(Date.parse(t)), { error: 'Tidspunktet er ikke gyldig.' });
const optionalTimestamp = timestamp.nullable();
const localTime = localDateTime('Tidspunktet er ikke gyldig (åååå-mm-ddTtt:mm).');
const httpsLink = z.string().max(2000).refine(isHttpsUrl, { error: HTTPS_LINK_MESSAGE });
const audience = z.enum(AUDIENCES, { error: 'Målgruppen er ikke en av appens målgrupper.' });

/** What every column must hold, from its type in the schema: the number kind, the allowed codes, text without identity numbers. */
function columnRule(column: SQLiteColumn): z.ZodType {
  let rule: z.ZodType;
  if (column.columnType === 'SQLiteInteger')
    rule = z.number({ error: 'Verdien må være et heltall.' }).int({ error: 'Verdien må være et heltall.' });
  else if (column.columnType === 'SQLiteReal') rule = z.number({ error: 'Verdien må være et tall.' });
  else if (column.enumValues && column.enumValues.length > 0)
    rule = z.enum(column.enumValues as [string, ...string[]], { error: 'Verdien er ikke en av de tillatte.' });
  else {
    rule = z
      .string({ error: 'Verdien må være tekst.' })
      .max(MAX_STORED_TEXT, { error: `Teksten er lengre enn ${MAX_STORED_TEXT} tegn.` })
      .refine((text) => !containsNationalIdNumber(text), { error: NATIONAL_ID_MESSAGE });
  }
  return column.notNull ? rule : rule.nullable();
}

function pick(fields: Rules, keys: string[]): Rules {
  return Object.fromEntries(keys.map((key) => [key, fields[key] as z.ZodType]));
}

const withTimestamps: Rules = { createdAt: timestamp, updatedAt: timestamp, archivedAt: optionalTimestamp };

/** The contract's own rule for each column it writes, by the schema's property names. */
const CONTRACT_RULES: Record<string, Rules> = {
  units: pick(unitFields, ['name', 'parentId', 'headcount', 'leaderCount']),
  committee_members: pick(committeeMemberFields, ['name', 'committeeRole', 'email', 'activeFrom', 'activeTo']),
  appointments: {
    ...pick(appointmentFields, [
      'role',
      'personName',
      'personEmail',
      'unitId',
      'decisionDate',
      'amuCaseRef',
      'termStart',
      'notes',
    ]),
    decidedBy: requiredText(120),
    termEnd: isoDate(),
    endedEarlyOn: optionalIsoDate(),
    endedEarlyReason: optionalText(500),
  },
  training_topics: { name: requiredText(120) },
  trainings: {
    ...pick(trainingFields, ['topicId', 'location', 'videoLink', 'facilitators', 'capacity', 'description']),
    title: requiredText(160),
    startsAt: localTime,
    endsAt: localTime,
    cancelReason: optionalText(300),
    evaluationText: optionalText(1000),
    evaluationScore: z.number().min(1).max(5).nullable(),
  },
  training_audiences: { audience },
  training_participants: { audience, count: wholeNumber(100_000, 'Antall deltakere') },
  campaign_themes: { name: requiredText(120) },
  campaigns: pick(campaignFields, [
    'title',
    'themeId',
    'periodStart',
    'periodEnd',
    'status',
    'estimatedReach',
    'evaluation',
  ]),
  campaign_audiences: { audience },
  campaign_materials: { url: httpsLink },
  plan_items: {
    ...pick(planItemFields, [
      'year',
      'activity',
      'kind',
      'responsibleMemberId',
      'dueDate',
      'dueQuarter',
      'status',
      'campaignId',
      'trainingId',
      'notes',
    ]),
  },
  amu_cases: pick(amuCaseFields, [
    'kind',
    'title',
    'reportYear',
    'meetingDate',
    'caseNumber',
    'status',
    'decisionText',
    'decisionDate',
    'appointmentId',
  ]),
  annual_reports: { year: year(), summaryText: optionalText(10_000) },
  statistics_indicators: pick(indicatorFields, ['name', 'description', 'measure']),
  statistics_counts: { year: year(), quarter: z.number().int().min(1).max(4), value: wholeNumber(1_000_000, 'Tallet') },
  change_log: { at: timestamp },
};

export interface TableRules {
  /** Column name in the file → the schema's property name and the rules its value must pass. */
  columns: Map<string, { key: string; rules: z.ZodType[] }>;
}

function tableRules(table: SQLiteTable): [string, TableRules] {
  const name = getTableConfig(table).name;
  const contract = CONTRACT_RULES[name] ?? {};
  const columns = new Map<string, { key: string; rules: z.ZodType[] }>();
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const own = contract[key] ?? withTimestamps[key];
    columns.set(column.name, { key, rules: own ? [columnRule(column), own] : [columnRule(column)] });
  }
  return [name, { columns }];
}

/** The rules for every table in the schema, by table name (the settings table has its own schema, in core/settings). */
export const ROW_RULES: ReadonlyMap<string, TableRules> = new Map(
  (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable)).map(tableRules),
);

/** The first rule a value breaks, as the rule's Norwegian message; null when it passes them all. */
export function brokenRule(rules: readonly z.ZodType[], value: unknown): string | null {
  for (const rule of rules) {
    const result = rule.safeParse(value);
    if (!result.success) return result.error.issues[0]?.message ?? 'Verdien er ikke gyldig.';
  }
  return null;
}
