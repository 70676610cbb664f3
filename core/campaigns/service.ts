import { type SQL, and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import {
  NOW_UTC,
  campaignAudiences,
  campaignChannels,
  campaignMaterials,
  campaignThemes,
  campaignUnits,
  campaigns,
  planItems,
  units,
} from '../../db/schema';
import type { Audience } from '../audiences';
import type { AppContext } from '../context';
import { groupBy } from '../groupBy';
import { AppError, fieldErrors, notFound } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { requireActiveUnit } from '../units/service';
import { type Campaign, type CampaignList, type campaignsContract } from './contract';
import { listThemes } from './themes';
import { campaignErrors } from './rules';
import { timelineOf, yearsOf } from './timeline';

type CampaignInput = InputOf<(typeof campaignsContract)['campaigns.create']>;
type CampaignFilter = NonNullable<InputOf<(typeof campaignsContract)['campaigns.list']>>;

/** Loads the campaigns `where` selects, with their channels, audiences, units and materials. */
function loadCampaigns(ctx: AppContext, where?: SQL): Campaign[] {
  const rows = ctx.db
    .select({ row: campaigns, themeName: campaignThemes.name })
    .from(campaigns)
    .innerJoin(campaignThemes, eq(campaignThemes.id, campaigns.themeId))
    .where(where)
    .orderBy(asc(campaigns.periodStart), asc(campaigns.title))
    .all();
  if (rows.length === 0) return [];
  const found = rows.map(({ row }) => row.id);
  const byCampaign = <T extends { campaignId: number }>(list: T[]) => groupBy(list, (r) => r.campaignId);
  const channels = byCampaign(
    ctx.db.select().from(campaignChannels).where(inArray(campaignChannels.campaignId, found)).all(),
  );
  const audiences = byCampaign(
    ctx.db.select().from(campaignAudiences).where(inArray(campaignAudiences.campaignId, found)).all(),
  );
  const materials = byCampaign(
    ctx.db
      .select()
      .from(campaignMaterials)
      .where(inArray(campaignMaterials.campaignId, found))
      .orderBy(asc(campaignMaterials.position))
      .all(),
  );
  const targetUnits = byCampaign(
    ctx.db
      .select({ campaignId: campaignUnits.campaignId, id: units.id, name: units.name })
      .from(campaignUnits)
      .innerJoin(units, eq(units.id, campaignUnits.unitId))
      .where(inArray(campaignUnits.campaignId, found))
      .orderBy(asc(units.name))
      .all(),
  );
  return rows.map(({ row, themeName }) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    themeId: row.themeId,
    themeName,
    channels: (channels.get(row.id) ?? []).map((c) => c.channel),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    units: (targetUnits.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
    audiences: (audiences.get(row.id) ?? []).map((a) => a.audience as Audience),
    status: row.status,
    estimatedReach: row.estimatedReach,
    materials: (materials.get(row.id) ?? []).map((m) => m.url),
    evaluation: row.evaluation,
  }));
}

export function getCampaign(ctx: AppContext, id: number): Campaign {
  const [campaign] = loadCampaigns(ctx, eq(campaigns.id, id));
  if (!campaign) throw notFound('informasjonstiltaket');
  return campaign;
}

/** Each stored period's first and last year, once per distinct pair: what the year choice needs, not the campaigns. */
function storedPeriods(ctx: AppContext): { periodStart: string; periodEnd: string }[] {
  return ctx.db
    .selectDistinct({
      periodStart: sql<string>`substr(${campaigns.periodStart}, 1, 4) || '-01-01'`,
      periodEnd: sql<string>`substr(${campaigns.periodEnd}, 1, 4) || '-12-31'`,
    })
    .from(campaigns)
    .all();
}

/** The campaigns of a year (period touching it), optionally narrowed by theme, status and channel. */
export function listCampaigns(ctx: AppContext, filter: CampaignFilter = {}): CampaignList {
  const currentYear = Number(ctx.today().slice(0, 4));
  const year = filter.year ?? currentYear;
  // `touchesYear` in SQL: the period starts before the year ends and ends after the year starts.
  const where = and(
    lte(campaigns.periodStart, `${year}-12-31`),
    gte(campaigns.periodEnd, `${year}-01-01`),
    filter.themeId === undefined ? undefined : eq(campaigns.themeId, filter.themeId),
    filter.status === undefined ? undefined : eq(campaigns.status, filter.status),
  );
  const selected = loadCampaigns(ctx, where).filter(
    (c) => filter.channel === undefined || c.channels.includes(filter.channel),
  );
  return {
    year,
    years: yearsOf(storedPeriods(ctx), currentYear),
    campaigns: selected,
    timeline: timelineOf(selected, year),
  };
}

