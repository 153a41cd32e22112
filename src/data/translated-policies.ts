import type { TimelineEntry } from '../lib/policies/index.ts';
import { languageLag, type LanguageLag } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';
import { policyLanguages, type SiteTranslation } from './translations.ts';

/**
 * One translated revision on a language's pages: the source revision's timeline entry (its status and
 * dates hold for the translation too: a translation is in force only as its source is), the
 * translation, and the translation as a revision — the source's front matter with the translation's
 * summary and source file — so that its HTML, hash and redlines are computed as a revision's are.
 */
export interface TranslatedEntry {
  /** The source revision's entry on the policy's timeline. */
  source: TimelineEntry<SiteRevision>;
  /** The translation. */
  translation: SiteTranslation;
  /** The translation read as a revision: its text, hash and redlines are the translation's. */
  revision: SiteRevision;
}

/** A policy in one of its translation languages, as the pages under `/<lang>/<policy>/` show it. */
export interface TranslatedPolicy {
  /** The policy in its source language. */
  policy: SitePolicy;
  /** The language, a BCP 47 tag. */
  lang: string;
  /** The policy's title: the newest translation's that gives one, else the source title (`titleTranslated` false). */
  title: string;
  titleTranslated: boolean;
  /** The translated revisions the site shows, oldest first. */
  entries: TranslatedEntry[];
  /** How far the language lags behind the source: which translation its policy page shows, and what is untranslated. */
  lag: LanguageLag<SiteRevision, SiteTranslation>;
}

let cached: Promise<TranslatedPolicy[]> | undefined;

/** Load every policy in every language it is translated into, once per build: policies in index order, languages in the site's order. */
export function loadTranslatedPolicies(): Promise<TranslatedPolicy[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<TranslatedPolicy[]> {
  const policies = await loadPolicies();
  const views: TranslatedPolicy[] = [];
  for (const policy of policies) {
    for (const { lang, translations } of await policyLanguages(policy)) {
      views.push(translatedPolicy(policy, lang, translations));
    }
  }
  return views;
}

function translatedPolicy(policy: SitePolicy, lang: string, translations: readonly SiteTranslation[]): TranslatedPolicy {
  const entries = policy.timeline.entries.flatMap((source): TranslatedEntry[] => {
    const translation = translations.find((t) => t.effective === source.revision.effective);
    if (!translation) return [];
    const revision: SiteRevision = { ...source.revision, entry: translation.entry };
    const { summary } = summaryOf(source.revision, translation);
    if (summary !== undefined) revision.summary = summary;
    return [{ source, translation, revision }];
  });
  const titled = translations.findLast((t) => t.title !== undefined);
  return {
    policy,
    lang,
    title: titled?.title ?? policy.meta.title,
    titleTranslated: titled !== undefined,
    entries,
    lag: languageLag(policy.timeline.entries, translations, policy.timeline.asOf),
  };
}

/** Return the translated entry of a source revision in a translated policy, if that revision is translated. */
export function translatedEntryOf(view: TranslatedPolicy, effective: string): TranslatedEntry | undefined {
  return view.entries.find((entry) => entry.source.revision.effective === effective);
}

/**
 * Return the translation a language's policy page (`/<lang>/<policy>/`) shows: the one of the version
 * in force, else the latest of a version that has taken effect, else — when only versions still to
 * come are translated — the first of those (the page then says the version in force is not translated).
 */
export function policyPageEntry(view: TranslatedPolicy): TranslatedEntry | undefined {
  const shown = view.lag.shown;
  return (shown && translatedEntryOf(view, shown.effective)) ?? view.entries[0];
}

/** A version's summary as the pages of a language show it, and its language when it is not theirs. */
export interface ShownSummary {
  summary?: string | undefined;
  summaryLang?: string | undefined;
}

/**
 * Return a version's summary on a language's pages: its translation's when that gives one, else the
 * source's, in the source language — and none for the policy's first version, which has no change
 * to sum up in any language (loadPolicies drops its summary; a translation's is dropped the same).
 */
export function summaryOf(source: SiteRevision, translation?: SiteTranslation): ShownSummary {
  if (source.summary === undefined) return {};
  return translation?.summary !== undefined ? { summary: translation.summary } : { summary: source.summary, summaryLang: siteConfig.lang };
}

/** Return a source version's summary on the pages of a translated policy (see summaryOf). */
export function translatedSummary(view: TranslatedPolicy, source: SiteRevision): ShownSummary {
  return summaryOf(source, translatedEntryOf(view, source.effective)?.translation);
}
