import { addDays } from '../validation/dates';
import type { DemoSeeder } from './types';

/** A year and a half of information campaigns: completed with evaluations, one cancelled, one running, one ahead. */
export const seedCampaigns: DemoSeeder = async ({ call, today }) => {
  const themes = await call('campaignThemes.list', {});
  const units = await call('units.list', {});
  const theme = (name: string) => themes.find((t) => t.name === name)!.id;
  const unit = (name: string) => units.find((u) => u.name === name)!.id;
  const period = (from: number, to: number) => ({ periodStart: addDays(today, from), periodEnd: addDays(today, to) });

  await call('campaigns.create', {
    title: 'Velkommen til oss – AKAN for nyansatte',
    themeId: theme('Generelt'),
    channels: ['course', 'email'],
    ...period(-400, -395),
    audiences: ['newEmployees', 'apprentices'],
    status: 'completed',
    estimatedReach: 45,
    evaluation: 'Nyansatte kjente ikke til AKAN fra før. Tas inn i introduksjonsprogrammet fast.',
  });
  await call('campaigns.create', {
    title: 'Spillevett på jobben',
    themeId: theme('Pengespill'),
    channels: ['poster', 'intranet'],
    ...period(-300, -270),
    audiences: ['employees'],
    status: 'completed',
    estimatedReach: 620,
    materials: ['https://intranett.eksempel.kommune.no/akan/spillevett', 'https://www.hjelpelinjen.no'],
    evaluation: 'Plakatene ble godt mottatt. Tre enheter ba om flere eksemplarer.',
  });
  await call('campaigns.create', {
    title: 'Sommerkampanje på plakater',
    themeId: theme('Alkohol'),
    channels: ['poster'],
    ...period(-150, -120),
    status: 'cancelled',
    evaluation: 'Avlyst: plakatene kom ikke i tide. Flyttes til neste sommer.',
  });
  await call('campaigns.create', {
    title: 'Ny rusmiddelpolicy presentert',
    themeId: theme('Rusmiddelpolicy'),
    channels: ['staffMeeting', 'email'],
    ...period(-90, -60),
    unitIds: [unit('Hjemmetjenesten'), unit('Sykehjemmet'), unit('Legetjenesten')],
    audiences: ['leaders', 'unionReps', 'safetyReps'],
    status: 'completed',
    estimatedReach: 230,
    evaluation: 'Alle personalmøter i Helse og omsorg gjennomført. Spørsmål om legemidler tas med i neste tiltak.',
  });
  await call('campaigns.create', {
    title: 'Alkoholfritt julebord – ta vare på hverandre',
    themeId: theme('Sosiale arrangementer'),
    channels: ['intranet', 'email', 'staffMeeting'],
    ...period(-10, 25),
    audiences: ['leaders', 'employees'],
    status: 'ongoing',
    estimatedReach: 900,
    materials: ['https://intranett.eksempel.kommune.no/akan/julebord'],
  });
  await call('campaigns.create', {
    title: 'Legemidler og trafikksikkerhet',
    themeId: theme('Narkotika og legemidler'),
    channels: ['intranet', 'poster'],
    ...period(40, 70),
    unitIds: [unit('Vei og park'), unit('Vann og avløp')],
    audiences: ['employees', 'leaders'],
    status: 'planned',
  });
};
