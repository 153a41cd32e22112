import type { Declaration } from '../lib/declaration/index.ts';
import { uiStrings } from '../lib/i18n/index.ts';
import { compareUrl, historyUrl, revisionsBetween, revisionUrl, type CompareView } from '../lib/policies/index.ts';
import { languageUrl } from '../lib/translations/index.ts';
import { siteConfig } from '../site.config.ts';
import { compareRouteData, type ComparePageData, type RevisionBetween } from './compare-page.ts';
import { languageVersions } from './language-versions.ts';
import { printStyle } from './print-style.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { translatedHead } from './translated-head.ts';
import { translatedEntryOf, translatedSummary, type TranslatedEntry, type TranslatedPolicy } from './translated-policies.ts';

/**
 * Return the route data of the compare page of two translated revisions in their language
 * (`/<lang>/<policy>/compare/<a>...<b>/`): the redline between the two translations' texts, with the
 * page's text, links and the revisions in between in that language — a revision in between that is
 * not translated links to its page in the source language, with its summary, marked as such.
 */
export async function translatedCompareRouteData(
  view: TranslatedPolicy,
  from: TranslatedEntry,
  to: TranslatedEntry,
  pageView: CompareView,
): Promise<ComparePageData> {
  const { policy, lang } = view;
  const slug = policy.slug;
  const ui = uiStrings(lang);
  const [a, b] = [from.source.revision.effective, to.source.revision.effective];
  // The comparison of the two translations, read as revisions of the policy: their texts are the translations'.
  const data = compareRouteData(
    policy,
    { ...from.source, revision: from.revision },
    { ...to.source, revision: to.revision },
    pageView,
    lang,
  );
  const route = (view: CompareView): string => languageUrl(lang, compareUrl(slug, a, b, view));
  const page = (effective: string): string => sitePath(languageUrl(lang, revisionUrl(slug, effective)));
  const heading = ui.compare.title(view.title, a, b);
  const between = revisionsBetween(
    policy.timeline.entries.map((e) => e.revision),
    a,
    b,
  )
    .reverse()
    .map((revision): RevisionBetween => {
      const translated = translatedEntryOf(view, revision.effective);
      return {
        effective: revision.effective,
        url: translated ? page(revision.effective) : sitePath(revisionUrl(slug, revision.effective)),
        urlLang: translated ? undefined : siteConfig.lang,
        change: revision.change,
        ...translatedSummary(view, revision),
      };
    });
  return {
    ...data,
    head: {
      ...data.head,
      ...translatedHead(view),
      ...(await languageVersions(policy, { kind: 'compare', from: a, to: b, view: pageView }, lang)),
      title: `${heading}${pageView === 'side-by-side' ? ui.compare.sideBySideSuffix : ''}`,
      description: ui.compare.description(view.title, a, b),
      print: printStyle({ heading, url: absoluteUrl(route(pageView)), pageCount: ui.print.pageCount }),
    },
    policyTitle: view.title,
    from: { ...data.from, url: page(a) },
    to: { ...data.to, url: page(b) },
    printUrl: absoluteUrl(route(pageView)),
    between,
    // The declaration's changes name its categories as the translations do, where they give names.
    declaration: data.declaration && {
      ...data.declaration,
      before: translatedNames(data.declaration.before, from),
      after: translatedNames(data.declaration.after, to),
    },
    viewUrls: { inline: sitePath(route('inline')), 'side-by-side': sitePath(route('side-by-side')) },
    // A language has no chooser of its own: its history lists each version with its redline.
    chooserUrl: sitePath(languageUrl(lang, historyUrl(slug))),
  };
}

/** A declaration with its categories named as a translation names them, where it does. */
function translatedNames(declaration: Declaration, entry: TranslatedEntry): Declaration {
  const names = new Map(entry.translation.categories.flatMap(({ id, name }) => (name === undefined ? [] : [[id, name]])));
  return {
    ...declaration,
    categories: declaration.categories.map((category) => ({ ...category, name: names.get(category.id) ?? category.name })),
  };
}
