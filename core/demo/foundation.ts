import { addDays, addYears } from '../validation/dates';
import { defaultTermEnd } from '../appointments/term';
import type { DemoSeeder } from './types';

const SECTORS: Record<string, [string, number, number][]> = {
  'Helse og omsorg': [
    ['Hjemmetjenesten', 85, 6],
    ['Sykehjemmet', 120, 8],
    ['Legetjenesten', 24, 2],
  ],
  'Oppvekst og kultur': [
    ['Nordbyen skole', 48, 4],
    ['Sørbyen barnehage', 30, 3],
    ['Kulturskolen', 14, 1],
  ],
  'Teknisk drift': [
    ['Vei og park', 35, 3],
    ['Vann og avløp', 22, 2],
  ],
  Stab: [
    ['Personal og organisasjon', 12, 2],
    ['Økonomi', 10, 1],
  ],
};

/** Organisation, units, committee and a hovedkontakt whose term ends soon, so the first reminder shows. */
export const seedFoundation: DemoSeeder = async ({ call, today }) => {
  await call('settings.update', { organisationName: 'Eksempel kommune' });
  const unitIds: number[] = [];
  for (const [sector, children] of Object.entries(SECTORS)) {
    const parent = await call('units.create', { name: sector });
    for (const [name, headcount, leaderCount] of children) {
      unitIds.push((await call('units.create', { name, parentId: parent.id, headcount, leaderCount })).id);
    }
  }
  const memberStart = addYears(today, -3);
  await call('committee.create', {
    name: 'Hilde Berg',
    committeeRole: 'Personal- og kompetanseleder',
    email: 'hilde.berg@eksempel.kommune.no',
    activeFrom: memberStart,
  });
  await call('committee.create', {
    name: 'Tor Haugen',
    committeeRole: 'Ruskonsulent',
    email: 'tor.haugen@eksempel.kommune.no',
    activeFrom: memberStart,
  });
  await call('committee.create', {
    name: 'Anne Lie',
    committeeRole: 'AKAN-hovedkontakt',
    email: 'anne.lie@eksempel.kommune.no',
    activeFrom: memberStart,
  });

  const currentEnd = addDays(today, 75);
  const currentStart = addYears(addDays(currentEnd, 1), -2);
  const previousStart = addYears(currentStart, -2);
  await call('appointments.create', {
    role: 'mainContact',
    personName: 'Per Olsen',
    decisionDate: addDays(previousStart, -40),
    amuCaseRef: `AMU-sak ${previousStart.slice(0, 4)}/04`,
    termStart: previousStart,
    termEnd: defaultTermEnd(previousStart),
  });
  await call('appointments.create', {
    role: 'mainContact',
    personName: 'Anne Lie',
    personEmail: 'anne.lie@eksempel.kommune.no',
    decisionDate: addDays(currentStart, -30),
    amuCaseRef: `AMU-sak ${currentStart.slice(0, 4)}/03`,
    termStart: currentStart,
    termEnd: currentEnd,
  });
  const contacts = ['Sara Nilsen', 'Jon Bakke', 'Lise Dahl'];
  for (const [index, personName] of contacts.entries()) {
    const unitId = unitIds[index * 3];
    if (unitId === undefined) continue;
    await call('appointments.create', { role: 'unitContact', personName, unitId, termStart: addYears(today, -1) });
  }
};
