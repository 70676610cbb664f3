import { addDays } from '../validation/dates';
import type { DemoSeeder } from './types';

/**
 * Annual reports of the last two years, the adopted change of the AKAN agreement, the appointment of the current
 * hovedkontakt, an orientation on the next agenda, and the successor case still a draft (so its reminder shows).
 */
export const seedAmuCases: DemoSeeder = async ({ call, today }) => {
  const year = Number(today.slice(0, 4));
  await call('amuCases.create', {
    kind: 'annualReport',
    title: `Årsrapport for AKAN-arbeidet ${year - 2}`,
    reportYear: year - 2,
    meetingDate: `${year - 1}-03-12`,
    caseNumber: `08/${year - 1}`,
    status: 'treated',
    decisionText: 'AMU tar årsrapporten til orientering og ber utvalget prioritere opplæring av ledere.',
    decisionDate: `${year - 1}-03-12`,
  });
  const meeting = `${year}-03-11`;
  const held = meeting < today;
  await call('amuCases.create', {
    kind: 'annualReport',
    title: `Årsrapport for AKAN-arbeidet ${year - 1}`,
    reportYear: year - 1,
    meetingDate: meeting,
    caseNumber: held ? `07/${year}` : null,
    status: held ? 'treated' : 'draft',
    decisionText: held ? 'AMU tar årsrapporten til orientering.' : null,
    decisionDate: held ? meeting : null,
  });

  const adopted = addDays(today, -500);
  await call('amuCases.create', {
    kind: 'agreementChange',
    title: 'Endringer i AKAN-avtalen: pengespill og nye rutiner for oppfølging',
    meetingDate: adopted,
    caseNumber: `14/${adopted.slice(0, 4)}`,
    status: 'treated',
    decisionText: 'AMU vedtar endringene i AKAN-avtalen slik de er lagt fram.',
    decisionDate: adopted,
  });

  const current = (await call('appointments.list', { role: 'mainContact' })).appointments.find(
    (a) => a.status === 'active',
  );
  if (current?.decisionDate) {
    await call('amuCases.create', {
      kind: 'mainContactAppointment',
      title: `Oppnevning av AKAN-hovedkontakt – ${current.personName}`,
      meetingDate: current.decisionDate,
      caseNumber: current.amuCaseRef?.replace('AMU-sak ', '') ?? null,
      status: 'treated',
      decisionText: `AMU oppnevner ${current.personName} som AKAN-hovedkontakt for to år.`,
      decisionDate: current.decisionDate,
      appointmentId: current.id,
    });
  }
  await call('amuCases.create', {
    kind: 'mainContactAppointment',
    title: 'Oppnevning av AKAN-hovedkontakt for neste periode',
    status: 'draft',
  });
  await call('amuCases.create', {
    kind: 'information',
    title: 'Orientering om kampanjen mot pengespill',
    meetingDate: addDays(today, 20),
    status: 'sent',
  });
};
