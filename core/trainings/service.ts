import { and, eq, gte, inArray, ne } from 'drizzle-orm';
import { NOW_UTC, trainings } from '../../db/schema';
import { buildCalendar } from '../calendar';
import type { AppContext } from '../context';
import { AppError, fieldError, fieldErrors } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { dataFileId, loadSettings } from '../settings/service';
import type { Unit } from '../units/contract';
import { listUnits } from '../units/service';
import { addMinutes, datePart, minutesBetween } from '../validation/dateTime';
import { calendarEvent, calendarFingerprint, periodFileName, sessionFileName } from './calendar';
import { type SaveWarning, type Training, type trainingsContract } from './contract';
import { computeCoverage, coverageWindow } from './coverage';
import { monthWeeks, shiftMonth } from './month';
import {
  getTraining,
  inPeriod,
  loadTrainings,
  replaceAudiences,
  replaceInvitedUnits,
  replaceParticipants,
} from './repository';
import { countWarnings, duplicateLineErrors, heldInFutureError, movedIntoFutureError, timeErrors } from './rules';
import { MAX_MONTH_INTERVAL, type Repeat, seriesStarts } from './series';
import { findTopic, leaderTopic, topicError, topicsHandlers } from './topics';
import { listSessions } from './list';

type Contract = typeof trainingsContract;
type SessionInput = InputOf<Contract['trainings.create']>;

function unitsById(ctx: AppContext): Map<number, Unit> {
  return new Map(listUnits(ctx, true).map((u) => [u.id, u]));
}

function invitedUnitsError(all: Map<number, Unit>, unitIds: number[], alreadyInvited: number[]): string | null {
  for (const id of unitIds) {
    const unit = all.get(id);
    if (!unit) return 'En av de valgte enhetene finnes ikke lenger. Velg enhetene på nytt.';
    if (unit.archived && !alreadyInvited.includes(id)) {
      return `«${unit.name}» er arkivert og kan ikke inviteres. Fjern enheten fra listen, eller gjenopprett den under Innstillinger › Enheter.`;
    }
  }
  return null;
}

/** Checks a session against the rules and other data; returns the columns to store. */
function validated(ctx: AppContext, input: SessionInput, existing?: Training) {
  const errors = timeErrors(input.start, input.end);
  const topic = findTopic(ctx, input.topicId);
  const topicMessage = topicError(topic, existing?.topicId);
  if (topicMessage) errors.topicId = topicMessage;
  const unitsMessage = invitedUnitsError(unitsById(ctx), input.unitIds, existing?.units.map((u) => u.id) ?? []);
  if (unitsMessage) errors.unitIds = unitsMessage;
  const moved = existing?.status === 'held' ? movedIntoFutureError(input.start, ctx.today()) : null;
  if (moved) errors.start = moved;
  if (Object.keys(errors).length > 0 || !topic) throw fieldErrors(errors);
  return {
    title: input.title ?? topic.name,
    topicId: input.topicId,
    startsAt: input.start,
    endsAt: input.end,
    location: input.location,
    videoLink: input.videoLink,
    facilitators: input.facilitators,
    capacity: input.capacity,
    description: input.description,
  };
}

function insertSession(ctx: AppContext, input: SessionInput, seriesId: number | null = null): number {
  const { id } = ctx.db
    .insert(trainings)
    .values({ ...validated(ctx, input), seriesId })
    .returning({ id: trainings.id })
    .get();
  replaceAudiences(ctx, id, input.audiences);
  replaceInvitedUnits(ctx, id, input.unitIds);
  return id;
}

function setColumns(ctx: AppContext, id: number, values: Partial<typeof trainings.$inferInsert>): void {
  ctx.db
    .update(trainings)
    .set({ ...values, updatedAt: NOW_UTC })
    .where(eq(trainings.id, id))
    .run();
}

/** Re-reads a changed session and raises its SEQUENCE if what calendars show of it changed. */
function afterChange(ctx: AppContext, before: Training): Training {
  const after = getTraining(ctx, before.id);
  if (calendarFingerprint(after) === calendarFingerprint(before)) return after;
  ctx.db
    .update(trainings)
    .set({ sequence: before.sequence + 1 })
    .where(eq(trainings.id, before.id))
    .run();
  return getTraining(ctx, before.id);
}

function withWarnings(ctx: AppContext, training: Training, extra: SaveWarning[] = []) {
  return {
    ...training,
    warnings: [...extra, ...countWarnings(training.participants, training.capacity, unitsById(ctx))],
  };
}

