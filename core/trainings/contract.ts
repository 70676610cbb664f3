import { z } from 'zod';
import { atVersion, guardOf } from '../concurrency/guard';
import { across, isLocalDateTime } from '../validation/across';
import { timeErrors } from './rules';
import { read, write } from '../define';
import { localDateTime } from '../validation/dateTime';
import { id, optionalIsoDate, optionalText, requiredText, wholeNumber } from '../validation/fields';
import { isHttpsUrl } from '../validation/links';
import { year } from '../validation/year';
import { pageNumber } from '../paging';
import { topicsContract } from './topicsContract';
import {
  AUDIENCES,
  type CalendarExport,
  type CalendarMonth,
  type CoverageReport,
  REPEAT_PATTERNS,
  type SavedTraining,
  type SeriesResult,
  TRAINING_STATUSES,
  type Training,
  type TrainingList,
} from './types';

export * from './types';
export type { TrainingTopic } from './topicsContract';

const unique = <T>(list: T[]): T[] => [...new Set(list)];

const audience = z.enum(AUDIENCES, { error: 'Velg en gyldig målgruppe.' });
const unitId = id('Velg en gyldig enhet.');

function videoLink() {
  const message =
    'Skriv hele lenken til videomøtet. Den må begynne med https://, for eksempel https://teams.microsoft.com/…';
  return z
    .string({ error: message })
    .trim()
    .max(1000, { error: 'Lenken kan være høyst 1000 tegn.' })
    .refine((text) => text === '' || isHttpsUrl(text), { error: message })
    .nullish()
    .transform((text) => (text ? text : null));
}

/** Start and end in order and not too far apart, checked together with every other field. */
function sessionTimeErrors(v: Record<string, unknown>): Record<string, string> {
  return isLocalDateTime(v.start) && isLocalDateTime(v.end) ? timeErrors(v.start, v.end) : {};
}

export const trainingFields = {
  /** Empty means the topic's name. */
  title: optionalText(160),
  topicId: id('Velg et emne fra listen.'),
  audiences: z
    .array(audience, { error: 'Velg minst én målgruppe.' })
    .min(1, { error: 'Velg minst én målgruppe.' })
    .max(AUDIENCES.length * 2)
    .transform(unique),
  unitIds: z
    .array(unitId)
    .max(1000)
    .optional()
    .transform((list) => unique(list ?? [])),
  start: localDateTime('Skriv når opplæringen starter: dato og klokkeslett (dd.mm.åååå tt:mm).'),
  end: localDateTime('Skriv når opplæringen slutter: dato og klokkeslett (dd.mm.åååå tt:mm).'),
  location: optionalText(200),
  videoLink: videoLink(),
  facilitators: optionalText(300),
  capacity: wholeNumber(100_000, 'Antall plasser')
    .min(1, { error: 'Antall plasser må være minst 1. La feltet stå tomt hvis det ikke er noen grense.' })
    .nullish()
    .transform((v) => v ?? null),
  description: optionalText(2000),
};

const EVALUATION_MESSAGE = 'Skriv snittkarakteren som et tall fra 1 til 5, for eksempel 4,3.';

export const participantInput = z.strictObject({
  unitId,
  audience,
  count: wholeNumber(100_000, 'Antall deltakere'),
});

export const recordHeldInput = z.strictObject({
  id: id(),
  ...atVersion,
  participants: z.array(participantInput).max(5000),
  evaluationScore: z
    .number({ error: EVALUATION_MESSAGE })
    .min(1, { error: EVALUATION_MESSAGE })
    .max(5, { error: EVALUATION_MESSAGE })
    .refine((score) => Math.abs(score * 10 - Math.round(score * 10)) < 1e-9, {
      error: 'Skriv snittkarakteren med høyst én desimal, for eksempel 4,3.',
    })
    .nullish()
    .transform((v) => v ?? null),
  evaluationText: optionalText(1000),
});

