import { Alert } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { focusSoon } from './focus';

/** «… er lagret.»: takes the keyboard focus when it appears, so the user hears it and goes on from there. */
export function Confirmation({
  children,
  color = 'success',
}: {
  children: ReactNode;
  color?: 'success' | 'warning' | 'info';
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => focusSoon(() => ref.current), []);
  return (
    <Alert data-color={color} role="status" ref={ref} tabIndex={-1} className="confirmation">
      {children}
    </Alert>
  );
}
