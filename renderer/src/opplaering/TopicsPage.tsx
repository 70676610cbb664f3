import type { TrainingTopic } from '../../../core/trainings/contract';
import { CataloguePage } from '../catalogue/CataloguePage';
import { formatNumber } from '../format';
import { AreaNav } from './AreaNav';

export function TopicsPage() {
  return (
    <CataloguePage<TrainingTopic>
      area="trainingTopics"
      path="/opplaering/emner"
      formKey="topic"
      usage={(t) => t.sessionCount}
      columns={[
        {
          key: 'kind',
          label: 'Type',
          sortValue: (t) => Number(t.builtIn),
          render: (t) => (t.builtIn ? 'Standardemne' : 'Eget emne'),
        },
      ]}
      removable={(t) => t.sessionCount === 0 && !t.builtIn}
      text={{
        one: 'emne',
        many: 'emner',
        the: 'emnet',
        title: 'Emner for opplæring',
        lead: 'Emnene dere velger mellom når dere planlegger opplæring. Et emne som er i bruk, kan arkiveres, men ikke slettes.',
        nav: <AreaNav />,
        usedLabel: 'Brukt i antall opplæringer',
        usedLead: (t) => `Brukt i ${formatNumber(t.sessionCount)} opplæringer.`,
        archivedText: 'Emnet vises ikke når dere planlegger ny opplæring. Opplæringer som bruker det, beholder det.',
        archiveText:
          'Et arkivert emne vises ikke lenger når dere planlegger ny opplæring. Opplæringer som bruker det, beholder det, og du kan hente det fram igjen.',
        removeHint: 'Emnet er ikke brukt i noen opplæring og kan slettes.',
      }}
    />
  );
}
