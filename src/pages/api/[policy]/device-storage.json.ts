import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import { deviceStorageDocument } from '../../../data/device-storage.ts';
import { loadPolicies, type SitePolicy } from '../../../data/policies.ts';

export const getStaticPaths = (async () => {
  const policies = await loadPolicies();
  return policies
    .filter((policy) => policy.timeline.inForce?.revision.declaration)
    .map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}) satisfies GetStaticPaths;

/** The IAB TCF device storage disclosure in force: the same document as its revision's, at a URL that follows the policy. */
export const GET: APIRoute<{ policy: SitePolicy }> = ({ props }) => {
  const inForce = props.policy.timeline.inForce;
  if (!inForce) throw new Error(`${props.policy.slug} has no revision in force`);
  return jsonResponse(deviceStorageDocument(inForce));
};
