import { pairKey } from '../lib/policies/index.ts';
import { translatedComparePairs } from './translated-compare-pairs.ts';
import { loadTranslatedPolicies, type TranslatedEntry, type TranslatedPolicy } from './translated-policies.ts';

/** List the static paths of every translated policy page (`/<lang>/<policy>/`), with the translated policy as props. */
export async function translatedPolicyPaths(): Promise<{ params: { lang: string; policy: string }; props: { view: TranslatedPolicy } }[]> {
  return (await loadTranslatedPolicies()).map((view) => ({ params: { lang: view.lang, policy: view.policy.slug }, props: { view } }));
}

/** List the static paths of every translated revision's page (`/<lang>/<policy>/<date>/`). */
export async function translatedRevisionPaths(): Promise<
  { params: { lang: string; policy: string; date: string }; props: { view: TranslatedPolicy; entry: TranslatedEntry } }[]
> {
  return (await loadTranslatedPolicies()).flatMap((view) =>
    view.entries.map((entry) => ({
      params: { lang: view.lang, policy: view.policy.slug, date: entry.source.revision.effective },
      props: { view, entry },
    })),
  );
}

/** List the static paths of every translated compare page (`/<lang>/<policy>/compare/<a>...<b>/`). */
export async function translatedComparePaths(): Promise<
  {
    params: { lang: string; policy: string; pair: string };
    props: { view: TranslatedPolicy; from: TranslatedEntry; to: TranslatedEntry };
  }[]
> {
  return (await loadTranslatedPolicies()).flatMap((view) =>
    translatedComparePairs(view).map(({ from, to }) => ({
      params: { lang: view.lang, policy: view.policy.slug, pair: pairKey(from.source.revision.effective, to.source.revision.effective) },
      props: { view, from, to },
    })),
  );
}
