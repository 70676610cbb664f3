import type { Screen } from '../../core/screens';

/** The one place a screen named by the core becomes a route of this interface. */
export function routeOf(target: Screen): string {
  switch (target.screen) {
    case 'trainings':
      return '/opplaering';
    case 'training':
      return `/opplaering/${target.id}`;
    case 'training.recordHeld':
      return `/opplaering/${target.id}/gjennomfort`;
    case 'campaigns':
      return '/informasjonstiltak';
    case 'statistics':
      return '/statistikk';
    case 'plan':
      return '/plan';
    case 'planItem':
      return `/plan/${target.id}`;
    case 'amuCases':
      return '/amu';
    case 'amuCase':
      return `/amu/${target.id}`;
    case 'amuCase.new':
      return `/amu/ny?type=${target.kind}${target.year === undefined ? '' : `&aar=${target.year}`}`;
    case 'appointment.new':
      return `/oppnevninger/ny?rolle=${target.role}`;
    case 'backups':
      return '/innstillinger/sikkerhetskopier';
  }
}
