export { areaOf } from '../forms/touches';

/** The part of the app a change was made in (the contract method's area), in the users' words. */
export const CHANGE_AREA_LABEL: Record<string, string> = {
  settings: 'Innstillinger',
  committee: 'AKAN-utvalget',
  units: 'Enheter',
  appointments: 'Oppnevninger',
  trainings: 'Opplæring',
  trainingTopics: 'Opplæring',
  campaigns: 'Informasjonstiltak',
  campaignThemes: 'Informasjonstiltak',
  statistics: 'Statistikk',
  statisticsIndicators: 'Statistikk',
  plan: 'Plan',
  amuCases: 'AMU-saker',
  reports: 'Rapport',
  backups: 'Sikkerhetskopier',
  recovery: 'Gjenoppretting',
};

export function areaLabel(area: string): string {
  return CHANGE_AREA_LABEL[area] ?? area;
}
