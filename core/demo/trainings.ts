import type { Audience } from '../audiences';
import { addDays, addYears } from '../validation/dates';
import { weekdayOf } from '../validation/dateTime';
import type { DemoContext, DemoSeeder } from './types';

type Counts = [unit: string, audience: Audience, count: number][];

/** The weekday (1 = Monday) on or after `today + offset`. */
function on(today: string, offset: number, weekday = 2): string {
  const date = addDays(today, offset);
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

async function lookups({ call }: DemoContext) {
  const topics = await call('trainingTopics.list', {});
  const units = await call('units.list', {});
  const topic = (name: string) => topics.find((t) => t.name === name)!.id;
  const unit = (name: string) => units.find((u) => u.name === name)!.id;
  return { topic, unit };
}

/**
 * A year of training: leader courses in "Den nødvendige samtalen" for two sectors (Teknisk drift and Stab are not yet
 * reached; one course falls outside the coverage window), monthly introductions for new employees (one cancelled,
 * the latest held one still without counts), sessions for tillitsvalgte, verneombud and AKAN-kontakter, and plans ahead.
 */
export const seedTrainings: DemoSeeder = async (demo) => {
  const { call, today } = demo;
  const { topic, unit } = await lookups(demo);
  const dns = topic('Den nødvendige samtalen');
  const town = 'Rådhuset, møterom Fjorden';

  const plan = (input: {
    title?: string;
    topicId: number;
    audiences: Audience[];
    units: string[];
    date: string;
    from: string;
    to: string;
    capacity?: number;
    location?: string;
    videoLink?: string;
  }) =>
    call('trainings.create', {
      title: input.title,
      topicId: input.topicId,
      audiences: input.audiences,
      unitIds: input.units.map(unit),
      start: `${input.date}T${input.from}`,
      end: `${input.date}T${input.to}`,
      location: input.location ?? (input.videoLink ? null : town),
      videoLink: input.videoLink ?? null,
      facilitators: 'Tor Haugen (ruskonsulent) og Anne Lie (hovedkontakt)',
      capacity: input.capacity ?? 25,
    });

  const held = async (input: Parameters<typeof plan>[0], counts: Counts, evaluation?: [number, string]) => {
    const { id, version } = await plan(input);
    await call('trainings.recordHeld', {
      id,
      version,
      participants: counts.map(([name, audience, count]) => ({ unitId: unit(name), audience, count })),
      evaluationScore: evaluation?.[0] ?? null,
      evaluationText: evaluation?.[1] ?? null,
    });
  };

  await held(
    {
      topicId: dns,
      audiences: ['leaders'],
      units: ['Vei og park'],
      date: on(addYears(today, -4), 0),
      from: '09:00',
      to: '15:00',
    },
    [['Vei og park', 'leaders', 2]],
    [4.1, 'Godt kurs, men lenge siden.'],
  );
  await held(
    {
      title: 'Den nødvendige samtalen – Helse og omsorg',
      topicId: dns,
      audiences: ['leaders'],
      units: ['Hjemmetjenesten', 'Sykehjemmet', 'Legetjenesten'],
      date: on(today, -300),
      from: '09:00',
      to: '15:00',
      capacity: 20,
    },
    [
      ['Hjemmetjenesten', 'leaders', 4],
      ['Sykehjemmet', 'leaders', 6],
      ['Legetjenesten', 'leaders', 1],
    ],
    [4.6, 'Nyttige rollespill. Deltakerne ønsker en oppfølgingssamling om ett år.'],
  );
  await held(
    {
      title: 'Den nødvendige samtalen – Oppvekst og kultur',
      topicId: dns,
      audiences: ['leaders'],
      units: ['Nordbyen skole', 'Sørbyen barnehage', 'Kulturskolen'],
      date: on(today, -200, 3),
      from: '12:00',
      to: '16:00',
      capacity: 15,
    },
    [
      ['Nordbyen skole', 'leaders', 3],
      ['Sørbyen barnehage', 'leaders', 2],
    ],
    [4.2, 'Mer tid til egne eksempler neste gang.'],
  );
  await held(
    {
      topicId: topic('AKAN-modellen og AKAN-avtalen'),
      audiences: ['unionReps', 'safetyReps'],
      units: [],
      date: on(today, -150, 4),
      from: '13:00',
      to: '15:30',
      capacity: 30,
    },
    [
      ['Sykehjemmet', 'unionReps', 3],
      ['Hjemmetjenesten', 'safetyReps', 2],
      ['Nordbyen skole', 'unionReps', 2],
      ['Vei og park', 'safetyReps', 1],
      ['Personal og organisasjon', 'unionReps', 2],
    ],
    [4.0, 'Klar gjennomgang av rollene i AKAN-modellen.'],
  );
  await held(
    {
      topicId: topic('Rusmiddelpolicy'),
      audiences: ['leaders', 'employees'],
      units: ['Personal og organisasjon', 'Økonomi'],
      date: on(today, -120),
      from: '08:30',
      to: '10:00',
    },
    [
      ['Personal og organisasjon', 'leaders', 2],
      ['Personal og organisasjon', 'employees', 8],
      ['Økonomi', 'employees', 6],
    ],
    [3.8, 'Ønsker konkrete eksempler fra julebord og seminarer.'],
  );
  await held(
    {
      title: 'Pengespill – for AKAN-kontakter',
      topicId: topic('Pengespill'),
      audiences: ['unitContacts'],
      units: [],
      date: on(today, -60, 3),
      from: '10:00',
      to: '12:00',
      videoLink: 'https://teams.microsoft.com/l/meetup-join/eksempel-pengespill',
    },
    [
      ['Hjemmetjenesten', 'unitContacts', 1],
      ['Nordbyen skole', 'unitContacts', 1],
      ['Vei og park', 'unitContacts', 1],
    ],
    [4.8, 'Nytt tema for mange. Bør tilbys alle ledere.'],
  );

  // Monthly introductions on the same weekday of the month: most held, one cancelled, the latest held one without counts.
  const first = on(today, -270);
  const series = await call('trainings.createSeries', {
    topicId: topic('AKAN-introduksjon for nyansatte'),
    audiences: ['newEmployees', 'apprentices'],
    unitIds: [],
    start: `${first}T13:00`,
    end: `${first}T14:30`,
    location: 'Rådhuset, kantina',
    facilitators: 'Anne Lie (hovedkontakt)',
    capacity: 40,
    repeat: { pattern: 'monthlyByWeekday', interval: 1, count: 12 },
  });
  const past = series.sessions.filter((s) => s.start.slice(0, 10) < today);
  const cancelled = past[3];
  const withoutCounts = past.at(-1);
  const rotation = ['Sykehjemmet', 'Hjemmetjenesten', 'Nordbyen skole', 'Sørbyen barnehage', 'Vei og park'];
  for (const [index, session] of past.entries()) {
    if (session === cancelled) {
      await call('trainings.cancel', {
        id: session.id,
        version: session.version,
        reason: 'For få påmeldte. Nyansatte ble flyttet til neste måned.',
      });
      continue;
    }
    const counts: { unitId: number; audience: Audience; count: number }[] =
      session === withoutCounts
        ? []
        : [rotation[index % 5]!, rotation[(index + 2) % 5]!].map((name, i) => ({
            unitId: unit(name),
            audience: 'newEmployees' as const,
            count: 3 + ((index + i) % 4),
          }));
    if (index % 3 === 0 && session !== withoutCounts)
      counts.push({ unitId: unit('Vei og park'), audience: 'apprentices', count: 2 });
    await call('trainings.recordHeld', {
      id: session.id,
      version: session.version,
      participants: counts,
      evaluationScore: session === withoutCounts ? null : 4 + (index % 5) / 10,
      evaluationText: null,
    });
  }

  await plan({
    title: 'Den nødvendige samtalen – Teknisk drift og stab',
    topicId: dns,
    audiences: ['leaders'],
    units: ['Vei og park', 'Vann og avløp', 'Personal og organisasjon', 'Økonomi'],
    date: on(today, 10, 4),
    from: '09:00',
    to: '15:00',
    capacity: 12,
  });
  await plan({
    title: 'Pengespill – ansattmøte',
    topicId: topic('Pengespill'),
    audiences: ['employees'],
    units: ['Sykehjemmet'],
    date: on(today, 45),
    from: '14:00',
    to: '15:00',
    videoLink: 'https://teams.microsoft.com/l/meetup-join/eksempel-ansattmote',
  });
  await plan({
    topicId: topic('AKAN-modellen og AKAN-avtalen'),
    audiences: ['apprentices'],
    units: [],
    date: on(today, 90, 3),
    from: '10:00',
    to: '11:30',
  });
};
