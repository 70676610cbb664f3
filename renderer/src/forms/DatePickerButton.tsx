import { getLocalTimeZone, parseDate as toCalendarDate, today, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  DialogTrigger,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import { formatDate, parseDate } from '../format';
import './datePicker.css';

function calendarValue(text: string): CalendarDate | null {
  const iso = parseDate(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return toCalendarDate(iso);
  } catch {
    return null;
  }
}

/** The calendar beside a date field: a Norwegian month grid (Monday first), used with the arrow keys, Enter and Esc. */
export function DatePickerButton({
  label,
  value,
  onPick,
}: {
  label: string;
  value: string;
  onPick: (text: string) => void;
}) {
  const current = calendarValue(value);
  return (
    <I18nProvider locale="nb-NO">
      <DialogTrigger>
        <Button className="ds-button date-picker-trigger" data-variant="secondary">
          {/* Named by its content, not aria-label, so the field's label names only the field. */}
          <span className="visually-hidden">Velg dato i kalenderen: {label}</span>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="20"
            height="20"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
        </Button>
        <Popover placement="bottom end" className="date-picker-popover">
          <Dialog aria-label={`Kalender: ${label}`} className="date-picker-dialog">
            {({ close }) => (
              <Calendar
                aria-label={label}
                autoFocus
                value={current}
                defaultFocusedValue={current ?? today(getLocalTimeZone())}
                onChange={(date) => {
                  onPick(formatDate(date.toString()));
                  close();
                }}
              >
                <header className="date-picker-header">
                  <Button slot="previous" className="ds-button" data-variant="tertiary">
                    ‹
                  </Button>
                  <Heading className="date-picker-month" />
                  <Button slot="next" className="ds-button" data-variant="tertiary">
                    ›
                  </Button>
                </header>
                <CalendarGrid className="date-picker-grid">
                  {(date) => <CalendarCell date={date} className="date-picker-cell" />}
                </CalendarGrid>
              </Calendar>
            )}
          </Dialog>
        </Popover>
      </DialogTrigger>
    </I18nProvider>
  );
}
