import { matchRoutes } from 'react-router';
import { describe, expect, test } from 'vitest';
import type { Screen, ScreenKind } from '../../../core/screens';
import { areas } from '../../../renderer/src/areas';
import { routeOf } from '../../../renderer/src/screens';

/** One of every screen the core can point to; a new kind without an entry here does not compile. */
const every: { [K in ScreenKind]: Extract<Screen, { screen: K }> } = {
  trainings: { screen: 'trainings' },
  training: { screen: 'training', id: 7 },
  'training.recordHeld': { screen: 'training.recordHeld', id: 7 },
  campaigns: { screen: 'campaigns' },
  statistics: { screen: 'statistics' },
  plan: { screen: 'plan' },
  planItem: { screen: 'planItem', id: 3 },
  amuCases: { screen: 'amuCases' },
  amuCase: { screen: 'amuCase', id: 4 },
  'amuCase.new': { screen: 'amuCase.new', kind: 'annualReport', year: 2025 },
  'appointment.new': { screen: 'appointment.new', role: 'mainContact' },
  backups: { screen: 'backups' },
};

/** The routes the areas draw (`/<area>/*` and the nested routes each page declares), as the router sees them. */
const nested: Record<string, string[]> = {
  opplaering: ['', ':id', ':id/gjennomfort'],
  informasjonstiltak: [''],
  statistikk: [''],
  plan: ['', 'ny', ':id'],
  amu: ['', 'ny', ':id'],
  oppnevninger: ['', 'ny'],
  innstillinger: ['', 'sikkerhetskopier'],
};

describe('screens named by the core', () => {
  test('every screen resolves to a route of an area that exists, with its id and query in place', () => {
    const paths = new Set(areas.map((a) => a.path));
    for (const screen of Object.values(every)) {
      const route = routeOf(screen);
      const [pathname = '', search = ''] = route.split('?');
      const [, area = '', ...rest] = pathname.split('/');
      expect(paths.has(area), `${screen.screen} → ${route}`).toBe(true);
      const routes = (nested[area] ?? []).map((path) => ({ path: `/${area}/${path}` }));
      expect(matchRoutes(routes, pathname), `${screen.screen} → ${route}`).not.toBeNull();
      if ('id' in screen) expect(rest[0]).toBe(String(screen.id));
      if (search) expect(new URLSearchParams(search).size).toBeGreaterThan(0);
    }
    expect(routeOf(every['amuCase.new'])).toBe('/amu/ny?type=annualReport&aar=2025');
    expect(routeOf(every['training.recordHeld'])).toBe('/opplaering/7/gjennomfort');
  });
});
