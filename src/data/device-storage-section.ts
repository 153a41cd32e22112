import yaml from 'js-yaml';
import { buildDeviceStorageDisclosure, declarationSchema } from '../lib/declaration/index.ts';
import { deviceStorageUrl } from '../lib/policies/index.ts';
import type { CalendarDate } from '../lib/dates/index.ts';
import { hasDeclaration } from './declarations.ts';
import { deviceStorageDocument, hasDeviceStorageDisclosure } from './device-storage.ts';
import { loadPolicies } from './policies.ts';
import { absoluteUrl, ownerDomain, sitePath } from './site-url.ts';

/** The route data of the developers page's section on the IAB TCF device storage disclosure. */
export interface DeviceStorageSectionData {
  /** The URL patterns of the disclosure in force and of one revision's. */
  inForcePattern: string;
  revisionPattern: string;
  /**
   * Each policy with a declaration in force or in a published revision: its disclosure in force (a
   * link and how many items it lists), if its declaration in force names stored items to list, and
   * the revisions that publish one, newest first.
   */
  policies: {
    title: string;
    inForce?: { url: string; items: number } | undefined;
    revisions: { effective: CalendarDate; url: string }[];
  }[];
  /** The host given to items that name no domain: the owner's website. */
  siteDomain: string;
  /** Each field of a disclosure and what it is written from, as shown. */
  mapping: [string, string][];
  /** A declared cookie, as YAML, and its disclosure as this site writes it, as JSON. */
  sample: { declaration: string; disclosure: string };
  /** How a consent platform or script reads the disclosure, as code. */
  fetchSample: string;
}

// Written as an author would; parsed and mapped by the same code as the site's own, so the example
// on the page is what the site publishes.
const SAMPLE_DECLARATION = `categories:
  - id: analytics
    name: Analytics Cookies
    description: Counts visits.
    purposes: [page visits]
    required: false
    consent: opt-in
    tcfPurposes: [8]
providers:
  - { id: stats, name: Stats, party: third }
cookies:
  - name: _stats_
    match: prefix
    category: analytics
    provider: stats
    purpose: Tells visits apart.
    duration: P400D
`;

/** Return the route data of the device storage section of `/developers/`. */
export async function deviceStorageSection(): Promise<DeviceStorageSectionData> {
  const declared = (await loadPolicies()).filter((policy) => policy.timeline.entries.some(hasDeclaration));
  const policies = declared.map((policy) => {
    const inForce = policy.timeline.inForce && deviceStorageDocument(policy.timeline.inForce);
    return {
      slug: policy.slug,
      title: policy.meta.title,
      inForce: inForce && { url: sitePath(deviceStorageUrl(policy.slug)), items: inForce.disclosures.length },
      revisions: policy.timeline.entries
        .filter(hasDeviceStorageDisclosure)
        .map(({ revision }) => ({ effective: revision.effective, url: sitePath(deviceStorageUrl(policy.slug, revision.effective)) }))
        .reverse(),
    };
  });
  const siteDomain = ownerDomain();
  const sample = declarationSchema.parse(yaml.load(SAMPLE_DECLARATION));
  const sampleDisclosure = buildDeviceStorageDisclosure(sample, { siteDomain }).disclosure;
  // The sample fetches a disclosure in force that exists, when the site has one.
  const exampleSlug = (policies.find((policy) => policy.inForce) ?? policies[0])?.slug ?? 'cookies';
  const exampleUrl = absoluteUrl(deviceStorageUrl(exampleSlug));
  return {
    inForcePattern: sitePath(deviceStorageUrl('<policy>')),
    revisionPattern: sitePath(deviceStorageUrl('<policy>', '<YYYY-MM-DD>')),
    policies: policies.map(({ title, inForce, revisions }) => ({ title, inForce, revisions })),
    siteDomain,
    mapping: [
      [
        'identifier',
        'The name: exact as written, a prefix with * after it, a glob whose one * is at its start or end, a regex of literal alternatives (one disclosure each), optionally opening or ending with .*.',
      ],
      ['type', 'cookie for http_cookie; web for local_storage, session_storage and indexed_db.'],
      [
        'maxAgeSeconds',
        'For a cookie, its duration in seconds, 0 for a session cookie; null for web storage, as the specification requires.',
      ],
      [
        'cookieRefresh',
        'true for every cookie: a declaration does not say whether a cookie’s lifetime is renewed, and true (“may refresh”) is the statement that holds either way.',
      ],
      [
        'domains',
        `Its domains in lower case, each as the host and its subdomains, as a cookie’s domain reads: example.com, .example.com and *.example.com alike as example.com and *.example.com; ${siteDomain} and *.${siteDomain}, the owner’s website, when it names none (“the site’s own”).`,
      ],
      [
        'purposes',
        'Its category’s tcfPurposes, and purpose 1 (store and/or access information on a device, which every stored item does) when the category needs consent (required: false) or the item has none: without purpose 1, consent platforms read an item as exempt from consent. A required category’s items get its tcfPurposes only (none without).',
      ],
      ['description', 'Its purpose, as declared.'],
      [
        'domains (top level)',
        'Every domain of every declared item, disclosed or not (a pixel’s too), with the purposes of what is stored or sent there.',
      ],
      ['sdks', 'Empty: a declaration names no mobile SDKs.'],
    ],
    sample: {
      declaration: SAMPLE_DECLARATION,
      disclosure: JSON.stringify(sampleDisclosure, null, 2),
    },
    fetchSample: `${policies.some((policy) => policy.inForce) ? '' : '// None is published in force yet (see above): this URL answers 404 until one is.\n'}const response = await fetch('${exampleUrl}');
const { disclosures, domains } = await response.json();

for (const item of disclosures) {
  // A session cookie has maxAgeSeconds 0; web storage has null.
  console.log(item.identifier, item.type, item.maxAgeSeconds, item.purposes);
}`,
  };
}
