import { loadPolicies, type SitePolicy } from './policies.ts';

/** List one static path per policy, with the policy (and every policy, for pages that name others) as props. */
export async function policyPaths(): Promise<{ params: { policy: string }; props: { policy: SitePolicy; policies: SitePolicy[] } }[]> {
  const policies = await loadPolicies();
  return policies.map((policy) => ({ params: { policy: policy.slug }, props: { policy, policies } }));
}
