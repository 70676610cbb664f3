import { type CatalogueEntry, catalogueMethods } from '../catalogue/contract';
import { prefixed } from '../catalogue/prefixed';
import { guardOf } from '../concurrency/guard';
import { requiredText } from '../validation/fields';

export interface TrainingTopic extends CatalogueEntry {
  /** One of the default topics: can be renamed and archived, never removed. */
  builtIn: boolean;
  /** Sessions that use the topic; a used topic is archived, never removed. */
  sessionCount: number;
}

export const topicsContract = prefixed(
  'trainingTopics',
  catalogueMethods<TrainingTopic>(
    requiredText(120, 'Skriv navnet på emnet, for eksempel «Den nødvendige samtalen».'),
    guardOf('training_topics', 'dette emnet'),
    {
      create: 'Opplæringsemne opprettet',
      update: 'Opplæringsemne endret',
      archive: 'Opplæringsemne arkivert',
      restore: 'Opplæringsemne gjenopprettet',
      remove: 'Opplæringsemne slettet',
    },
  ),
);
