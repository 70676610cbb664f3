export { buildCalendar, DEFAULT_PRODUCT_ID } from './ics';
export type { CalendarEvent, CalendarOptions } from './ics';
