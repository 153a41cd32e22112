import type { CalendarDate } from '../dates/index.ts';

/** One version of a file in another system's history. */
export interface HistoryVersion {
  /** The calendar day it was made, in the time zone it was made in. */
  date: CalendarDate;
  /** Its text. */
  text: string;
  /** A one-line description (a commit subject), if any. */
  subject?: string;
  /**
   * What its author wrote about the change (a commit's message: subject, then body), if anything.
   * After groupByDay, the messages of every version of that day, in order.
   */
  messages?: string[];
}

/**
 * Turn a history, oldest first, into revisions: one per day (the last version of the day, with the
 * messages of all that day's versions), days on which the text ended as it was skipped. Versions of
 * one day keep their order.
 */
export function groupByDay<T extends HistoryVersion>(versions: readonly T[]): T[] {
  const lastOfDay = new Map<CalendarDate, T>();
  for (const version of versions) {
    const earlier = lastOfDay.get(version.date)?.messages ?? [];
    const messages = [...earlier, ...(version.messages ?? [])];
    lastOfDay.set(version.date, messages.length > 0 ? { ...version, messages } : version);
  }
  const days = [...lastOfDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const revisions: T[] = [];
  for (const version of days) {
    if (revisions.at(-1)?.text.replace(/\r\n?/g, '\n') === version.text.replace(/\r\n?/g, '\n')) continue;
    revisions.push(version);
  }
  return revisions;
}
