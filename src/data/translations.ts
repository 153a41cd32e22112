import { getCollection, type CollectionEntry } from 'astro:content';
import type { CalendarDate } from '../lib/dates/index.ts';
import { orderLanguages, translationState, type TranslationState } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';
import { sourceHtml } from './revision-html.ts';
import { entrySha256, entrySource, revisionSha256 } from './sources.ts';

/** One translation as pages use it: the revision it translates, its texts and whether it is of that revision as it stands. */
export interface SiteTranslation {
  /** The policy's folder name. */
  policy: string;
  /** The language, a BCP 47 tag as its folder names it (`de`, `pt-BR`). */
  lang: string;
  /** The source revision's effective date, which names the translation's file. */
  effective: CalendarDate;
  /** The revision it translates. */
  source: SiteRevision;
  /** The SHA-256 of the source it translates, as its front matter gives it. */
  translationOf: string;
  /** The SHA-256 of the translation's own source file (line endings as LF). */
  sha256: string;
  /** `current` when it translates its source as it stands; `outdated` when it translates the text before a correction. */
  state: TranslationState;
  /** The policy's title in the language, when the translation gives it. */
  title?: string;
  /** The revision's summary in the language, when the translation gives it. */
  summary?: string;
  /** Translated texts of the source's declaration categories, in the order the translation gives them. */
  categories: { id: string; name?: string; description?: string }[];
  /** The content entry: its id (`<policy>/<lang>/<YYYY-MM-DD>`) and the path of its source file. */
  entry: CollectionEntry<'translations'>;
}

/** A policy's translations into one language. */
export interface PolicyLanguage {
  /** The language, a BCP 47 tag. */
  lang: string;
  /** Its translations of the policy's visible revisions, oldest first. */
  translations: SiteTranslation[];
}

let cached: Promise<SiteTranslation[]> | undefined;

/**
 * Load every translation of a revision the site shows, once per build. A translation of a revision
 * the site does not show (not yet announced) is left out: it must not reveal the revision.
 */
function loadTranslations(): Promise<SiteTranslation[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteTranslation[]> {
  const [policies, entries] = await Promise.all([loadPolicies(), getCollection('translations')]);
  const translations: SiteTranslation[] = [];
  for (const entry of entries) {
    const [policy = '', lang = '', effective = ''] = entry.id.split('/');
    const source = policies.find((p) => p.slug === policy)?.timeline.entries.find((e) => e.revision.effective === effective)?.revision;
    if (!source) continue;
    const { translationOf, title, summary, declaration } = entry.data;
    const previousSha256 = (source.errata ?? []).map((erratum) => erratum.previousSha256);
    const translation: SiteTranslation = {
      policy,
      lang,
      effective,
      source,
      translationOf,
      sha256: entrySha256(entry),
      state: translationState({ sha256: revisionSha256(source), previousSha256 }, translationOf),
      categories: (declaration?.categories ?? []).map(({ id, name, description }) => ({
        id,
        ...(name === undefined ? {} : { name }),
        ...(description === undefined ? {} : { description }),
      })),
      entry,
    };
    if (title !== undefined) translation.title = title;
    if (summary !== undefined) translation.summary = summary;
    translations.push(translation);
  }
  return translations.sort((a, b) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
}

/**
 * Return a policy's languages — those its visible revisions are translated into — in the site's
 * order (`translations.order` in src/site.config.ts first, then by tag), each with its translations,
 * oldest first.
 */
export async function policyLanguages(policy: SitePolicy): Promise<PolicyLanguage[]> {
  const translations = (await loadTranslations()).filter((translation) => translation.policy === policy.slug);
  const languages = orderLanguages(
    translations.map((translation) => translation.lang),
    siteConfig.translations.order,
  );
  return languages.map((lang) => ({
    lang,
    translations: translations.filter((translation) => translation.lang === lang).sort((a, b) => (a.effective < b.effective ? -1 : 1)),
  }));
}

/** Return every language the site's policies are translated into (the source language aside), in the site's order. */
export async function siteLanguages(): Promise<string[]> {
  const translations = await loadTranslations();
  return orderLanguages(
    translations.map((translation) => translation.lang),
    siteConfig.translations.order,
  );
}

/** Return a translation's text as the safe HTML its pages show, rendered as a revision's is (revisionHtml). */
export function translationHtml(translation: SiteTranslation): string {
  return sourceHtml(translation.entry);
}

/** Return a translation's source as published (`/sources/<sha256>.mdx`): its file, line endings LF. */
export function translationSource(translation: SiteTranslation): string {
  return entrySource(translation.entry);
}

/** Return every translation of a revision the site shows, by policy, language and date. */
export function siteTranslations(): Promise<SiteTranslation[]> {
  return loadTranslations();
}