/** Checks the rules that span fields or other rows; `existing` keeps what an edited campaign already had. */
function validated(ctx: AppContext, input: CampaignInput, existing?: Campaign): CampaignInput {
  const errors = campaignErrors(input, ctx.today());
  const theme = listThemes(ctx, true).find((t) => t.id === input.themeId);
  if (!theme || (theme.archived && theme.id !== existing?.themeId)) {
    errors.themeId = theme
      ? `Temaet «${theme.name}» er arkivert. Velg et annet tema, eller hent det fram igjen under Temaer.`
      : 'Temaet finnes ikke. Velg et tema fra listen.';
  }
  const kept = new Set(existing?.units.map((u) => u.id));
  for (const unitId of input.unitIds) {
    if (kept.has(unitId)) continue;
    try {
      requireActiveUnit(ctx, unitId, 'unitIds');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.unitIds ??= error.message;
    }
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return input;
}

/** Replaces the campaign's channels, audiences, units and materials with the input's. */
function saveParts(ctx: AppContext, campaignId: number, input: CampaignInput): void {
  for (const table of [campaignChannels, campaignAudiences, campaignUnits, campaignMaterials]) {
    ctx.db.delete(table).where(eq(table.campaignId, campaignId)).run();
  }
  if (input.channels.length > 0) {
    ctx.db
      .insert(campaignChannels)
      .values(input.channels.map((channel) => ({ campaignId, channel })))
      .run();
  }
  if (input.audiences.length > 0) {
    ctx.db
      .insert(campaignAudiences)
      .values(input.audiences.map((audience) => ({ campaignId, audience })))
      .run();
  }
  if (input.unitIds.length > 0) {
    ctx.db
      .insert(campaignUnits)
      .values(input.unitIds.map((unitId) => ({ campaignId, unitId })))
      .run();
  }
  if (input.materials.length > 0) {
    ctx.db
      .insert(campaignMaterials)
      .values(input.materials.map((url, position) => ({ campaignId, position, url })))
      .run();
  }
}

function columns(input: CampaignInput) {
  const { title, themeId, periodStart, periodEnd, status, estimatedReach, evaluation } = input;
  return { title, themeId, periodStart, periodEnd, status, estimatedReach, evaluation };
}

export const campaignsHandlers: AreaHandlers<typeof campaignsContract> = {
  'campaigns.list': (ctx, input) => listCampaigns(ctx, input ?? {}),
  'campaigns.get': (ctx, { id }) => getCampaign(ctx, id),
  'campaigns.create': (ctx, input) => {
    const values = validated(ctx, input);
    const row = ctx.db.insert(campaigns).values(columns(values)).returning().get();
    saveParts(ctx, row.id, values);
    return getCampaign(ctx, row.id);
  },
  'campaigns.update': (ctx, { id, ...input }) => {
    const values = validated(ctx, input, getCampaign(ctx, id));
    ctx.db
      .update(campaigns)
      .set({ ...columns(values), updatedAt: NOW_UTC })
      .where(eq(campaigns.id, id))
      .run();
    saveParts(ctx, id, values);
    return getCampaign(ctx, id);
  },
  'campaigns.remove': (ctx, { id }) => {
    const campaign = getCampaign(ctx, id);
    const linked = ctx.db
      .select({ activity: planItems.activity, year: planItems.year })
      .from(planItems)
      .where(eq(planItems.campaignId, id))
      .all();
    if (linked.length > 0) {
      const [first] = linked;
      throw new AppError(
        'conflict',
        `«${campaign.title}» er koblet til ${linked.length === 1 ? `planpunktet «${first?.activity}» (${first?.year})` : `${linked.length} punkter i planen`}. Fjern koblingen i planen først, eller sett tiltaket til «Avlyst» i stedet for å slette det.`,
      );
    }
    ctx.db.delete(campaigns).where(eq(campaigns.id, id)).run();
    return { id };
  },
};
