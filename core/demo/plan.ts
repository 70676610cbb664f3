import type { MethodInput } from '../contract';
import { addDays } from '../validation/dates';
import type { DemoSeeder } from './types';

/**
 * The plan for last year (mostly done, its unfinished items carried over), this year (mixed, one item overdue,
 * items fulfilled by a held training and a completed campaign) and next year (just started).
 */
export const seedPlan: DemoSeeder = async ({ call, today }) => {
  const year = Number(today.slice(0, 4));
  const members = await call('committee.list', undefined);
  const member = (role: string) => members.find((m) => m.committeeRole === role)?.id ?? null;
  const hr = member('Personal- og kompetanseleder');
  const drugs = member('Ruskonsulent');
  const contact = member('AKAN-hovedkontakt');
  const links = await call('plan.linkOptions', { year });
  const heldTraining = links.trainings.find((t) => t.done);
  const policyCampaign = links.campaigns.find((c) => c.title === 'Ny rusmiddelpolicy presentert');
  const item = (input: MethodInput<'plan.create'>) => call('plan.create', input);

  const last = year - 1;
  await item({
    year: last,
    activity: `Årsrapport for ${last - 1} til AMU`,
    kind: 'reporting',
    status: 'done',
    responsibleMemberId: hr,
    dueDate: `${last}-03-31`,
  });
  await item({
    year: last,
    activity: 'Kurs i Den nødvendige samtalen for Helse og omsorg',
    kind: 'training',
    status: 'done',
    responsibleMemberId: drugs,
    dueQuarter: 2,
  });
  await item({
    year: last,
    activity: 'Informasjon om AKAN til nyansatte',
    kind: 'campaign',
    status: 'done',
    responsibleMemberId: contact,
    dueQuarter: 3,
  });
  await item({
    year: last,
    activity: 'Plakatkampanje om alkohol i sommerferien',
    kind: 'campaign',
    status: 'cancelled',
    responsibleMemberId: contact,
    dueQuarter: 2,
  });
  await item({
    year: last,
    activity: 'Kartlegge AKAN-kontakter i alle enheter',
    kind: 'other',
    status: 'postponed',
    responsibleMemberId: hr,
    dueQuarter: 4,
  });
  await call('plan.copyUnfinished', { fromYear: last });

  await item({
    year,
    activity: `Årsrapport for ${last} til AMU`,
    kind: 'reporting',
    status: today > `${year}-03-31` ? 'done' : 'inProgress',
    responsibleMemberId: hr,
    dueDate: `${year}-03-31`,
  });
  await item({
    year,
    activity: 'Kurs i Den nødvendige samtalen for Oppvekst og kultur',
    kind: 'training',
    status: 'inProgress',
    responsibleMemberId: drugs,
    dueQuarter: 2,
    trainingId: heldTraining?.id,
  });
  await item({
    year,
    activity: 'Presentere ny rusmiddelpolicy på personalmøter',
    kind: 'policy',
    status: 'inProgress',
    responsibleMemberId: hr,
    dueQuarter: 4,
    campaignId: policyCampaign?.id,
  });
  const overdue = addDays(today, -20);
  await item({
    year,
    activity: 'Oppdatere AKAN-sidene på intranettet',
    kind: 'campaign',
    status: 'notStarted',
    responsibleMemberId: contact,
    ...(overdue.startsWith(String(year)) ? { dueDate: overdue } : { dueQuarter: 1 }),
  });
  await item({
    year,
    activity: 'Julebordkampanje',
    kind: 'campaign',
    status: 'inProgress',
    responsibleMemberId: contact,
    dueDate: `${year}-12-20`,
  });
  await item({
    year,
    activity: 'Kurs for verneombud og tillitsvalgte',
    kind: 'training',
    status: 'notStarted',
    responsibleMemberId: drugs,
    dueQuarter: 4,
  });

  const next = year + 1;
  await item({
    year: next,
    activity: `Årsrapport for ${year} til AMU`,
    kind: 'reporting',
    status: 'notStarted',
    responsibleMemberId: hr,
    dueDate: `${next}-03-31`,
  });
  await item({
    year: next,
    activity: 'Gjennomgå AKAN-avtalen',
    kind: 'policy',
    status: 'notStarted',
    responsibleMemberId: hr,
    dueQuarter: 2,
  });
  await item({
    year: next,
    activity: 'Kampanje om legemidler og trafikk',
    kind: 'campaign',
    status: 'notStarted',
    responsibleMemberId: drugs,
    dueQuarter: 1,
  });
};
