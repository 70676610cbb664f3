import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { UnsavedContext, UnsavedRegistry } from '../forms/unsavedChanges';

/**
 * Leaving a screen (menu, link, back) while a form or grid holds unsaved input asks first; so does closing the
 * window or tab. In-app navigation gets our own dialog, closing gets the browser's (or the desktop shell's).
 */
export function UnsavedGuard({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new UnsavedRegistry());
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      registry.any &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onUnload = (event: BeforeUnloadEvent) => {
      if (!registry.any) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [registry]);

  useEffect(() => {
    if (blocker.state === 'blocked' && !dialog.current?.open) dialog.current?.showModal();
    if (blocker.state !== 'blocked' && dialog.current?.open) dialog.current.close();
  }, [blocker.state]);

  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <Dialog
        ref={dialog}
        closedby="any"
        onClose={() => blocker.state === 'blocked' && blocker.reset()}
        aria-labelledby="unsaved-heading"
      >
        <Heading level={2} data-size="sm" id="unsaved-heading">
          Du har endringer som ikke er lagret
        </Heading>
        <Paragraph>Går du videre nå, forsvinner det du har skrevet. Vil du bli her og lagre først?</Paragraph>
        <div className="form-actions">
          <Button onClick={() => blocker.state === 'blocked' && blocker.reset()}>Bli her og behold endringene</Button>
          <Button
            variant="secondary"
            data-color="danger"
            onClick={() => {
              registry.clear();
              if (blocker.state === 'blocked') blocker.proceed();
            }}
          >
            Forkast endringene og gå videre
          </Button>
        </div>
      </Dialog>
    </UnsavedContext.Provider>
  );
}
