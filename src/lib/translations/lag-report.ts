import { dayNumber, type CalendarDate } from '../dates/index.ts';
import { revisionStates } from '../integrity/locked-revisions.ts';
import { buildTimeline, type RevisionStatus } from '../policies/build-timeline.ts';
import type { PolicyFile } from '../policies/policy-file.ts';
import { splitFrontMatter } from '../policies/split-front-matter.ts';
import { count } from '../text/count.ts';
import { describeLanguage, languageFolderTag, orderLanguages } from './languages.ts';
import { languageLag } from './language-lag.ts';
import { translationSchema } from './schema.ts';
import { translationState, type TranslationState } from './translation-state.ts';

/** One source revision in a language's report: where it stands and whether it is translated. */
export interface ReportedRevision {
  /** Its effective date. */
  effective: CalendarDate;
  /** Where it stands on the report's day; `draft` when it is not announced yet (the site does not show it). */
  status: RevisionStatus | 'draft';
  /** The day it was announced, when before it took effect; else null. */
  published: CalendarDate | null;
  /** For a superseded revision, its last day in force; else null. */
  until: CalendarDate | null;
  /** `current`, `outdated` (translated before a correction of the source) or `none`. */
  translation: TranslationState | 'none';
  /** For an outdated translation, the date of the erratum that corrected the source after it was translated; else null. */
  outdatedSince: CalendarDate | null;
}

/** One policy's translations into one language, as of a day. */
export interface LanguageReport {
  /** The language, a BCP 47 tag. */
  lang: string;
  /** The revision in force; null before the first takes effect. */
  inForce: CalendarDate | null;
  /** Whether the revision in force lacks a current translation. */
  lagging: boolean;
  /** Every revision of the policy, drafts included, newest first. */
  revisions: ReportedRevision[];
}

/** How far every language's translations lag behind the source revisions, policy by policy. */
export interface TranslationReport {
  /** The day the statuses hold for. */
  asOf: CalendarDate;
  /** Every language with translations on the site, in the site's order. */
  languages: string[];
  /** Each policy (by folder name) with a report per language, in the site's order of languages. */
  policies: { policy: string; languages: LanguageReport[] }[];
}

/**
 * Report, for every policy and every language the policies folder's translations use, which
 * revisions are translated, which translations are out of date (made before a correction of their
 * source), and which revisions have none — in force, superseded, upcoming, or drafts not announced
 * yet — as of `asOf`. `files` are a policies folder's files (checked: a translation's hash is one its
 * source has had); `order` the languages listed first (src/site.config.ts "translations.order").
 */
export function translationReport(files: readonly PolicyFile[], asOf: CalendarDate, order: readonly string[] = []): TranslationReport {
  const revisions = revisionStates(files);
  const translations = files.flatMap((file) => {
    const [policy = '', lang = '', name = '', ...deeper] = file.path.split('/');
    // Only translations the checks accept are reported: a language folder named as BCP 47 writes it.
    if (deeper.length > 0 || !/^\d{4}-\d{2}-\d{2}\.mdx$/.test(name) || languageFolderTag(lang) !== lang) return [];
    const split = splitFrontMatter(file.text);
    const data = 'reason' in split ? undefined : translationSchema.safeParse(split.data).data;
    return data ? [{ policy, lang, effective: name.slice(0, 10), translationOf: data.translationOf }] : [];
  });
  const languages = orderLanguages(
    translations.map((translation) => translation.lang),
    order,
  );
  const policies = [...new Set(revisions.map((revision) => revision.key.slice(0, revision.key.indexOf('/'))))].sort();
  return {
    asOf,
    languages,
    policies: policies.map((policy) => {
      const sources = revisions.filter((revision) => revision.key.startsWith(`${policy}/`));
      const timeline = buildTimeline(sources, asOf);
      return {
        policy,
        languages: languages.map((lang): LanguageReport => {
          const own = translations.flatMap((translation) => {
            const source = sources.find((revision) => revision.effective === translation.effective);
            if (translation.policy !== policy || translation.lang !== lang || !source) return [];
            // Out of date since the correction whose previous hash is the one it translates.
            const erratum = source.errata.find((item) => item.previousSha256 === translation.translationOf);
            // A hash the source never had is the checks' to refuse (the report leaves such a file out).
            if (translation.translationOf !== source.sha256 && !erratum) return [];
            const previousSha256 = source.errata.map((item) => item.previousSha256);
            return [
              {
                effective: translation.effective,
                state: translationState({ sha256: source.sha256, previousSha256 }, translation.translationOf),
                outdatedSince: translation.translationOf === source.sha256 ? null : (erratum?.date ?? null),
              },
            ];
          });
          const lag = languageLag(timeline.entries, own, asOf);
          const reported: ReportedRevision[] = timeline.entries.map((entry) => {
            const missing = lag.untranslated.find((item) => item.revision === entry.revision);
            return {
              effective: entry.revision.effective,
              status: entry.status,
              published: entry.revision.published ?? null,
              until: entry.until ?? null,
              translation: missing ? (missing.outdated ? 'outdated' : 'none') : 'current',
              outdatedSince: missing?.outdated?.outdatedSince ?? null,
            };
          });
          // Drafts are not on the site, but their effective dates are deadlines for the translators.
          for (const draft of timeline.hidden) {
            const translation = own.find((item) => item.effective === draft.effective);
            reported.push({
              effective: draft.effective,
              status: 'draft',
              published: draft.published ?? null,
              until: null,
              translation: translation?.state ?? 'none',
              outdatedSince: translation?.outdatedSince ?? null,
            });
          }
          return {
            lang,
            inForce: timeline.inForce?.revision.effective ?? null,
            lagging: lag.lagging,
            revisions: reported.sort((a, b) => (a.effective < b.effective ? 1 : -1)),
          };
        }),
      };
    }),
  };
}

