import type { APIRoute, GetStaticPaths } from 'astro';
import { declarationDocument, jsonResponse } from '../../../../data/declarations.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from '../../../../data/policies.ts';
import type { TimelineEntry } from '../../../../lib/policies/index.ts';

export const getStaticPaths = (async () => {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    policy.timeline.entries
      .filter((entry) => entry.revision.declaration)
      .map((entry) => ({ params: { policy: policy.slug, date: entry.revision.effective }, props: { policy, entry } })),
  );
}) satisfies GetStaticPaths;

/** One revision's cookie declaration, at a permanent URL: it never changes once published. */
export const GET: APIRoute<{ policy: SitePolicy; entry: TimelineEntry<SiteRevision> }> = ({ props }) =>
  jsonResponse(declarationDocument(props.policy, props.entry));
