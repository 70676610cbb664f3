import { Button } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { CampaignTheme } from '../../../core/campaigns/themesContract';
import { CataloguePage } from '../catalogue/CataloguePage';

const backTo = (to: string, label: string) => (
  <Button asChild variant="secondary">
    <Link to={to}>{label}</Link>
  </Button>
);

export function ThemesPage() {
  return (
    <CataloguePage<CampaignTheme>
      area="campaignThemes"
      path="/informasjonstiltak/temaer"
      formKey="theme"
      usage={(t) => t.campaignCount}
      removable={(t) => t.campaignCount === 0}
      text={{
        one: 'tema',
        many: 'temaer',
        the: 'temaet',
        title: 'Temaer for informasjonstiltak',
        lead: 'Temaene dere velger mellom når dere registrerer et tiltak. Et tema som er i bruk, kan arkiveres, men ikke slettes.',
        actions: backTo('/informasjonstiltak', 'Tilbake til informasjonstiltak'),
        detailActions: backTo('/informasjonstiltak/temaer', 'Tilbake til temaene'),
        usedLabel: 'Brukt i antall tiltak',
        usedLead: (t) => `Brukt i ${t.campaignCount} informasjonstiltak.`,
        archivedText: 'Temaet vises ikke i valglistene. Tiltak som bruker det, beholder det.',
        archiveText:
          'Et arkivert tema vises ikke lenger i valglistene. Tiltak som bruker det, beholder det, og du kan hente det fram igjen.',
        removeHint: 'Temaet er ikke brukt i noen tiltak og kan slettes.',
      }}
    />
  );
}
