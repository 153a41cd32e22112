import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../../data/declarations.ts';
import { deviceStorageDocument } from '../../../../data/device-storage.ts';
import { loadPolicies, type SiteRevision } from '../../../../data/policies.ts';
import type { TimelineEntry } from '../../../../lib/policies/index.ts';

export const getStaticPaths = (async () => {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    policy.timeline.entries
      .filter((entry) => entry.revision.declaration)
      .map((entry) => ({ params: { policy: policy.slug, date: entry.revision.effective }, props: { entry } })),
  );
}) satisfies GetStaticPaths;

/** One revision's IAB TCF device storage disclosure, at a permanent URL beside its declaration. */
export const GET: APIRoute<{ entry: TimelineEntry<SiteRevision> }> = ({ props }) => jsonResponse(deviceStorageDocument(props.entry));
