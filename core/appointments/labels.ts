import type { AppointmentRole } from './contract';

/** The roles as the users name them. Pure data, shared by services and renderer. */
export const ROLE_LABELS: Record<AppointmentRole, string> = {
  mainContact: 'Hovedkontakt',
  unitContact: 'AKAN-kontakt',
};
