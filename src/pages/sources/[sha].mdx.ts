import type { APIRoute, GetStaticPaths } from 'astro';
import { lockChain } from '../../data/integrity.ts';
import { revisionSource } from '../../data/sources.ts';
import { loadPolicies } from '../../data/policies.ts';
import { sourceSha256 } from '../../lib/policies/index.ts';
import { readArchivedSource } from '../../node/archive-source.ts';
import { policiesDir } from '../../node/policies-dir.ts';

export const getStaticPaths = (async () => {
  const policies = await loadPolicies();
  const sources = new Map<string, string>();
  for (const { revision } of policies.flatMap((policy) => policy.timeline.entries)) {
    const current = revisionSource(revision);
    sources.set(sourceSha256(current), current);
    // Every earlier hash of a corrected revision, so each link of its chain can be checked too.
    for (const { sha256 } of lockChain(revision)) {
      const archived = readArchivedSource(policiesDir(), sha256);
      if (archived !== undefined) sources.set(sha256, archived);
    }
  }
  return [...sources].sort(([a], [b]) => (a < b ? -1 : 1)).map(([sha, text]) => ({ params: { sha }, props: { text } }));
}) satisfies GetStaticPaths;

/** A revision source, byte for byte as hashed: `sha256sum` of the download equals its name. */
export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
