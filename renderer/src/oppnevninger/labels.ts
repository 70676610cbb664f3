import type { Appointment } from '../../../core/appointments/contract';
import type { StatusColor } from '../components/StatusTag';

export { ROLE_LABELS as ROLE_LABEL } from '../../../core/appointments/labels';

export const STATUS_LABEL: Record<Appointment['status'], [string, StatusColor]> = {
  active: ['I funksjon', 'success'],
  upcoming: ['Kommende', 'info'],
  ended: ['Avsluttet', 'neutral'],
};
