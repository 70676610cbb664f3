import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { across, isIsoDate } from '../validation/across';
import { PERIOD_ORDER_MESSAGE } from './rules';
import { AUDIENCES, type Audience } from '../audiences';
import { read, write } from '../define';
import { httpsLinks } from '../validation/links';
import { id, isoDate, optionalText, requiredText, wholeNumber } from '../validation/fields';
import { year } from '../validation/year';
import { CAMPAIGN_STATUSES, CHANNELS, type CampaignStatus, type Channel } from './labels';

export interface Campaign extends Versioned {
  id: number;
  title: string;
  themeId: number;
  themeName: string;
  channels: Channel[];
  periodStart: string;
  periodEnd: string;
  units: { id: number; name: string }[];
  audiences: Audience[];
  status: CampaignStatus;
  estimatedReach: number | null;
  materials: string[];
  evaluation: string | null;
}

export interface TimelineEntry {
  id: number;
  title: string;
  status: CampaignStatus;
  periodStart: string;
  periodEnd: string;
}

export interface CampaignList {
  year: number;
  /** Years that have campaigns, plus the current year and the next. */
  years: number[];
  campaigns: Campaign[];
  /** The same campaigns month by month (1–12); a campaign shows in every month its period touches. */
  timeline: { month: number; entries: TimelineEntry[] }[];
}

/** A list of choices (checkboxes); the same choice twice counts once. */
const choices = <T extends z.ZodType>(item: T, max: number, message: string) =>
  z
    .array(item, { error: message })
    .max(max)
    .transform((list) => [...new Set(list)]);

export const campaignFields = {
  title: requiredText(200, 'Skriv en tittel, for eksempel «Alkoholfri julebord».'),
  themeId: id('Velg et tema.'),
  channels: choices(
    z.enum(CHANNELS, { error: 'Velg en av kanalene i listen.' }),
    CHANNELS.length,
    'Velg minst én kanal.',
  ).refine((list) => list.length > 0, { error: 'Velg minst én kanal.' }),
  periodStart: isoDate('Skriv en gyldig startdato (dd.mm.åååå).'),
  periodEnd: isoDate('Skriv en gyldig sluttdato (dd.mm.åååå).'),
  unitIds: choices(id('Velg en gyldig enhet.'), 500, 'Velg enhetene i listen.')
    .optional()
    .transform((v) => v ?? []),
  audiences: choices(
    z.enum(AUDIENCES, { error: 'Velg en av målgruppene i listen.' }),
    AUDIENCES.length,
    'Velg målgruppene i listen.',
  )
    .optional()
    .transform((v) => v ?? []),
  status: z.enum(CAMPAIGN_STATUSES, { error: 'Velg status: planlagt, pågår, gjennomført eller avlyst.' }),
  estimatedReach: wholeNumber(1_000_000, 'Anslått antall nådd')
    .nullish()
    .transform((v) => v ?? null),
  materials: httpsLinks(20)
    .optional()
    .transform((v) => v ?? []),
  evaluation: optionalText(4000),
};

/** The period ends on or after its start. */
function campaignPeriodErrors(v: Record<string, unknown>): Record<string, string> {
  return isIsoDate(v.periodStart) && isIsoDate(v.periodEnd) && v.periodEnd < v.periodStart
    ? { periodEnd: PERIOD_ORDER_MESSAGE }
    : {};
}

export const campaignFilter = z
  .strictObject({
    year: year().optional(),
    themeId: id('Velg et tema.').optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .optional();

const campaign = guardOf('campaigns', 'dette informasjonstiltaket', 'campaigns.get');

export const campaignsContract = {
  'campaigns.list': read(campaignFilter).returns<CampaignList>(),
  'campaigns.get': read(z.strictObject({ id: id() })).returns<Campaign>(),
  'campaigns.create': write(
    across(z.strictObject(campaignFields), campaignPeriodErrors),
    'Informasjonstiltak registrert',
  ).returns<Campaign>(),
  'campaigns.update': write(
    across(z.strictObject({ id: id(), ...atVersion, ...campaignFields }), campaignPeriodErrors),
    'Informasjonstiltak endret',
    campaign,
  ).returns<Campaign>(),
  'campaigns.remove': write(
    z.strictObject({ id: id(), ...atVersion }),
    'Informasjonstiltak slettet',
    campaign,
  ).returns<{
    id: number;
  }>(),
};
