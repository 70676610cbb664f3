/** The campaign vocabulary in display order, with the labels the users read. Pure data. */
import { CAMPAIGN_STATUSES, CHANNELS } from '../../db/schema/codes';

export { CAMPAIGN_STATUSES, CHANNELS };
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  planned: 'Planlagt',
  ongoing: 'Pågår',
  completed: 'Gjennomført',
  cancelled: 'Avlyst',
};

export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  intranet: 'Intranett',
  email: 'E-post',
  poster: 'Plakat',
  staffMeeting: 'Personalmøte',
  course: 'Kurs',
  socialMedia: 'Sosiale medier',
  other: 'Annet',
};

/** The themes a new data file starts with; the users may rename, archive and add to them. */
export const DEFAULT_THEMES = [
  'Alkohol',
  'Pengespill',
  'Narkotika og legemidler',
  'Rusmiddelpolicy',
  'Sosiale arrangementer',
  'Generelt',
] as const;
