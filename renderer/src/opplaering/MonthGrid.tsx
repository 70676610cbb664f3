import { useEffect } from 'react';
import { Link } from 'react-router';
import type { CalendarMonth } from '../../../core/trainings/contract';
import { formatTime } from './dateTime';

const dayName = new Intl.DateTimeFormat('nb-NO', { weekday: 'long', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const WEEKDAYS = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07'].map(
  (d) => dayName.format(new Date(`${d}T00:00:00Z`)),
);

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * A month as weeks from Monday. The arrow keys move between days (only the chosen day is a Tab stop); Enter on a
 * day plans a session that day; every session is its own link and a Tab stop.
 */
/** The day that is the grid's Tab stop; `move` when the keyboard chose it and focus should follow. */
export interface DayFocus {
  date: string;
  move: boolean;
}

export function MonthGrid({
  calendar,
  focus,
  onFocus,
  onMonth,
}: {
  calendar: CalendarMonth;
  focus: DayFocus | null;
  onFocus: (focus: DayFocus) => void;
  onMonth: (month: string) => void;
}) {
  const days = calendar.weeks.flatMap((w) => w.days.map((d) => d.date));
  const start = calendar.today.startsWith(calendar.month) ? calendar.today : `${calendar.month}-01`;
  const current = focus && days.includes(focus.date) ? focus.date : start;

  useEffect(() => {
    if (!focus?.move || focus.date !== current) return;
    document.querySelector<HTMLElement>(`[data-date="${current}"]`)?.focus();
    onFocus({ date: current, move: false });
  }, [focus, current, onFocus]);

  function onKeyDown(event: React.KeyboardEvent, date: string) {
    const weekday = (utc(date).getUTCDay() + 6) % 7;
    const target =
      event.key in STEPS
        ? addDays(date, STEPS[event.key]!)
        : event.key === 'Home'
          ? addDays(date, -weekday)
          : event.key === 'End'
            ? addDays(date, 6 - weekday)
            : null;
    if (!target) return;
    event.preventDefault();
    onFocus({ date: target, move: true });
    if (!days.includes(target)) onMonth(target.slice(0, 7));
  }

  return (
    <table className="month-calendar">
      <caption className="ds-sr-only">Opplæringer, uke for uke</caption>
      <thead>
        <tr>
          <th scope="col" className="week-number">
            Uke
          </th>
          {WEEKDAYS.map((name) => (
            <th key={name} scope="col">
              {name.charAt(0).toUpperCase() + name.slice(1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {calendar.weeks.map((week) => (
          <tr key={week.days[0]!.date}>
            <th scope="row" className="week-number">
              {week.week}
            </th>
            {week.days.map((day) => (
              <td
                key={day.date}
                className={[day.inMonth ? '' : 'outside', day.isToday ? 'today' : ''].join(' ').trim() || undefined}
              >
                <Link
                  to={`/opplaering/ny?dato=${day.date}`}
                  className="day-number"
                  data-date={day.date}
                  tabIndex={day.date === current ? 0 : -1}
                  aria-label={`${longDate.format(utc(day.date))}${day.isToday ? ' (i dag)' : ''}: planlegg opplæring`}
                  aria-current={day.isToday ? 'date' : undefined}
                  onFocus={() => current !== day.date && onFocus({ date: day.date, move: false })}
                  onKeyDown={(event) => onKeyDown(event, day.date)}
                >
                  {Number(day.date.slice(8))}
                </Link>
                {day.sessions.length > 0 ? (
                  <ul className="day-sessions">
                    {day.sessions.map((s) => (
                      <li key={s.id}>
                        <Link to={`/opplaering/${s.id}`} className={s.status}>
                          {formatTime(s.start)} {s.title}
                          {s.status === 'cancelled' ? ' (avlyst)' : ''}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
