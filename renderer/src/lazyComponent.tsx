import { type ComponentType, Suspense, lazy } from 'react';

/**
 * A component in its own chunk, loaded the first time it is shown: each area's page, and the charts (recharts is
 * the largest library), so the first screen does not wait for code it does not use. While it loads nothing is
 * shown in its place (it is quick, and a spinner would only flash).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(() => load().then((component) => ({ default: component })));
  return function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
