import { comparePairs, pairKey, type ComparePair, type TimelineEntry } from '../lib/policies/index.ts';
import { loadPolicies, type SitePolicy, type SiteRevision } from './policies.ts';

/** Props of a compare page. */
export type CompareProps = {
  /** The policy. */
  policy: SitePolicy;
  /** The older revision. */
  from: TimelineEntry<SiteRevision>;
  /** The newer revision. */
  to: TimelineEntry<SiteRevision>;
};

/** List the pairs of a policy's visible revisions that get a compare page, as its `compare` setting says. */
export function policyComparePairs(policy: SitePolicy): ComparePair<TimelineEntry<SiteRevision>>[] {
  return comparePairs(policy.timeline.entries, policy.meta.compare, policy.timeline.inForce);
}

/** List the static paths of the compare pages of every policy, older revision first. */
export async function comparePaths(): Promise<{ params: { policy: string; pair: string }; props: CompareProps }[]> {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    policyComparePairs(policy).map(({ from, to }) => ({
      params: { policy: policy.slug, pair: pairKey(from.revision.effective, to.revision.effective) },
      props: { policy, from, to },
    })),
  );
}
