import type { CalendarDate } from '../dates/index.ts';
import type { DatedRevision, RevisionStatus, TimelineEntry } from '../policies/build-timeline.ts';
import type { TranslationState } from './translation-state.ts';

/** A translation as the lag logic needs it: the date of the revision it translates, and whether it is current. */
export interface DatedTranslation {
  /** The effective date of the source revision it translates. */
  effective: CalendarDate;
  /** Whether it translates its source as it stands, or as it was before a correction. */
  state: TranslationState;
}

/** A source revision without a current translation. */
export interface UntranslatedRevision<R extends DatedRevision, T extends DatedTranslation> {
  /** The source revision, as the timeline holds it. */
  revision: R;
  /** Its effective date: the day since which readers of the language lack it (for an upcoming one, the day it will). */
  effective: CalendarDate;
  /** The day it was announced, when it was before it took effect. */
  published?: CalendarDate | undefined;
  /** Where it stands on the day the lag is computed for. */
  status: RevisionStatus;
  /** For a superseded revision, its last day in force. */
  until?: CalendarDate | undefined;
  /** Its translation, when it has one that is out of date (translated before a correction of the source). */
  outdated?: T;
}

/** How far one language's translations of a policy lag behind its source revisions. */
export interface LanguageLag<R extends DatedRevision, T extends DatedTranslation> {
  /**
   * The translation the language's policy page shows: the translation of the revision in force if
   * there is one, else the latest translation of a revision effective on or before the day; none
   * when no revision that has taken effect is translated.
   */
  shown?: T;
  /** The translation of the revision in force, current or outdated, if there is one. */
  inForce?: T;
  /** Whether the revision in force lacks a current translation: the language's readers are not shown what is in force. */
  lagging: boolean;
  /** Every visible source revision without a current translation, oldest first. */
  untranslated: UntranslatedRevision<R, T>[];
}

/**
 * Compute one language's lag for a policy on the day `asOf`: which translation its page shows, whether
 * the revision in force has a current translation, and which visible revisions (in force, superseded
 * or upcoming) have none. `entries` are the policy's timeline entries as of `asOf` (buildTimeline:
 * visible revisions only); `translations` the language's translations of the policy. A translation of
 * a revision the timeline does not show (a draft) is left out: it must not reveal the draft.
 */
export function languageLag<R extends DatedRevision, T extends DatedTranslation>(
  entries: readonly TimelineEntry<R>[],
  translations: readonly T[],
  asOf: CalendarDate,
): LanguageLag<R, T> {
  const byDate = new Map(translations.map((translation) => [translation.effective, translation]));
  const visible = entries.filter((entry) => byDate.has(entry.revision.effective)).map((entry) => byDate.get(entry.revision.effective) as T);
  const inForceEntry = entries.find((entry) => entry.status === 'in-force');
  const inForce = inForceEntry ? byDate.get(inForceEntry.revision.effective) : undefined;
  const shown =
    inForce ??
    visible
      .filter((translation) => translation.effective <= asOf)
      .reduce<T | undefined>(
        (latest, translation) => (latest && latest.effective > translation.effective ? latest : translation),
        undefined,
      );
  const untranslated: UntranslatedRevision<R, T>[] = [];
  for (const entry of [...entries].sort((a, b) => (a.revision.effective < b.revision.effective ? -1 : 1))) {
    const translation = byDate.get(entry.revision.effective);
    if (translation?.state === 'current') continue;
    const item: UntranslatedRevision<R, T> = { revision: entry.revision, effective: entry.revision.effective, status: entry.status };
    if (entry.revision.published !== undefined) item.published = entry.revision.published;
    if (entry.until !== undefined) item.until = entry.until;
    if (translation) item.outdated = translation;
    untranslated.push(item);
  }
  const lag: LanguageLag<R, T> = { lagging: inForceEntry !== undefined && inForce?.state !== 'current', untranslated };
  if (shown) lag.shown = shown;
  if (inForce) lag.inForce = inForce;
  return lag;
}
