import { asc, count, eq, isNotNull } from 'drizzle-orm';
import { NOW_UTC, trainingTopics, trainings } from '../../db/schema';
import type { AppContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import { type TrainingTopic, type topicsContract } from './topicsContract';

export const LEADER_TOPIC_KEY = 'necessaryConversation';

export const DEFAULT_TOPICS = [
  { key: LEADER_TOPIC_KEY, name: 'Den nødvendige samtalen' },
  { key: 'akanModel', name: 'AKAN-modellen og AKAN-avtalen' },
  { key: 'substancePolicy', name: 'Rusmiddelpolicy' },
  { key: 'gambling', name: 'Pengespill' },
  { key: 'newEmployeeIntroduction', name: 'AKAN-introduksjon for nyansatte' },
];

type TopicRow = typeof trainingTopics.$inferSelect;

/**
 * Puts the default topics into a data file that lacks them (a new file, or one from before the catalogue).
 * Idempotent; a default the user has renamed or archived keeps its key and is left alone.
 */
export function ensureDefaultTopics(ctx: AppContext): void {
  const present = new Set(
    ctx.db
      .select({ key: trainingTopics.key })
      .from(trainingTopics)
      .where(isNotNull(trainingTopics.key))
      .all()
      .map((r) => r.key),
  );
  const missing = DEFAULT_TOPICS.filter((t) => !present.has(t.key));
  if (missing.length > 0)
    ctx.db.insert(trainingTopics).values(missing).onConflictDoNothing({ target: trainingTopics.key }).run();
}

export function listTopics(ctx: AppContext, includeArchived = false): TrainingTopic[] {
  ensureDefaultTopics(ctx);
  const used = new Map(
    ctx.db
      .select({ topicId: trainings.topicId, n: count() })
      .from(trainings)
      .groupBy(trainings.topicId)
      .all()
      .map((r) => [r.topicId, r.n]),
  );
  return ctx.db
    .select()
    .from(trainingTopics)
    .orderBy(asc(trainingTopics.id))
    .all()
    .filter((row) => includeArchived || row.archivedAt === null)
    .map((row) => ({
      id: row.id,
      version: row.version,
      name: row.name,
      builtIn: row.key !== null,
      archived: row.archivedAt !== null,
      sessionCount: used.get(row.id) ?? 0,
    }));
}

function topicRow(ctx: AppContext, id: number): TopicRow {
  const row = findTopic(ctx, id);
  if (!row) throw notFound('emnet');
  return row;
}

function getTopic(ctx: AppContext, id: number): TrainingTopic {
  const topic = listTopics(ctx, true).find((t) => t.id === id);
  if (!topic) throw notFound('emnet');
  return topic;
}

export function findTopic(ctx: AppContext, id: number): TopicRow | undefined {
  return ctx.db.select().from(trainingTopics).where(eq(trainingTopics.id, id)).get();
}

/** Why a session may not use the topic, or null: it must exist and not be archived, unless the session already had it. */
export function topicError(topic: TopicRow | undefined, keptId?: number): string | null {
  if (!topic) return 'Emnet finnes ikke. Velg et emne fra listen.';
  if (topic.archivedAt !== null && topic.id !== keptId) {
    return `Emnet «${topic.name}» er arkivert. Velg et annet emne, eller gjenopprett emnet under Emner.`;
  }
  return null;
}

/** "Den nødvendige samtalen", whatever it is called now: the topic leader coverage is measured by. */
export function leaderTopic(ctx: AppContext): TopicRow {
  ensureDefaultTopics(ctx);
  return ctx.db.select().from(trainingTopics).where(eq(trainingTopics.key, LEADER_TOPIC_KEY)).get()!;
}

function assertNameFree(ctx: AppContext, name: string, id?: number): void {
  const wanted = name.toLocaleLowerCase('nb');
  const twin = ctx.db
    .select()
    .from(trainingTopics)
    .all()
    .find((t) => t.id !== id && t.name.toLocaleLowerCase('nb') === wanted);
  if (twin) {
    const hint = twin.archivedAt ? ' Det er arkivert – gjenopprett det i stedet for å lage et nytt.' : '';
    throw fieldError('name', `Det finnes allerede et emne som heter «${twin.name}».${hint}`);
  }
}

function setArchived(ctx: AppContext, id: number, archived: boolean): TrainingTopic {
  const row = topicRow(ctx, id);
  if ((row.archivedAt !== null) === archived) {
    throw new AppError(
      'conflict',
      archived ? `Emnet «${row.name}» er allerede arkivert.` : `Emnet «${row.name}» er ikke arkivert.`,
    );
  }
  ctx.db
    .update(trainingTopics)
    .set({ archivedAt: archived ? ctx.now().toISOString() : null, updatedAt: NOW_UTC })
    .where(eq(trainingTopics.id, id))
    .run();
  return getTopic(ctx, id);
}

export const topicsHandlers: AreaHandlers<typeof topicsContract> = {
  'trainingTopics.list': (ctx, input) => listTopics(ctx, input?.includeArchived ?? false),
  'trainingTopics.create': (ctx, { name }) => {
    ensureDefaultTopics(ctx);
    assertNameFree(ctx, name);
    return getTopic(ctx, ctx.db.insert(trainingTopics).values({ name }).returning().get().id);
  },
  'trainingTopics.update': (ctx, { id, name }) => {
    topicRow(ctx, id);
    assertNameFree(ctx, name, id);
    ctx.db.update(trainingTopics).set({ name, updatedAt: NOW_UTC }).where(eq(trainingTopics.id, id)).run();
    return getTopic(ctx, id);
  },
  'trainingTopics.archive': (ctx, { id }) => setArchived(ctx, id, true),
  'trainingTopics.restore': (ctx, { id }) => setArchived(ctx, id, false),
  'trainingTopics.remove': (ctx, { id }) => {
    const topic = getTopic(ctx, id);
    if (topic.builtIn) {
      throw new AppError(
        'conflict',
        `«${topic.name}» er et standardemne og kan ikke slettes. Arkiver det hvis dere ikke bruker det.`,
      );
    }
    if (topic.sessionCount > 0) {
      const sessions = topic.sessionCount === 1 ? 'én opplæring' : `${topic.sessionCount} opplæringer`;
      throw new AppError(
        'conflict',
        `Emnet «${topic.name}» er brukt i ${sessions} og kan ikke slettes. Arkiver det i stedet.`,
      );
    }
    ctx.db.delete(trainingTopics).where(eq(trainingTopics.id, id)).run();
    return { id };
  },
};
