import { asc, eq, isNotNull } from 'drizzle-orm';
import { trainingTopics, trainings } from '../../db/schema';
import { entryOf, nameCatalogue, usageCounts } from '../catalogue/catalogue';
import type { AppContext } from '../context';
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
  const used = usageCounts(ctx, trainings.topicId);
  return ctx.db
    .select()
    .from(trainingTopics)
    .orderBy(asc(trainingTopics.id))
    .all()
    .filter((row) => includeArchived || row.archivedAt === null)
    .map((row) => ({
      ...entryOf(row),
      builtIn: row.key !== null,
      sessionCount: used.get(row.id) ?? 0,
    }));
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

/** Why a topic may not be deleted: it is a default topic, or sessions use it. */
function removeRefusal(topic: TrainingTopic): string | null {
  if (topic.builtIn)
    return `«${topic.name}» er et standardemne og kan ikke slettes. Arkiver det hvis dere ikke bruker det.`;
  if (topic.sessionCount === 0) return null;
  const sessions = topic.sessionCount === 1 ? 'én opplæring' : `${topic.sessionCount} opplæringer`;
  return `Emnet «${topic.name}» er brukt i ${sessions} og kan ikke slettes. Arkiver det i stedet.`;
}

export const topicsHandlers: AreaHandlers<typeof topicsContract> = nameCatalogue('trainingTopics', {
  table: trainingTopics,
  words: { the: 'emnet', a: 'et emne', it: 'det', aNew: 'et nytt' },
  list: listTopics,
  removeRefusal,
});
