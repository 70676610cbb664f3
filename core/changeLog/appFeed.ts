import type { AppHandle } from '../app';
import { isRecovery, type RecoveryHandle } from '../recovery';
import { type ChangeFeed, createChangeFeed } from './feed';

/** The change feed of an open app, or of the app a recovery handle opens once a backup is restored. */
export function appChangeFeed(handle: AppHandle | RecoveryHandle): ChangeFeed {
  return createChangeFeed(() => (isRecovery(handle) ? (handle.app?.context.sqlite ?? null) : handle.context.sqlite));
}
