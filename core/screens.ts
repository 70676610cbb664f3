import type { AmuCaseKind } from './amuCases/labels';

/**
 * A screen of the interface that the core points to (a reminder's action, a key figure). The renderer turns each
 * into its route in one place (`renderer/src/screens.ts`), so a screen that has no route does not compile.
 */
export type Screen =
  | { screen: 'trainings' }
  | { screen: 'training'; id: number }
  | { screen: 'training.recordHeld'; id: number }
  | { screen: 'campaigns' }
  | { screen: 'statistics' }
  | { screen: 'plan' }
  | { screen: 'planItem'; id: number }
  | { screen: 'amuCases' }
  | { screen: 'amuCase'; id: number }
  | { screen: 'amuCase.new'; kind: AmuCaseKind; year?: number }
  | { screen: 'appointment.new'; role: 'mainContact' | 'unitContact' }
  | { screen: 'backups' };

export type ScreenKind = Screen['screen'];
