import { z } from 'zod';
import { atVersion, guardOf, type Versioned } from '../concurrency/guard';
import { read, write } from '../define';
import { id, requiredText } from '../validation/fields';

export interface TrainingTopic extends Versioned {
  id: number;
  name: string;
  /** One of the default topics: can be renamed and archived, never removed. */
  builtIn: boolean;
  archived: boolean;
  /** Sessions that use the topic; a used topic is archived, never removed. */
  sessionCount: number;
}

const topicName = requiredText(120, 'Skriv navnet på emnet, for eksempel «Den nødvendige samtalen».');
const byId = z.strictObject({ id: id(), ...atVersion });
const topic = guardOf('training_topics', 'dette emnet');

export const topicsContract = {
  'trainingTopics.list': read(z.strictObject({ includeArchived: z.boolean().optional() }).optional()).returns<
    TrainingTopic[]
  >(),
  'trainingTopics.create': write(
    z.strictObject({ name: topicName }),
    'Opplæringsemne opprettet',
  ).returns<TrainingTopic>(),
  'trainingTopics.update': write(
    z.strictObject({ id: id(), ...atVersion, name: topicName }),
    'Opplæringsemne endret',
    topic,
  ).returns<TrainingTopic>(),
  'trainingTopics.archive': write(byId, 'Opplæringsemne arkivert', topic).returns<TrainingTopic>(),
  'trainingTopics.restore': write(byId, 'Opplæringsemne gjenopprettet', topic).returns<TrainingTopic>(),
  'trainingTopics.remove': write(byId, 'Opplæringsemne slettet', topic).returns<{ id: number }>(),
};