function assertRepeatInterval(repeat: Repeat): void {
  if (repeat.pattern !== 'weekly' && repeat.interval > MAX_MONTH_INTERVAL) {
    throw fieldError(
      'repeat.interval',
      `Når opplæringen gjentas månedlig, kan du velge høyst hver ${MAX_MONTH_INTERVAL}. måned.`,
    );
  }
}

function calendarMonth(ctx: AppContext, month: string | undefined) {
  const today = ctx.today();
  const shown = month ?? today.slice(0, 7);
  const weeks = monthWeeks(shown);
  const sessions = loadTrainings(ctx, inPeriod(weeks[0]!.days[0]!, weeks.at(-1)!.days[6]!));
  return {
    month: shown,
    today,
    previous: shiftMonth(shown, -1),
    next: shiftMonth(shown, 1),
    weeks: weeks.map(({ week, days }) => ({
      week,
      days: days.map((date) => ({
        date,
        inMonth: date.startsWith(shown),
        isToday: date === today,
        sessions: sessions
          .filter((s) => datePart(s.start) === date)
          .map(({ id, title, start, end, status, topicName }) => ({ id, title, start, end, status, topicName })),
      })),
    })),
  };
}

function coverage(ctx: AppContext, topicId: number | undefined, page?: number) {
  const today = ctx.today();
  const years = loadSettings(ctx).coverageYears;
  const leader = leaderTopic(ctx);
  const topic = topicId === undefined ? leader : findTopic(ctx, topicId);
  if (!topic) throw fieldError('topicId', 'Emnet finnes ikke. Velg et emne fra listen.');
  // Only what coverage counts: sessions of the two topics, held in the window or planned after it began.
  const where = and(
    gte(trainings.startsAt, coverageWindow(today, years).from),
    inArray(trainings.topicId, [leader.id, topic.id]),
    ne(trainings.status, 'cancelled'),
  );
  const sessions = loadTrainings(ctx, where).map((s) => ({
    ...s,
    unitIds: s.units.map((u) => u.id),
  }));
  const report = computeCoverage({
    units: listUnits(ctx),
    sessions,
    leaderTopicId: leader.id,
    topicId: topic.id,
    today,
    years,
    page,
  });
  return {
    today,
    years,
    leaderTopic: { id: leader.id, name: leader.name },
    topic: { id: topic.id, name: topic.name },
    ...report,
  };
}

function exportCalendar(ctx: AppContext, { id, from, to }: InputOf<Contract['trainings.exportCalendar']>) {
  const settings = loadSettings(ctx);
  const options = {
    now: ctx.now(),
    calendarName: ['AKAN-opplæring', settings.organisationName].filter(Boolean).join(' – '),
  };
  const fileId = dataFileId(ctx);
  if (id !== undefined) {
    if (from || to) throw fieldError('id', 'Velg enten én opplæring eller en periode, ikke begge.');
    const session = getTraining(ctx, id);
    return {
      fileName: sessionFileName(session),
      content: buildCalendar([calendarEvent(session, fileId)], options),
      count: 1,
    };
  }
  const errors: Record<string, string> = {};
  if (!from) errors.from = 'Velg fra-dato (dd.mm.åååå).';
  if (!to) errors.to = 'Velg til-dato (dd.mm.åååå).';
  if (from && to && to < from) errors.to = 'Til-datoen må være samme dag som fra-datoen eller senere.';
  if (!from || !to || Object.keys(errors).length > 0) throw fieldErrors(errors);
  // Cancelled sessions go along, so that calendars which got them earlier take them out.
  const sessions = loadTrainings(ctx, and(inPeriod(from, to), inArray(trainings.status, ['planned', 'cancelled'])));
  return {
    fileName: periodFileName(from, to),
    content: buildCalendar(
      sessions.map((s) => calendarEvent(s, fileId)),
      options,
    ),
    count: sessions.length,
  };
}

