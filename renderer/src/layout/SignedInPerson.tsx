import { Button } from '@digdir/designsystemet-react';
import { useSignedIn } from '../api/access';
import { type SignedInPerson as Person, signOut } from '../api/serverSession';

const ROLE_LABELS: Record<Person['role'], string> = { member: 'medlem', admin: 'administrator' };

/** On the shared server: who is signed in, and «Logg ut». Shows nothing in the desktop app. */
export function SignedInPerson() {
  const person = useSignedIn();
  if (!person) return null;
  return (
    <div className="app-person">
      <span className="app-person-name">{person.name}</span>
      <span className="app-person-role">{ROLE_LABELS[person.role]}</span>
      <Button variant="secondary" data-size="sm" onClick={() => void signOut(person.csrf)}>
        Logg ut
      </Button>
    </div>
  );
}
