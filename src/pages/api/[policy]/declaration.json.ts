import type { APIRoute, GetStaticPaths } from 'astro';
import { declarationDocument, jsonResponse } from '../../../data/declarations.ts';
import { loadPolicies, type SitePolicy } from '../../../data/policies.ts';

export const getStaticPaths = (async () => {
  const policies = await loadPolicies();
  return policies
    .filter((policy) => policy.timeline.inForce?.revision.declaration)
    .map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}) satisfies GetStaticPaths;

/** The cookie declaration in force: the same document as its revision's, at a URL that follows the policy. */
export const GET: APIRoute<{ policy: SitePolicy }> = ({ props }) => {
  const inForce = props.policy.timeline.inForce;
  if (!inForce) throw new Error(`${props.policy.slug} has no revision in force`);
  return jsonResponse(declarationDocument(props.policy, inForce));
};
