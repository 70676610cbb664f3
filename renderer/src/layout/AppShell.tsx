import { Paragraph } from '@digdir/designsystemet-react';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useRead } from '../api/hooks';
import { areas } from '../areas';
import { lazyComponent } from '../lazyComponent';
import { ConnectionBanner } from './ConnectionBanner';
import { PageFocus } from './PageFocus';
import { SkipToHeading } from './SkipToHeading';
import { UnsavedGuard } from './UnsavedGuard';

// The first-start guide is seen once; its forms load only then.
const Onboarding = lazyComponent(() => import('../oppstart/Onboarding').then((m) => m.Onboarding));
import { SignedInPerson } from './SignedInPerson';

function Navigation({ organisationName }: { organisationName: string }) {
  return (
    <nav className="app-nav" aria-label="Hovedmeny">
      <div className="app-brand">
        <span className="app-brand-name">AKAN Utvalg</span>
        <span className="app-brand-org">{organisationName}</span>
        <SignedInPerson />
      </div>
      <ul>
        {areas.map((area) => (
          <li key={area.path}>
            <NavLink to={`/${area.path}`}>{area.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AppShell() {
  const settings = useRead('settings.get', undefined);
  if (settings.isPending) return null;
  if (settings.error) {
    return (
      <main className="app-main" id="main">
        <Paragraph>{settings.error.message}</Paragraph>
      </main>
    );
  }
  const started = settings.data.organisationName !== '' && settings.data.guideStep === 'done';
  return (
    <UnsavedGuard>
      <PageFocus />
      <ConnectionBanner />
      <Routes>
        <Route path="/oppstart/*" element={<Onboarding />} />
        <Route
          path="*"
          element={
            started ? <Layout organisationName={settings.data.organisationName} /> : <Navigate to="/oppstart" replace />
          }
        />
      </Routes>
    </UnsavedGuard>
  );
}

function Layout({ organisationName }: { organisationName: string }) {
  return (
    <div className="app-layout">
      <SkipToHeading />
      <Navigation organisationName={organisationName} />
      <main className="app-main" id="main" tabIndex={-1}>
        <Routes>
          {areas.map(({ path, Page }) => (
            <Route key={path} path={`/${path}/*`} element={<Page />} />
          ))}
          <Route path="*" element={<Navigate to="/oversikt" replace />} />
        </Routes>
      </main>
    </div>
  );
}
