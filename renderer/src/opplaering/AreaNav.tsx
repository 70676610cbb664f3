import { NavLink } from 'react-router';

const VIEWS = [
  { to: '/opplaering', label: 'Liste', end: true },
  { to: '/opplaering/kalender', label: 'Kalender', end: false },
  { to: '/opplaering/dekning', label: 'Dekning', end: false },
  { to: '/opplaering/emner', label: 'Emner', end: false },
];

/** The views of the area; the current one is marked for screen readers too. */
export function AreaNav() {
  return (
    <nav className="area-nav" aria-label="Visninger for opplæring">
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
  );
}