const STATUS_WORDS: Record<ReportedRevision['status'], string> = {
  'in-force': 'in force',
  superseded: 'superseded',
  upcoming: 'upcoming',
  draft: 'draft',
};

/**
 * Write a translation report as lines for a terminal: per policy and language a summary — how many
 * revisions are translated, whether the version in force lacks an up-to-date translation and since
 * when, and which revisions still to take effect have none — then each revision, newest first.
 */
export function formatTranslationReport(report: TranslationReport): string[] {
  if (report.languages.length === 0) {
    return [
      `No translations as of ${report.asOf}: a translation of a revision goes in policies/<policy>/<lang>/<YYYY-MM-DD>.mdx (README, "Translations").`,
    ];
  }
  const lines = [`Translations as of ${report.asOf}:`];
  const days = (from: CalendarDate, to: CalendarDate): string => count(dayNumber(to) - dayNumber(from), 'day');
  for (const { policy, languages } of report.policies) {
    for (const language of languages) {
      const visible = language.revisions.filter((revision) => revision.status !== 'draft');
      const translated = visible.filter((revision) => revision.translation !== 'none').length;
      const outdated = visible.filter((revision) => revision.translation === 'outdated').length;
      lines.push(
        '',
        `${policy}, ${describeLanguage(language.lang, false)}: ${translated} of ${count(visible.length, 'revision')} translated${outdated > 0 ? ` (${outdated} out of date)` : ''}` +
          `${behind(language, report.asOf, days)}${next(language, report.asOf, days)}`,
      );
      for (const revision of language.revisions)
        lines.push(`  ${revision.effective}  ${STATUS_WORDS[revision.status].padEnd(10)}  ${describe(revision, report.asOf, days)}`);
    }
  }
  return lines;
}

type Days = (from: CalendarDate, to: CalendarDate) => string;

// The version in force, when its readers lack an up-to-date translation: since when.
function behind(language: LanguageReport, asOf: CalendarDate, days: Days): string {
  const inForce = language.revisions.find((revision) => revision.status === 'in-force');
  if (!language.lagging || !inForce) return '';
  if (inForce.translation === 'outdated') {
    return `; behind: the translation of the version in force (${inForce.effective}) is out of date${since(inForce, asOf, days)}`;
  }
  return `; behind: the version in force (${inForce.effective}) has no translation, for ${days(inForce.effective, asOf)}`;
}

// The revisions still to take effect, announced or not, without an up-to-date translation: the deadlines.
function next(language: LanguageReport, asOf: CalendarDate, days: Days): string {
  const ahead = language.revisions
    .filter((revision) => (revision.status === 'upcoming' || revision.status === 'draft') && revision.translation !== 'current')
    .sort((a, b) => (a.effective < b.effective ? -1 : 1));
  if (ahead.length === 0) return '';
  const items = ahead.map((revision, index) => {
    const draft = revision.status === 'draft' ? ' (a draft, not announced yet)' : '';
    const when = index === 0 ? `takes effect in ${days(asOf, revision.effective)}` : `in ${days(asOf, revision.effective)}`;
    const state = revision.translation === 'outdated' ? 'its translation out of date' : 'untranslated';
    return `${revision.effective}${draft} ${when}, ${state}`;
  });
  return `; next: ${items.join('; then ')}`;
}

// Since when an out-of-date translation has been: the day of the correction of its source.
function since(revision: ReportedRevision, asOf: CalendarDate, days: Days): string {
  return revision.outdatedSince === null ? '' : ` since ${revision.outdatedSince} (${days(revision.outdatedSince, asOf)})`;
}

function describe(revision: ReportedRevision, asOf: CalendarDate, days: Days): string {
  const state =
    revision.translation === 'current'
      ? 'translated'
      : revision.translation === 'outdated'
        ? revision.outdatedSince === null
          ? 'out of date: translated before a correction of the source'
          : `out of date since the correction of the source on ${revision.outdatedSince} (${days(revision.outdatedSince, asOf)})`
        : 'not translated';
  if (revision.translation === 'current' && revision.status !== 'draft') return state;
  switch (revision.status) {
    case 'in-force':
      return `${state} — in force since ${revision.effective} (${days(revision.effective, asOf)})`;
    case 'superseded':
      return `${state} — was in force ${revision.effective} to ${revision.until ?? revision.effective}`;
    case 'upcoming':
      return `${state} — takes effect in ${days(asOf, revision.effective)}, announced ${revision.published ?? revision.effective}`;
    case 'draft':
      return `${state} — not announced yet; takes effect in ${days(asOf, revision.effective)}`;
  }
}
