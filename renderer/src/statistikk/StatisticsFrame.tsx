import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { PageHeader } from '../components/PageHeader';

const VIEWS = [
  { to: '/statistikk', label: 'Registrering', end: true },
  { to: '/statistikk/publisering', label: 'Publisering', end: false },
  { to: '/statistikk/indikatorer', label: 'Indikatorer', end: false },
];

/** The area's heading and its three views; the current view is marked for screen readers too. */
export function StatisticsFrame({ title = 'Statistikk', lead, children }: { title?: string; lead: ReactNode; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <nav className="statistics-nav" aria-label="Visninger for statistikk">
        <ul>
          {VIEWS.map((view) => (
            <li key={view.to}>
              <NavLink to={view.to} end={view.end}>
                {view.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
