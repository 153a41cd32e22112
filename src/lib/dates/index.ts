export { addDays, calendarDateIn, dayNumber, hasCalendarDateShape, isCalendarDate } from './calendar-date.ts';
export type { CalendarDate } from './calendar-date.ts';
export { formatDate, formatDateIn } from './format-date.ts';