const sessionHandlers: AreaHandlers<Omit<Contract, keyof typeof topicsHandlers>> = {
  'trainings.list': (ctx, filter) => listSessions(ctx, filter),
  'trainings.get': (ctx, { id }) => getTraining(ctx, id),
  'trainings.create': (ctx, input) => withWarnings(ctx, getTraining(ctx, insertSession(ctx, input))),
  'trainings.update': (ctx, { id, ...input }) => {
    const before = getTraining(ctx, id);
    setColumns(ctx, id, validated(ctx, input, before));
    replaceAudiences(ctx, id, input.audiences);
    replaceInvitedUnits(ctx, id, input.unitIds);
    return withWarnings(ctx, afterChange(ctx, before));
  },
  'trainings.recordHeld': (ctx, { id, participants, evaluationScore, evaluationText }) => {
    const before = getTraining(ctx, id);
    if (before.status === 'cancelled') {
      throw new AppError(
        'conflict',
        'Opplæringen er avlyst. Sett den tilbake til planlagt først hvis den likevel ble holdt.',
      );
    }
    const errors = duplicateLineErrors(participants);
    const future = heldInFutureError(before.start, ctx.today());
    if (future) errors.status = future;
    const known = unitsById(ctx);
    participants.forEach((line, index) => {
      if (!known.has(line.unitId)) errors[`participants.${index}.unitId`] = 'Enheten finnes ikke. Velg en annen enhet.';
    });
    if (Object.keys(errors).length > 0) throw fieldErrors(errors);
    setColumns(ctx, id, { status: 'held', cancelReason: null, evaluationScore, evaluationText });
    replaceParticipants(ctx, id, participants);
    return withWarnings(ctx, afterChange(ctx, before));
  },
  'trainings.cancel': (ctx, { id, reason }) => {
    const before = getTraining(ctx, id);
    if (before.status === 'held') {
      throw new AppError(
        'conflict',
        'Opplæringen er registrert som gjennomført og kan ikke avlyses. Sett den tilbake til planlagt først.',
      );
    }
    setColumns(ctx, id, { status: 'cancelled', cancelReason: reason });
    return withWarnings(ctx, afterChange(ctx, before));
  },
  'trainings.reopen': (ctx, { id }) => {
    const before = getTraining(ctx, id);
    if (before.status === 'planned') throw new AppError('conflict', 'Opplæringen er allerede planlagt.');
    if (before.participants.length > 0 || before.evaluationScore !== null || before.evaluationText !== null) {
      throw new AppError(
        'conflict',
        'Opplæringen har deltakertall eller evaluering. Fjern dem først under «Registrer gjennomføring» hvis den likevel ikke ble holdt.',
      );
    }
    setColumns(ctx, id, { status: 'planned', cancelReason: null });
    return withWarnings(ctx, afterChange(ctx, before));
  },
  'trainings.remove': (ctx, { id }) => {
    const session = getTraining(ctx, id);
    if (session.status === 'held') {
      throw new AppError(
        'conflict',
        'Gjennomførte opplæringer kan ikke slettes, fordi de inngår i dekningen og årsrapporten.',
      );
    }
    ctx.db.delete(trainings).where(eq(trainings.id, id)).run();
    return { id };
  },
  'trainings.copy': (ctx, { id, start, end }) => {
    const source = getTraining(ctx, id);
    const known = unitsById(ctx);
    const archived = source.units.filter((u) => known.get(u.id)?.archived);
    const copyId = insertSession(ctx, {
      ...source,
      unitIds: source.units.filter((u) => !archived.includes(u)).map((u) => u.id),
      start,
      end,
    });
    const dropped = archived.map((u) => ({
      field: 'unitIds',
      message: `«${u.name}» er arkivert og ble ikke invitert til den nye opplæringen.`,
    }));
    return withWarnings(ctx, getTraining(ctx, copyId), dropped);
  },
  'trainings.previewSeries': (_ctx, { start, repeat }) => {
    assertRepeatInterval(repeat);
    return { starts: seriesStarts(start, repeat) };
  },
  'trainings.createSeries': (ctx, { repeat, ...input }) => {
    assertRepeatInterval(repeat);
    const [, ...later] = seriesStarts(input.start, repeat);
    const minutes = minutesBetween(input.start, input.end);
    const firstId = insertSession(ctx, input);
    setColumns(ctx, firstId, { seriesId: firstId });
    for (const start of later) insertSession(ctx, { ...input, start, end: addMinutes(start, minutes) }, firstId);
    return { id: firstId, sessions: loadTrainings(ctx, eq(trainings.seriesId, firstId)) };
  },
  'trainings.calendarMonth': (ctx, input) => calendarMonth(ctx, input?.month),
  'trainings.coverage': (ctx, input) => coverage(ctx, input?.topicId, input?.page),
  'trainings.exportCalendar': (ctx, input) => exportCalendar(ctx, input),
};

export const trainingsHandlers: AreaHandlers<Contract> = { ...topicsHandlers, ...sessionHandlers };
