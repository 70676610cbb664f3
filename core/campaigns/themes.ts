import { asc, count, eq, isNull } from 'drizzle-orm';
import { campaignThemes, campaigns } from '../../db/schema';
import { entryOf, nameCatalogue } from '../catalogue/catalogue';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { DEFAULT_THEMES } from './labels';
import type { CampaignTheme, themesContract } from './themesContract';

/** A new data file starts with the default themes; after that the catalogue is the users'. */
function ensureThemes(ctx: AppContext): void {
  const [row] = ctx.db.select({ n: count() }).from(campaignThemes).all();
  if (row?.n === 0)
    ctx.db
      .insert(campaignThemes)
      .values(DEFAULT_THEMES.map((name) => ({ name })))
      .run();
}

export function listThemes(ctx: AppContext, includeArchived = false): CampaignTheme[] {
  ensureThemes(ctx);
  return ctx.db
    .select({ theme: campaignThemes, used: count(campaigns.id) })
    .from(campaignThemes)
    .leftJoin(campaigns, eq(campaigns.themeId, campaignThemes.id))
    .where(includeArchived ? undefined : isNull(campaignThemes.archivedAt))
    .groupBy(campaignThemes.id)
    .orderBy(asc(campaignThemes.name))
    .all()
    .map(({ theme, used }) => ({ ...entryOf(theme), campaignCount: used }));
}

export const themesHandlers: AreaHandlers<typeof themesContract> = nameCatalogue('campaignThemes', {
  table: campaignThemes,
  words: { the: 'temaet', a: 'et tema', it: 'det', aNew: 'et nytt' },
  list: listThemes,
  removeRefusal: (theme) =>
    theme.campaignCount > 0
      ? `Temaet «${theme.name}» brukes av ${theme.campaignCount} informasjonstiltak og kan ikke slettes. Arkiver det i stedet, så forsvinner det fra valglistene.`
      : null,
});
