import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CAMPAIGN_STATUSES, CHANNELS } from './codes';
import { timestamps, versioned } from './common';
import { units } from './units';

/** The editable catalogue of campaign themes. Archived, never deleted, once a campaign uses a theme. */
export const campaignThemes = sqliteTable('campaign_themes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  archivedAt: text('archived_at'),
  ...timestamps,
  ...versioned,
});

/** Information campaigns and measures (informasjonstiltak). */
export const campaigns = sqliteTable(
  'campaigns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    themeId: integer('theme_id')
      .notNull()
      .references(() => campaignThemes.id),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    status: text('status', { enum: CAMPAIGN_STATUSES }).notNull(),
    estimatedReach: integer('estimated_reach'),
    evaluation: text('evaluation'),
    ...timestamps,
    ...versioned,
  },
  (table) => [index('campaigns_period').on(table.periodStart, table.periodEnd)],
);

const campaignId = () =>
  integer('campaign_id')
    .notNull()
    .references(() => campaigns.id, { onDelete: 'cascade' });

export const campaignChannels = sqliteTable(
  'campaign_channels',
  {
    campaignId: campaignId(),
    channel: text('channel', {
      enum: CHANNELS,
    }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.channel] })],
);

export const campaignAudiences = sqliteTable(
  'campaign_audiences',
  {
    campaignId: campaignId(),
    /** One of `AUDIENCES` in core/audiences.ts (the db may not import core; the contract checks it). */
    audience: text('audience').notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.audience] })],
);

export const campaignUnits = sqliteTable(
  'campaign_units',
  {
    campaignId: campaignId(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.unitId] })],
);

/** Links to the campaign's materials (posters, articles), in the order the user gave them. */
export const campaignMaterials = sqliteTable(
  'campaign_materials',
  {
    campaignId: campaignId(),
    position: integer('position').notNull(),
    url: text('url').notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.position] })],
);
