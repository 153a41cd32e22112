import type { TimelineEntry } from '../lib/policies/index.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';

/** List one static path per policy, with the policy as props. */
export async function policyPaths(): Promise<{ params: { policy: string }; props: { policy: SitePolicy } }[]> {
  const policies = await loadPolicies();
  return policies.map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}

/** A revision and its policy, as the route of an API file is given them (a type, not an interface: Astro's props need an index signature). */
export type RevisionProps = {
  policy: SitePolicy;
  entry: TimelineEntry<SiteRevision>;
};

/** Which revisions an API file is written for, e.g. those that declare cookies. */
export type Publishes = (entry: TimelineEntry<SiteRevision>) => boolean;

/**
 * List the static paths of an API file that follows a policy (`/api/<policy>/…`): one per policy
 * whose revision in force `publishes` it, with the policy and that revision as props.
 */
export async function inForceApiPaths(publishes: Publishes): Promise<{ params: { policy: string }; props: RevisionProps }[]> {
  const policies = await loadPolicies();
  return policies.flatMap((policy) => {
    const entry = policy.timeline.inForce;
    return entry && publishes(entry) ? [{ params: { policy: policy.slug }, props: { policy, entry } }] : [];
  });
}

/**
 * List the static paths of one revision's API file (`/api/<policy>/<date>/…`): one per revision that
 * `publishes` it, with the policy and the revision as props.
 */
export async function revisionApiPaths(
  publishes: Publishes,
): Promise<{ params: { policy: string; date: string }; props: RevisionProps }[]> {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    policy.timeline.entries
      .filter(publishes)
      .map((entry) => ({ params: { policy: policy.slug, date: entry.revision.effective }, props: { policy, entry } })),
  );
}
