export { addDays, calendarDateIn, hasCalendarDateShape, isCalendarDate } from './calendar-date.ts';
export type { CalendarDate } from './calendar-date.ts';
export { formatDate } from './format-date.ts';
