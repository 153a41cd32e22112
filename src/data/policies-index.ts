import { absoluteDeclarationUrl } from './declarations.ts';
import { absoluteUrl } from './site-url.ts';
import { revisionSha256 } from './sources.ts';
import { integrityHead, lockChain } from './integrity.ts';
import { loadPolicies } from './policies.ts';
import { publishedVersionFields, publishedVersionLinks } from './published-version.ts';
import { policyLanguages, type SiteTranslation } from './translations.ts';
import { languageUrl } from '../lib/translations/index.ts';
import {
  feedUrl,
  historyUrl,
  INTEGRITY_LOCK_URL,
  POLICIES_INDEX_VERSION,
  POLICIES_SCHEMA_URL,
  policyUrl,
  sourceUrl,
  revisionUrl,
  type PoliciesIndex,
} from '../lib/policies/index.ts';

/**
 * Build the policies index (`/api/policies.json`): every policy and every published revision, with
 * dates, status, label, URLs, the SHA-256 of each source, its lock chain and its translations.
 */
export async function policiesIndex(): Promise<PoliciesIndex> {
  const policies = await loadPolicies();
  const languages = await Promise.all(policies.map((policy) => policyLanguages(policy)));
  return {
    $schema: absoluteUrl(POLICIES_SCHEMA_URL),
    specVersion: POLICIES_INDEX_VERSION,
    asOf: policies[0]?.timeline.asOf ?? '',
    integrity: { ...integrityHead(), lockUrl: absoluteUrl(INTEGRITY_LOCK_URL) },
    policies: policies.map((policy, index) => ({
      id: policy.slug,
      title: policy.meta.title,
      description: policy.meta.description,
      url: absoluteUrl(policyUrl(policy.slug)),
      historyUrl: absoluteUrl(historyUrl(policy.slug)),
      feedUrl: absoluteUrl(feedUrl(policy.slug)),
      inForce: policy.timeline.inForce?.revision.effective ?? null,
      declarationUrl: policy.timeline.inForce?.revision.declaration ? absoluteDeclarationUrl(policy.slug) : null,
      revisions: policy.timeline.entries.map((entry) => ({
        ...publishedVersionFields(entry),
        ...publishedVersionLinks(policy.slug, entry),
        declarationUrl: entry.revision.declaration ? absoluteDeclarationUrl(policy.slug, entry.revision.effective) : null,
        sourceSha256: revisionSha256(entry.revision),
        sourceUrl: absoluteUrl(sourceUrl(revisionSha256(entry.revision))),
        lock: lockChain(entry.revision).map((locked) => ({
          sha256: locked.sha256,
          lockedOn: locked.lockedOn,
          erratum: locked.erratum ?? null,
          entry: locked.hash,
        })),
        translations: (languages[index] ?? [])
          .flatMap((language) => language.translations)
          .filter((translation) => translation.effective === entry.revision.effective)
          .map(translationFields),
      })),
    })),
  };
}

// A translation as the index lists it: where it is, its own hash, the hash it translates and its texts of the declaration's categories.
function translationFields(translation: SiteTranslation): PoliciesIndex['policies'][number]['revisions'][number]['translations'][number] {
  return {
    lang: translation.lang,
    url: absoluteUrl(languageUrl(translation.lang, revisionUrl(translation.policy, translation.effective))),
    sourceSha256: translation.sha256,
    sourceUrl: absoluteUrl(sourceUrl(translation.sha256)),
    translationOf: translation.translationOf,
    state: translation.state,
    categories: translation.categories.map(({ id, name, description }) => ({ id, name: name ?? null, description: description ?? null })),
  };
}
