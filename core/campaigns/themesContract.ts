import { type CatalogueEntry, catalogueMethods } from '../catalogue/contract';
import { prefixed } from '../catalogue/prefixed';
import { guardOf } from '../concurrency/guard';
import { requiredText } from '../validation/fields';

export interface CampaignTheme extends CatalogueEntry {
  /** How many campaigns use the theme; a used theme can be archived but not deleted. */
  campaignCount: number;
}

export const themesContract = prefixed(
  'campaignThemes',
  catalogueMethods<CampaignTheme>(
    requiredText(80, 'Skriv navnet på temaet.'),
    guardOf('campaign_themes', 'dette temaet'),
    {
      create: 'Tema for informasjonstiltak lagt til',
      update: 'Tema for informasjonstiltak endret',
      archive: 'Tema for informasjonstiltak arkivert',
      restore: 'Tema for informasjonstiltak hentet fram igjen',
      remove: 'Tema for informasjonstiltak slettet',
    },
  ),
);
