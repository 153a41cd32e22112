import { alternateLinks, languageLinks, uiStrings } from '../lib/i18n/index.ts';
import { historyUrl, policyUrl, revisionUrl } from '../lib/policies/index.ts';
import { languageUrl } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import { policyCards, type PolicyCard } from './policy-cards.ts';
import { sitePath } from './site-url.ts';
import { governingStatement } from './translated-head.ts';
import { loadTranslatedPolicies, summaryOf, translatedEntryOf } from './translated-policies.ts';
import { siteLanguages } from './translations.ts';

/** The route data of the list of policies (HomePage): the site's home page, or a translation language's (`/<lang>/`). */
export interface HomePageData {
  /** The layout's title, description, language and other languages. */
  head: PageHead;
  /** The page's language (BCP 47). */
  lang: string;
  /** The policies, in the index's order: in a translation language, those translated into it. */
  cards: PolicyCard[];
}

/** The home page in each language of the site (`/`, `/de/`, …), for its hreflang links and language switcher. */
async function homeVersions(current: string): Promise<Pick<PageHead, 'alternates' | 'languages'>> {
  const languages = await siteLanguages();
  if (languages.length === 0) return {};
  const pages = [siteConfig.lang, ...languages].map((lang) => ({
    lang,
    href: sitePath(lang === siteConfig.lang ? '/' : languageUrl(lang, '/')),
  }));
  return { alternates: alternateLinks(pages, siteConfig.lang), languages: languageLinks(pages, current) };
}

/** Return the route data of the site's home page (`/`): every policy in the source language. */
export async function homeRouteData(): Promise<HomePageData> {
  const lang = siteConfig.lang;
  const ui = uiStrings(lang).home;
  return {
    head: { lang, title: ui.title, description: ui.description(siteConfig.owner), ...(await homeVersions(lang)) },
    lang,
    cards: await policyCards(),
  };
}

/** List the static paths of each translation language's home page (`/<lang>/`). */
export async function languageHomePaths(): Promise<{ params: { lang: string } }[]> {
  return (await siteLanguages()).map((lang) => ({ params: { lang } }));
}

/**
 * Return the route data of a translation language's home page (`/<lang>/`): the policies translated
 * into it, each with its title in the language, its version in force and whether that version is
 * translated; what the language does not have is in the source language, marked as such.
 */
export async function languageHomeRouteData(lang: string): Promise<HomePageData> {
  const ui = uiStrings(lang).home;
  const views = (await loadTranslatedPolicies()).filter((view) => view.lang === lang);
  const cards = views.map((view): PolicyCard => {
    const { policy, title, titleTranslated, lag } = view;
    const slug = policy.slug;
    const current = policy.timeline.inForce?.revision;
    const currentTranslated = lag.inForce;
    const upcoming = policy.timeline.upcoming[0]?.revision;
    const upcomingTranslated = upcoming && translatedEntryOf(view, upcoming.effective);
    return {
      title,
      titleLang: titleTranslated ? undefined : siteConfig.lang,
      description: policy.meta.description,
      descriptionLang: siteConfig.lang,
      url: sitePath(languageUrl(lang, policyUrl(slug))),
      historyUrl: sitePath(languageUrl(lang, historyUrl(slug))),
      current: current && {
        effective: current.effective,
        change: current.change,
        ...summaryOf(current, currentTranslated),
        untranslated: !currentTranslated,
        outdated: currentTranslated?.state === 'outdated',
      },
      upcoming: upcoming && {
        effective: upcoming.effective,
        url: sitePath(
          upcomingTranslated ? languageUrl(lang, revisionUrl(slug, upcoming.effective)) : revisionUrl(slug, upcoming.effective),
        ),
        urlLang: upcomingTranslated ? undefined : siteConfig.lang,
      },
    };
  });
  return {
    head: {
      lang,
      title: ui.title,
      description: ui.description(siteConfig.owner),
      home: languageUrl(lang, '/'),
      governing: governingStatement(lang),
      ...(await homeVersions(lang)),
    },
    lang,
    cards,
  };
}
