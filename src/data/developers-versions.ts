import {
  REACCEPTANCE_MODULE_URL,
  REACCEPTANCE_TYPES_URL,
  VERSIONS_SCHEMA_URL,
  versionsUrl,
  type PolicyVersion,
} from '../lib/policies/index.ts';
import { loadPolicies } from './policies.ts';
import { reacceptanceModuleIntegrity } from './reacceptance-module.ts';
import { absoluteUrl, sitePath } from './site-url.ts';
import { versionsDocument } from './versions-document.ts';

/** The route data of the developers page's section on versions and re-acceptance (`src/components/developers/Versions.astro`). */
export interface VersionsSectionData {
  /** The URL pattern of a policy's versions, its schema, the module and its declarations, as site paths. */
  versionsPattern: string;
  schemaUrl: string;
  moduleUrl: string;
  typesUrl: string;
  /** The module's integrity value as this build serves it (`sha384-…`, for `<script integrity>` and import maps). */
  moduleIntegrity: string;
  /** The policy the examples use: the first one's id and the absolute URL of its versions. */
  examplePolicy: string;
  exampleVersionsUrl: string;
  /** Code samples, as shown. */
  samples: { entry: string; record: string; browser: string; pinned: string; nodeCopy: string; node: string; deno: string; result: string };
}

/** Return the data of the developers page's section on versions and re-acceptance, its examples drawn from the site's first policy. */
export async function versionsSectionData(): Promise<VersionsSectionData> {
  const policies = await loadPolicies();
  const [policy] = policies;
  const id = policy?.slug ?? 'cookies';
  const document = policy && versionsDocument(policy);
  const inForce = document?.versions.find((v) => v.status === 'in-force') ?? document?.versions[0];
  const versionsJson = absoluteUrl(versionsUrl(id));
  const moduleUrl = absoluteUrl(REACCEPTANCE_MODULE_URL);
  const typesUrl = absoluteUrl(REACCEPTANCE_TYPES_URL);
  const version = inForce?.version ?? '2026-03-14';
  const sha256 = inForce?.sha256 ?? '<the sha256 of the version in force>';
  const moduleIntegrity = await reacceptanceModuleIntegrity();

  const entry = JSON.stringify(inForce ?? ({} as Partial<PolicyVersion>), null, 2);

  const record = `// When the user accepts: the version in force (as needsReacceptance names it) and its fingerprint.
const { inForce } = needsReacceptance(null, versions);
if (inForce) {
  // null only while no version has taken effect: then there is nothing to accept yet.
  await saveAcceptance(user, { policy: versions.policy, version: inForce.version, sha256: inForce.sha256, at: new Date().toISOString() });
}
// e.g. { "policy": "${id}", "version": "${version}", "sha256": "${sha256}", "at": "…" }`;

  const browser = `<script type="module">
  import { needsReacceptance } from '${moduleUrl}';

  const versions = await (await fetch('${versionsJson}')).json();
  const stored = await loadAcceptance(user, '${id}'); // { policy, version, sha256 } or null
  // The record as stored: its sha256 finds the version even after an erratum changed its hash;
  // asOf: today's date in the site's time zone.
  const result = needsReacceptance(stored, versions);
  if (result.required) {
    // Required, inForce is never null; since: the first material change after the accepted version.
    showTerms(result.inForce.url, result.since);
  } else if (result.upcoming) {
    // Also while nothing is in force yet (reason 'nothing-in-force', inForce null): the first version to come.
    tellUser(\`New terms take effect on \${result.upcoming.effective}\`, result.upcoming.url);
  }
</script>`;

  const pinned = `<script type="importmap">
{
  "imports": { "redline-reacceptance": "${moduleUrl}" },
  "integrity": { "${moduleUrl}": "${moduleIntegrity}" }
}
</script>
<script type="module">
  import { needsReacceptance } from 'redline-reacceptance'; // refused if its bytes are not these
</script>`;

  const nodeCopy = `# Keep a copy of the module and its types beside your code. As .mjs it is an ES module for
# Node 18 or later whatever your package.json says, and TypeScript reads reacceptance.d.mts for it.
curl -fsS -o reacceptance.mjs ${moduleUrl} -o reacceptance.d.mts ${typesUrl}`;

  // Every policy of the site, and the URL of its versions with the policy as a template's placeholder.
  const policyIds = policies.map((p) => `'${p.slug}'`).join(', ') || `'${id}'`;
  const perPolicy = absoluteUrl(versionsUrl('policy-id')).replace('/policy-id/', '/${policy}/');
  const node = `// check-acceptances.mjs
import { needsReacceptance } from './reacceptance.mjs';

for (const policy of [${policyIds}]) {
  const versions = await (await fetch(\`${perPolicy}\`)).json();
  for (const user of await usersWhoAccepted(policy)) {
    let result;
    try {
      // user.acceptance: the record stored, { policy, version, sha256 }. As of today's date in the
      // site's time zone (versions.timeZone); { asOf: 'YYYY-MM-DD' } decides for another day.
      result = needsReacceptance(user.acceptance, versions);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      // A malformed document or record: report it and go on with the others.
      console.error(\`\${policy}: \${error.message}\`);
      continue;
    }
    if (result.required) await askAgain(user, policy, result.reason, result.since);
  }
}`;

  const deno = `// Deno and browsers import it by URL; Deno reads its types from the module (@ts-self-types).
import { needsReacceptance, type Reacceptance } from '${moduleUrl}';`;

  const result = `{
  required: true,               // ask the user to accept the version in force
  reason: 'material-change',    // or 'not-accepted', 'unknown-version', 'no-material-change', 'up-to-date',
                                //    'accepted-ahead', 'nothing-in-force'
  since: '2026-03-14',          // the first material version in force after the accepted one
  accepted: { version: '2025-09-01', … },  // the accepted version, from versions.json (null if unknown)
  inForce: { version: '2026-03-14', … },   // what to show, and to record once accepted (null while none is in force)
  upcoming: null,               // the next material version announced but not in force yet (or the first)
  asOf: '2026-04-01',           // the day decided for
}`;

  return {
    versionsPattern: sitePath(versionsUrl('<policy>')),
    schemaUrl: sitePath(VERSIONS_SCHEMA_URL),
    moduleUrl: sitePath(REACCEPTANCE_MODULE_URL),
    typesUrl: sitePath(REACCEPTANCE_TYPES_URL),
    examplePolicy: id,
    exampleVersionsUrl: sitePath(versionsUrl(id)),
    moduleIntegrity,
    samples: { entry, record, browser, pinned, nodeCopy, node, deno, result },
  };
}
