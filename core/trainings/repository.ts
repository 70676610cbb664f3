import { type SQL, and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import {
  trainingAudiences,
  trainingParticipants,
  trainingTopics,
  trainingUnits,
  trainings,
  units,
} from '../../db/schema';
import type { AppContext } from '../context';
import { groupBy } from '../groupBy';
import { notFound } from '../errors';
import { AUDIENCES, type Audience } from '../audiences';
import type { ParticipantCount, Training } from './types';
import { compareNames } from '../names';

type Row = typeof trainings.$inferSelect;

const audienceOrder = (a: Audience, b: Audience) => AUDIENCES.indexOf(a) - AUDIENCES.indexOf(b);

function toTraining(
  row: Row,
  topicName: string,
  audiences: Audience[],
  invited: Training['units'],
  participants: ParticipantCount[],
): Training {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    topicId: row.topicId,
    topicName,
    audiences: [...audiences].sort(audienceOrder),
    units: invited,
    start: row.startsAt,
    end: row.endsAt,
    location: row.location,
    videoLink: row.videoLink,
    facilitators: row.facilitators,
    capacity: row.capacity,
    description: row.description,
    status: row.status,
    cancelReason: row.cancelReason,
    participants,
    participantTotal: participants.reduce((sum, p) => sum + p.count, 0),
    evaluationScore: row.evaluationScore === null ? null : Math.round(row.evaluationScore * 10) / 10,
    evaluationText: row.evaluationText,
    sequence: row.sequence,
    seriesId: row.seriesId,
    updatedAt: row.updatedAt,
  };
}

export interface LoadOptions {
  /** Default: by start. */
  orderBy?: SQL[];
  limit?: number;
  offset?: number;
}

/** Sessions with their audiences, invited units and counts, in order of start. */
export function loadTrainings(ctx: AppContext, where?: SQL, options: LoadOptions = {}): Training[] {
  const query = ctx.db
    .select({ row: trainings, topicName: trainingTopics.name })
    .from(trainings)
    .innerJoin(trainingTopics, eq(trainingTopics.id, trainings.topicId))
    .where(where)
    .orderBy(...(options.orderBy ?? [asc(trainings.startsAt)]), asc(trainings.id));
  const rows =
    options.limit === undefined
      ? query.all()
      : query
          .limit(options.limit)
          .offset(options.offset ?? 0)
          .all();
  if (rows.length === 0) return [];
  const ids = rows.map(({ row }) => row.id);
  const audiences = groupBy(
    ctx.db.select().from(trainingAudiences).where(inArray(trainingAudiences.trainingId, ids)).all(),
    (r) => r.trainingId,
  );
  const invited = groupBy(
    ctx.db
      .select({ trainingId: trainingUnits.trainingId, id: units.id, name: units.name })
      .from(trainingUnits)
      .innerJoin(units, eq(units.id, trainingUnits.unitId))
      .where(inArray(trainingUnits.trainingId, ids))
      .orderBy(asc(units.name))
      .all(),
    (r) => r.trainingId,
  );
  const counts = groupBy(
    ctx.db
      .select({
        trainingId: trainingParticipants.trainingId,
        unitId: units.id,
        unitName: units.name,
        audience: trainingParticipants.audience,
        count: trainingParticipants.count,
      })
      .from(trainingParticipants)
      .innerJoin(units, eq(units.id, trainingParticipants.unitId))
      .where(inArray(trainingParticipants.trainingId, ids))
      .orderBy(asc(units.name))
      .all(),
    (r) => r.trainingId,
  );
  return rows.map(({ row, topicName }) =>
    toTraining(
      row,
      topicName,
      (audiences.get(row.id) ?? []).map((a) => a.audience),
      (invited.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
      (counts.get(row.id) ?? [])
        .map(({ unitId, unitName, audience, count }) => ({ unitId, unitName, audience, count }))
        .sort((a, b) => compareNames(a.unitName, b.unitName) || audienceOrder(a.audience, b.audience)),
    ),
  );
}

export function getTraining(ctx: AppContext, id: number): Training {
  const [found] = loadTrainings(ctx, eq(trainings.id, id));
  if (!found) throw notFound('opplæringen');
  return found;
}

export function replaceAudiences(ctx: AppContext, trainingId: number, audiences: Audience[]): void {
  ctx.db.delete(trainingAudiences).where(eq(trainingAudiences.trainingId, trainingId)).run();
  if (audiences.length > 0)
    ctx.db
      .insert(trainingAudiences)
      .values(audiences.map((audience) => ({ trainingId, audience })))
      .run();
}

export function replaceInvitedUnits(ctx: AppContext, trainingId: number, unitIds: number[]): void {
  ctx.db.delete(trainingUnits).where(eq(trainingUnits.trainingId, trainingId)).run();
  if (unitIds.length > 0)
    ctx.db
      .insert(trainingUnits)
      .values(unitIds.map((unitId) => ({ trainingId, unitId })))
      .run();
}

export function replaceParticipants(
  ctx: AppContext,
  trainingId: number,
  lines: { unitId: number; audience: Audience; count: number }[],
): void {
  ctx.db.delete(trainingParticipants).where(eq(trainingParticipants.trainingId, trainingId)).run();
  const kept = lines.filter((line) => line.count > 0);
  if (kept.length > 0)
    ctx.db
      .insert(trainingParticipants)
      .values(kept.map((line) => ({ trainingId, ...line })))
      .run();
}

/** Sessions that start on a day from `from` to `to`, both included. */
export function inPeriod(from: string, to: string): SQL {
  // `YYYY-MM-DDTHH:mm` sorts like the moment it names, so comparing text is enough.
  return and(gte(trainings.startsAt, `${from}T00:00`), lte(trainings.startsAt, `${to}T23:59`))!;
}
