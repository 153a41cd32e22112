import { sourceSha256 } from '../lib/policies/index.ts';
import { readArchivedSource } from '../node/archive-source.ts';
import { policiesDir } from '../node/policies-dir.ts';
import { lockChain } from './integrity.ts';
import { loadPolicies } from './policies.ts';
import { revisionSource } from './sources.ts';

/**
 * List the static paths of the published sources (`/sources/<sha256>.mdx`), by hash: every visible
 * revision's source as it is, and every earlier source of a corrected revision that the archive
 * holds, so each link of its chain can be checked too.
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
  return [...sources].sort(([a], [b]) => (a < b ? -1 : 1)).map(([sha, text]) => ({ params: { sha }, props: { text } }));
}