export const repeatInput = z.strictObject({
  pattern: z.enum(REPEAT_PATTERNS, { error: 'Velg hvordan opplæringen skal gjentas.' }),
  interval: z
    .number({ error: 'Skriv hvor ofte som et heltall fra 1 til 52.' })
    .int({ error: 'Skriv hvor ofte som et heltall fra 1 til 52.' })
    .min(1, { error: 'Skriv hvor ofte som et heltall fra 1 til 52.' })
    .max(52, { error: 'Skriv hvor ofte som et heltall fra 1 til 52.' }),
  count: z
    .number({ error: 'Antall ganger må være et heltall fra 2 til 52.' })
    .int({ error: 'Antall ganger må være et heltall fra 2 til 52.' })
    .min(2, { error: 'Antall ganger må være et heltall fra 2 til 52.' })
    .max(52, { error: 'Antall ganger må være et heltall fra 2 til 52.' }),
});

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Velg en gyldig måned (åååå-mm).' });

export const listFilter = z
  .strictObject({
    /** A year; `current`: from the start of the current year on (what Opplæring opens on); none: every year, a page at a time. */
    year: z.union([year(), z.literal('current')]).optional(),
    /** `upcomingFirst`: from today on, soonest first, then the earlier ones, latest first. Default: by start. */
    order: z.enum(['start', 'upcomingFirst'], { error: 'Velg en gyldig rekkefølge.' }).optional(),
    /** Page (from 1) of `LIST_PAGE_SIZE` sessions; without a year, page 1 is the default. */
    page: pageNumber,
    status: z.enum(TRAINING_STATUSES, { error: 'Velg en gyldig status.' }).optional(),
    topicId: id('Velg et emne fra listen.').optional(),
    audience: audience.optional(),
    /** The unit or any unit below it: invited or counted. */
    unitId: unitId.optional(),
  })
  .optional();

const byId = z.strictObject({ id: id() });
const byIdAtVersion = z.strictObject({ id: id(), ...atVersion });
const training = guardOf('trainings', 'denne opplæringen', 'trainings.get');

export const trainingsContract = {
  ...topicsContract,
  'trainings.list': read(listFilter).returns<TrainingList>(),
  'trainings.get': read(byId).returns<Training>(),
  'trainings.create': write(
    across(z.strictObject(trainingFields), sessionTimeErrors),
    'Opplæring planlagt',
  ).returns<SavedTraining>(),
  'trainings.update': write(
    across(z.strictObject({ id: id(), ...atVersion, ...trainingFields }), sessionTimeErrors),
    'Opplæring endret',
    training,
  ).returns<SavedTraining>(),
  'trainings.recordHeld': write(
    recordHeldInput,
    'Opplæring registrert som gjennomført',
    training,
  ).returns<SavedTraining>(),
  'trainings.cancel': write(
    z.strictObject({
      id: id(),
      ...atVersion,
      reason: requiredText(300, 'Skriv kort hvorfor opplæringen er avlyst, for eksempel «For få påmeldte».'),
    }),
    'Opplæring avlyst',
    training,
  ).returns<SavedTraining>(),
  'trainings.reopen': write(byIdAtVersion, 'Opplæring satt tilbake til planlagt', training).returns<SavedTraining>(),
  'trainings.remove': write(byIdAtVersion, 'Opplæring slettet', training).returns<{ id: number }>(),
  'trainings.copy': write(
    z.strictObject({ id: id(), start: trainingFields.start, end: trainingFields.end }),
    'Opplæring kopiert',
  ).returns<SavedTraining>(),
  'trainings.previewSeries': read(z.strictObject({ start: trainingFields.start, repeat: repeatInput })).returns<{
    starts: string[];
  }>(),
  'trainings.createSeries': write(
    across(z.strictObject({ ...trainingFields, repeat: repeatInput }), sessionTimeErrors),
    'Opplæringsserie planlagt',
  ).returns<SeriesResult>(),
  'trainings.calendarMonth': read(z.strictObject({ month: monthText.optional() }).optional()).returns<CalendarMonth>(),
  'trainings.coverage': read(
    z.strictObject({ topicId: id('Velg et emne fra listen.').optional(), page: pageNumber }).optional(),
  ).returns<CoverageReport>(),
  /** One session (`id`), or the planned and cancelled sessions that start in a period (`from`–`to`, both included). */
  'trainings.exportCalendar': read(
    z.strictObject({
      id: id().optional(),
      from: optionalIsoDate('Skriv en gyldig fra-dato (dd.mm.åååå).'),
      to: optionalIsoDate('Skriv en gyldig til-dato (dd.mm.åååå).'),
    }),
  ).returns<CalendarExport>(),
};
