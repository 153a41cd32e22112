import { loadPolicies, type SitePolicy } from './policies.ts';

/** List one static path per policy, with the policy as props. */
export async function policyPaths(): Promise<{ params: { policy: string }; props: { policy: SitePolicy } }[]> {
  const policies = await loadPolicies();
  return policies.map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}
