import { type ComponentType, Suspense, lazy, useState } from 'react';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the chunk now (at start, for the screen the address names), so its first showing need not wait. */
  preload(): Promise<unknown>;
};

/**
 * A component in its own chunk, loaded the first time it is shown: each area's page, and the charts (recharts is
 * the largest library), so the first screen does not wait for code it does not use. While it loads nothing is
 * shown in its place (it is quick, and a spinner would only flash). Once loaded it is rendered directly: React
 * holds back what a suspended boundary reveals by up to 300 ms, which a loaded chunk has no reason to pay.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Suspended = lazy(() => preload().then((component) => ({ default: component })));
  function Lazy(props: P) {
    // Decided once per mount: switching between the two would mount the component anew and lose its state.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Suspended {...props} />
      </Suspense>
    );
  }
  return Object.assign(Lazy, { preload });
}
