import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { mayCall, requiredRole } from '../../../core/access';
import type { Contract, Method } from '../../../core/contract';
import { fetchSignedIn, servedByServer, type SignedInPerson } from './serverSession';

interface Access {
  /** The page comes from the shared server, where what a person may do depends on their role. */
  shared: boolean;
  /** Who is signed in there; null until known (and always in the desktop app and the preview). */
  person: SignedInPerson | null;
}

const AccessContext = createContext<Access>({ shared: false, person: null });

/** Asks the shared server once who is signed in; elsewhere everyone may do everything. */
export function AccessProvider({ children }: { children: ReactNode }) {
  const [access, setAccess] = useState<Access>(() => ({ shared: servedByServer(), person: null }));
  useEffect(() => {
    if (access.shared) void fetchSignedIn().then((person) => setAccess({ shared: true, person }));
  }, [access.shared]);
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

export function useSignedIn(): SignedInPerson | null {
  return useContext(AccessContext).person;
}

/**
 * Whether the screen may offer `method`: always outside the shared server; there, by the same rule the server
 * enforces, and not before the person's role is known. `kind` is the method's, checked against the contract.
 */
export function useMay<M extends Method>(method: M, kind: Contract[M]['kind']): boolean {
  const { shared, person } = useContext(AccessContext);
  if (!shared) return true;
  return person !== null && mayCall(person.role, requiredRole(method, undefined, kind));
}
