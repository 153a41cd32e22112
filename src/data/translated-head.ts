import { languageName, uiStrings } from '../lib/i18n/index.ts';
import { languageUrl } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import type { PageHead } from './page-head.ts';
import { translatedFeedLinks } from './translated-feeds.ts';
import type { TranslatedPolicy } from './translated-policies.ts';

/** Return the statement of which language governs, as the site's config gives it for `lang` or the interface says by default. */
export function governingStatement(lang: string): string {
  return (
    siteConfig.translations.governingStatement[lang] ?? uiStrings(lang).translation.governingStatement(languageName(siteConfig.lang, lang))
  );
}

/**
 * Return what every page of a policy in a translation language has in its head: its language, the
 * policy, the language's feeds and list of policies, and the statement of which language governs.
 */
export function translatedHead(view: TranslatedPolicy): Pick<PageHead, 'lang' | 'policy' | 'policyFeeds' | 'home' | 'governing'> {
  return {
    lang: view.lang,
    policy: { slug: view.policy.slug, title: view.policy.meta.title },
    policyFeeds: translatedFeedLinks(view),
    home: languageUrl(view.lang, '/'),
    governing: governingStatement(view.lang),
  };
}
