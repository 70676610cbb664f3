import { Button } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';

/**
 * A button whose action takes a moment. While busy it ignores presses but keeps the keyboard focus: a disabled
 * button would drop the focus to the page body, and the user would start again from the top.
 */
export function PendingButton({ pending, onClick, ...rest }: ComponentProps<typeof Button> & { pending: boolean }) {
  return (
    <Button
      {...rest}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
