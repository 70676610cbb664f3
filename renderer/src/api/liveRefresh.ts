import type { QueryClient } from '@tanstack/react-query';
import type { ChangeBatch } from '../../../core/changeLog/feed';
import type { Method } from '../../../core/contract';
import { touches } from '../forms/touches';
import { followChangeStream } from './changeStream';
import { isReachable, setReachable } from './reachability';

/**
 * Others' changes reach the screen: every read they touch is fetched again. Forms keep what is typed in them
 * (they hold their own values); a form nobody has typed in follows its record (see recordVersion).
 */
export function startLiveRefresh(client: QueryClient): () => void {
  const refresh = (batch: ChangeBatch) =>
    client.invalidateQueries({
      predicate: (query) =>
        batch.methods.some((method) => method === '*' || touches(method as Method, query.queryKey[0])),
    });
  if (window.akan) return window.akan.onChange?.(refresh) ?? (() => {});
  let wasLost = false;
  return followChangeStream({
    onBatch: (batch) => void refresh(batch),
    onOpen: () => {
      setReachable(true);
      if (wasLost) void client.invalidateQueries();
      wasLost = false;
    },
    onLost: () => {
      wasLost = true;
      if (isReachable()) setReachable(false);
    },
  });
}
