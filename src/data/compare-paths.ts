import { comparePairs, type TimelineEntry } from '../lib/policies/index.ts';
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

/** List the static paths of the compare pages: every pair of visible revisions of every policy, older first. */
export async function comparePaths(): Promise<{ params: { policy: string; pair: string }; props: CompareProps }[]> {
  const policies = await loadPolicies();
  return policies.flatMap((policy) =>
    comparePairs(policy.timeline.entries).map(({ from, to }) => ({
      params: { policy: policy.slug, pair: `${from.revision.effective}...${to.revision.effective}` },
      props: { policy, from, to },
    })),
  );
}
