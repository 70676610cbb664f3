import { NavLink } from 'react-router';

export interface SubNavView {
  to: string;
  label: string;
  /** Match the path exactly (the area's first view). */
  end?: boolean;
}

/** The views of one area as tabs of links; the current one is marked for screen readers too. */
export function SubNav({ label, views }: { label: string; views: SubNavView[] }) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul>
        {views.map((view) => (
          <li key={view.to}>
            <NavLink to={view.to} end={view.end ?? false}>
              {view.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
