import { Alert } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useSignedIn } from '../api/access';
import { PageHeader } from './PageHeader';

/**
 * What only an administrator may do: `children` when `may`, otherwise (a member on the shared server) a note on whom
 * to ask; with `title`, as a screen of its own.
 */
export function AdminOnly({
  may,
  what,
  title,
  children,
}: {
  may: boolean;
  /** What the administrator does, e.g. «endre innstillingene». */
  what: string;
  title?: string;
  children?: ReactNode;
}) {
  const person = useSignedIn();
  if (may) return <>{children}</>;
  const note = (
    <Alert data-color="info" className="admin-only">
      Bare en administrator kan {what}.{person ? ` Spør ${person.contact}.` : ''}
    </Alert>
  );
  if (!title) return note;
  return (
    <>
      <PageHeader title={title} />
      {note}
    </>
  );
}
