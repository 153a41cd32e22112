import { CONSENT_STRINGS } from '../consent/consent-strings.ts';
import { CONSENT_DEMO_URL, CONSENT_SCRIPT_URL } from '../lib/consent/index.ts';
import { CONSENT_MODE_TYPES, type Declaration } from '../lib/declaration/index.ts';
import {
  DECLARATION_SCHEMA_URL,
  declarationUrl,
  deviceStorageUrl,
  feedUrl,
  POLICIES_JSON_URL,
  POLICIES_SCHEMA_URL,
  REACCEPTANCE_MODULE_URL,
  REACCEPTANCE_TYPES_URL,
  VERSIONS_SCHEMA_URL,
  versionsUrl,
} from '../lib/policies/index.ts';
import { consentCsp } from './consent-csp.ts';
import { loadPolicies } from './policies.ts';
import { absoluteUrl, sitePath } from './site-url.ts';

/** The route data of the developers page (`/developers/`): its example policy, code samples and URL tables. */
export interface DevelopersPageData {
  /** The hash of the consent banner's stylesheet, for a Content-Security-Policy's style-src. */
  styleHash: string;
  /** The first policy whose version in force declares cookies: its title, declaration and categories. */
  example?: { title: string; declarationUrl: string; categories: Declaration['categories'] } | undefined;
  /** Code samples, as shown. */
  samples: {
    fetch: string;
    validate: string;
    verify: string;
    consentMode: string;
    consentEmbed: string;
    consentTexts: string;
    consentApi: string;
    consentHeld: string;
    consentRecord: string;
  };
  /** The public URLs and what each serves. */
  urls: [string, string][];
  /** The consent script's attributes: name, default and meaning. */
  consentOptions: [string, string, string][];
  /** The keys of the banner's texts a page can replace. */
  consentStringKeys: string[];
  /** The consent script, its demo page, and the URL pattern of a revision's declaration. */
  consentScriptUrl: string;
  consentDemoUrl: string;
  revisionDeclarationPattern: string;
}

