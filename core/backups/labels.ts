/** What each table holds, in the users' words, for the contents of a backup. Tables not named here show their own name. */
export const TABLE_LABELS: Record<string, string> = {
  units: 'Enheter',
  committee_members: 'Utvalgsmedlemmer',
  appointments: 'Oppnevninger',
  trainings: 'Opplæringer',
  training_topics: 'Opplæringstemaer',
  campaigns: 'Informasjonstiltak',
  campaign_themes: 'Temaer for informasjonstiltak',
  plan_items: 'Punkter i framdriftsplanen',
  amu_cases: 'AMU-saker',
  annual_reports: 'Årsrapporter',
  statistics_indicators: 'Indikatorer i statistikken',
  statistics_counts: 'Tall i statistikken',
};
