import type {
  Appointment,
  AppointmentList,
  AppointmentRole,
  AppointmentView,
} from '../../../core/appointments/contract';
import { formatNumber } from '../format';
import type { StatusColor } from '../components/StatusTag';

export { ROLE_LABELS as ROLE_LABEL } from '../../../core/appointments/labels';

export const STATUS_LABEL: Record<Appointment['status'], [string, StatusColor]> = {
  active: ['I funksjon', 'success'],
  upcoming: ['Kommende', 'info'],
  ended: ['Avsluttet', 'neutral'],
};

/** `vis` in the address: no `vis` is the default, the current appointments. */
export const VIEW_PARAM: Record<Exclude<AppointmentView, 'current'>, string> = { ended: 'avsluttede', all: 'alle' };

export const VIEW_OPTIONS = [
  { value: VIEW_PARAM.ended, label: 'Avsluttede' },
  { value: VIEW_PARAM.all, label: 'Alle' },
];

const CAPTION: Record<AppointmentRole, Record<AppointmentView, string>> = {
  mainContact: {
    current: 'Hovedkontakter i funksjon og kommende',
    ended: 'Avsluttede hovedkontakter, sist avsluttet først',
    all: 'Alle hovedkontakter',
  },
  unitContact: {
    current: 'AKAN-kontakter i funksjon og kommende, den som går ut først øverst',
    ended: 'Avsluttede AKAN-kontakter, sist avsluttet først',
    all: 'Alle AKAN-kontakter',
  },
};

export function appointmentCaption(role: AppointmentRole, list: AppointmentList): string {
  const caption = CAPTION[role][list.show];
  if (list.pageCount === 1) return caption;
  return `${caption}: side ${list.page} av ${list.pageCount} (${formatNumber(list.total)} i alt)`;
}
