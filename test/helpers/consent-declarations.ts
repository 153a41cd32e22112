import { buildDeclarationDocument, declarationSchema, type DeclarationDocument } from '../../src/lib/declaration/index.ts';
import type { ChangeLabel } from '../../src/lib/policies/schema.ts';

/** Categories of the fixture declarations, by id: one required, the others opt-in. */
const CATEGORIES = {
  essential: { name: 'Essential Cookies', purposes: ['account login'], required: true, consentMode: ['security_storage'] },
  analytics: { name: 'Analytics Cookies', purposes: ['page visits'], required: false, consentMode: ['analytics_storage'] },
  marketing: {
    name: 'Marketing Cookies',
    purposes: ['ad measurement'],
    required: false,
    consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  },
  functionality: { name: 'Functionality Cookies', purposes: ['preferences'], required: false, consentMode: ['functionality_storage'] },
} as const;

/** One fixture revision: its date, its label against the one before, its category ids. */
export interface FixtureRevision {
  effective: string;
  change?: ChangeLabel;
  categories?: (keyof typeof CATEGORIES)[];
  /** Changes a description, to make an edit the digest sees. */
  wording?: string;
}

/**
 * Build the sealed declaration documents of a chain of revisions, oldest first, as the site
 * publishes them (each with its changes against the one before).
 */
export function declarationChain(revisions: FixtureRevision[], site = 'https://policies.example.org'): DeclarationDocument[] {
  const declarations = revisions.map((r) =>
    declarationSchema.parse({
      categories: (r.categories ?? ['essential', 'analytics', 'marketing']).map((id) => ({
        id,
        ...CATEGORIES[id],
        description: `${CATEGORIES[id].name} ${r.wording ?? 'do what the policy says'}.`,
        purposes: [...CATEGORIES[id].purposes],
        consentMode: [...CATEGORIES[id].consentMode],
        ...(CATEGORIES[id].required ? {} : { consent: 'opt-in' }),
      })),
    }),
  );
  return revisions.map((r, i) =>
    buildDeclarationDocument({
      schemaUrl: `${site}/schemas/cookie-declaration/v1.json`,
      policy: { id: 'cookies', title: 'Cookie Policy' },
      revision: { effective: r.effective, change: i === 0 ? undefined : (r.change ?? 'editorial'), declaration: declarations[i]! },
      previous: i === 0 ? undefined : { effective: revisions[i - 1]!.effective, declaration: declarations[i - 1] },
      url: `${site}/cookies/${r.effective}/`,
      currentUrl: `${site}/cookies/`,
      sourceSha256: String(i).repeat(64),
    }),
  );
}