/** Return the route data of the developers page. */
export async function developersRouteData(): Promise<DevelopersPageData> {
  const policies = await loadPolicies();
  const { styleHash } = await consentCsp();
  const declared = policies.filter((p) => p.timeline.inForce?.revision.declaration);
  const example = declared[0];
  // The examples name the first policy that declares cookies (or a `cookies` policy, the script's default).
  const exampleSlug = example?.slug ?? 'cookies';
  const exampleUrl = absoluteUrl(declarationUrl(exampleSlug));
  const exampleCategories = example?.timeline.inForce?.revision.declaration?.categories ?? [];

  const fetchExample = `const response = await fetch('${exampleUrl}');
const declaration = await response.json();

for (const category of declaration.categories) {
  console.log(category.id, category.required ? 'always on' : category.consent, category.consentMode);
}`;

  const consentModeExample = `// 1. As early as possible, before any tag: everything non-essential denied.
gtag('consent', 'default', {
${CONSENT_MODE_TYPES.map((type) => `  ${type}: 'denied',`).join('\n')}
});

// 2. Once the visitor has chosen (granted: a Set of category ids; required ones always count as granted):
function consentModeUpdate(declaration, granted) {
  const update = {};
  for (const type of ${JSON.stringify(CONSENT_MODE_TYPES)}) {
    const governing = declaration.categories.filter((c) => c.consentMode.includes(type));
    // A type is granted only when every category that governs it is granted.
    const on = governing.length > 0 && governing.every((c) => c.required || granted.has(c.id));
    update[type] = on ? 'granted' : 'denied';
  }
  return update;
}
gtag('consent', 'update', consentModeUpdate(declaration, new Set(['analytics'])));`;

  const verifyExample = `import canonicalize from 'canonicalize'; // RFC 8785
import { createHash } from 'node:crypto';

const { integrity, ...document } = declaration;
const digest = createHash('sha256').update(canonicalize(document)).digest('hex');
if (digest !== integrity.digest) throw new Error('The declaration was altered');`;

  const validateExample = `import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = await (await fetch('${absoluteUrl(DECLARATION_SCHEMA_URL)}')).json();
const ajv = new Ajv2020();
addFormats(ajv);
const valid = ajv.validate(schema, declaration); // false: see ajv.errors`;

  const consentEmbed = `<script src="${sitePath(CONSENT_SCRIPT_URL)}" data-declaration="${sitePath(declarationUrl(exampleSlug))}"></script>`;

  const consentOptions: [string, string, string][] = [
    [
      'data-declaration',
      sitePath(declarationUrl(exampleSlug)),
      'The declaration in force to ask about (relative to the page, or absolute); by default the cookies policy’s, beside the script.',
    ],
    ['data-days', '180', 'How many days the stored choice lasts.'],
    ['data-cookie', 'redline_consent', 'The name of the first-party cookie that stores it.'],
    ['data-consent-mode', 'on', 'off: make no Google Consent Mode calls (and define no gtag).'],
    ['data-wait-for-update', '500', 'Milliseconds Google tags wait for the update (Consent Mode wait_for_update).'],
  ];

  const consentTexts = `<script type="application/json" data-redline-consent-strings>
${JSON.stringify({ title: 'Cookies sur ce site', acceptAll: 'Tout accepter', rejectAll: 'Refuser les cookies non essentiels' }, null, 2)}
</script>`;

  const consentApi = `// The choice in effect (null until the visitor has one that still stands):
// { granted: ['essential', 'analytics'], record: { … } }
window.redlineConsent.get();

// Open the cookie settings (so does a click on any element with data-redline-consent-open):
window.redlineConsent.open();

// Hear of every choice, and of a stored one once it is confirmed on load; returns an unsubscribe function.
const stop = window.redlineConsent.onChange(({ granted, record }) => { /* … */ });

// The same, as a DOM event that bubbles to document:
document.addEventListener('redline:consent', (event) => console.log(event.detail.granted));`;

  const consentHeld = `<script type="text/plain" data-category="analytics" src="https://stats.example.com/tag.js"></script>
<script type="text/plain" data-category="analytics functionality">
  console.log('Runs once both categories are granted.');
</script>`;

  const consentRecord = JSON.stringify(
    {
      v: 1,
      policy: exampleSlug,
      version: '2026-03-14',
      digest: '5f0c…(integrity.digest of that version’s declaration)',
      time: '2026-04-15T09:30:12.345Z',
      granted: ['analytics'],
      asked: ['analytics', 'functionality', 'performance'],
    },
    null,
    2,
  );

  const urls: [string, string][] = [
    [
      sitePath(POLICIES_JSON_URL),
      'Every policy and every published revision: dates, status, change label, summary, URLs (page, redline, declaration), the SHA-256 of each revision’s source file, and its translations with theirs. Changes when a revision is published or takes effect, or a translation is added or changed.',
    ],
    [
      sitePath(declarationUrl('<policy>')),
      'The cookie declaration in force. Follows the policy: it changes on the day a new revision takes effect.',
    ],
    [
      sitePath(declarationUrl('<policy>', '<YYYY-MM-DD>')),
      'The declaration of one revision. Permanent and immutable once published: cache it forever.',
    ],
    [
      sitePath(DECLARATION_SCHEMA_URL),
      'The JSON Schema (draft 2020-12) of declarations, version 1. A breaking change gets a new URL (v2).',
    ],
    [sitePath(POLICIES_SCHEMA_URL), 'The JSON Schema (draft 2020-12) of the policies index, version 1.'],
    [
      `${sitePath(deviceStorageUrl('<policy>'))}, ${sitePath(deviceStorageUrl('<policy>', '<YYYY-MM-DD>'))}`,
      'The declaration in force, and each revision’s, as an IAB TCF device storage disclosure (v1.1) for consent platforms, when the declaration names its stored items: see below.',
    ],
    [
      sitePath(versionsUrl('<policy>')),
      'Every published version of a policy: dates, status, change label, the SHA-256 of its source and those it had before errata, and which one is in force. It changes when the site is rebuilt on or after the day a version is published or takes effect (asOf says the day it holds for).',
    ],
    [
      sitePath(VERSIONS_SCHEMA_URL),
      'The JSON Schema (draft 2020-12) of the versions document, version 1; later 1.x documents stay valid against it.',
    ],
    [
      `${sitePath(REACCEPTANCE_MODULE_URL)}, ${sitePath(REACCEPTANCE_TYPES_URL)}`,
      'The re-acceptance module (an ES module any site may import) and its TypeScript declarations: needsReacceptance tells when to ask a user to accept a policy again.',
    ],
    [
      `${sitePath(feedUrl('<policy>'))}, ${sitePath(feedUrl())} and three more each`,
      'Feeds of every new version and of material changes only, as RSS and JSON Feed, per policy and across all (see Feeds below).',
    ],
  ];

  return {
    styleHash,
    example: example && {
      title: example.meta.title,
      declarationUrl: sitePath(declarationUrl(example.slug)),
      categories: exampleCategories,
    },
    samples: {
      fetch: fetchExample,
      validate: validateExample,
      verify: verifyExample,
      consentMode: consentModeExample,
      consentEmbed,
      consentTexts,
      consentApi,
      consentHeld,
      consentRecord,
    },
    urls,
    consentOptions,
    consentStringKeys: Object.keys(CONSENT_STRINGS),
    consentScriptUrl: sitePath(CONSENT_SCRIPT_URL),
    consentDemoUrl: sitePath(CONSENT_DEMO_URL),
    revisionDeclarationPattern: sitePath(declarationUrl('<policy>', '<date>')),
  };
}
