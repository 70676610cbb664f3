import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { routeOf } from '../screens';
import type { Reminder } from '../../../core/reminders/types';
import { daysText, formatDate } from '../format';

const SEVERITY_COLOR = { danger: 'danger', warning: 'warning', info: 'info' } as const;

/** Each reminder: what is wrong, by when, and the link that does something about it. */
export function ReminderList({ reminders }: { reminders: Reminder[] }) {
  if (reminders.length === 0) {
    return <Alert data-color="success">Ingenting haster. Alle frister er under kontroll.</Alert>;
  }
  return (
    <ul className="reminder-list" aria-label="Påminnelser">
      {reminders.map((r) => (
        <li key={`${r.kind}-${r.dueDate}-${r.message}`}>
          <Alert data-color={SEVERITY_COLOR[r.severity]}>
            <Heading level={3} data-size="xs">
              {r.title}
            </Heading>
            <Paragraph>{r.message}</Paragraph>
            <div className="reminder-meta">
              <span>
                Frist: <strong>{formatDate(r.dueDate)}</strong> ({daysText(r.daysLeft)})
              </span>
              <Link to={routeOf(r.action.screen)}>{r.action.label}</Link>
            </div>
          </Alert>
        </li>
      ))}
    </ul>
  );
}
