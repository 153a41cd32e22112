import { sourceSha256 } from '../lib/policies/index.ts';
import { readArchivedSource } from '../node/archive-source.ts';
import { policiesDir } from '../node/policies-dir.ts';
import { lockChain } from './integrity.ts';
import { loadPolicies } from './policies.ts';
import { revisionSource } from './sources.ts';
import { siteTranslations, translationSource } from './translations.ts';

/**
 * List the static paths of the published sources (`/sources/<sha256>.mdx`), by hash: every visible
 * revision's source as it is, every earlier source of a corrected revision that the archive
 * holds, so each link of its chain can be checked too, and the source of each translation of a
 * visible revision (as it is: translations are not locked).
 */
export async function sourceFilePaths(): Promise<{ params: { sha: string }; props: { text: string } }[]> {
  const policies = await loadPolicies();
  const sources = new Map<string, string>();
  for (const { revision } of policies.flatMap((policy) => policy.timeline.entries)) {
    const current = revisionSource(revision);
    sources.set(sourceSha256(current), current);
    for (const { sha256 } of lockChain(revision)) {
      const archived = readArchivedSource(policiesDir(), sha256);
      if (archived !== undefined) sources.set(sha256, archived);
    }
  }
  for (const translation of await siteTranslations()) sources.set(translation.sha256, translationSource(translation));
  return [...sources].sort(([a], [b]) => (a < b ? -1 : 1)).map(([sha, text]) => ({ params: { sha }, props: { text } }));
}
