import type { Appointment } from '../../../core/appointments/contract';
import type { StatusColor } from '../components/StatusTag';

export const ROLE_LABEL: Record<Appointment['role'], string> = {
  mainContact: 'Hovedkontakt',
  unitContact: 'AKAN-kontakt',
};

export const STATUS_LABEL: Record<Appointment['status'], [string, StatusColor]> = {
  active: ['I funksjon', 'success'],
  upcoming: ['Kommende', 'info'],
  ended: ['Avsluttet', 'neutral'],
};
