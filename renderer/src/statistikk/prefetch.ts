import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TableSpec } from '../../../core/statistics/contract';
import { call } from '../api/client';

/**
 * Once a publication view is shown, the year's other views are read one after another into the client's cache,
 * so that choosing another shows its tables at once (a large municipality's first protection of a view takes up
 * to a second). The protection is kept by the core while the data are unchanged, so this costs it each view once.
 */
export function usePrefetchViews(shown: TableSpec, ready: boolean): void {
  const client = useQueryClient();
  const { year, by, units } = shown;
  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    const others = (['quarter', 'year'] as const)
      .flatMap((b) => [false, true].map((u) => ({ year, by: b, units: u })))
      .filter((view) => view.by !== by || view.units !== units);
    void (async () => {
      for (const view of others) {
        if (stopped) return;
        await client.prefetchQuery({
          queryKey: ['statistics.publish', view],
          queryFn: () => call('statistics.publish', view),
        });
      }
    })();
    return () => {
      stopped = true;
    };
  }, [client, year, by, units, ready]);
}
