import type { ReactNode } from 'react';
import { PageHeader } from '../components/PageHeader';
import { SubNav } from '../components/SubNav';

const VIEWS = [
  { to: '/statistikk', label: 'Registrering', end: true },
  { to: '/statistikk/publisering', label: 'Publisering' },
  { to: '/statistikk/indikatorer', label: 'Indikatorer' },
];

/** The area's heading and its three views; the current view is marked for screen readers too. */
export function StatisticsFrame({
  title = 'Statistikk',
  lead,
  children,
}: {
  title?: string;
  lead: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <SubNav label="Visninger for statistikk" views={VIEWS} />
      {children}
    </>
  );
}
