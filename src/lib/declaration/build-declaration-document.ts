import type { ChangeLabel } from './change-labels.ts';
import { cookiePattern } from './cookie-pattern.ts';
import { diffDeclarations } from './diff-declarations.ts';
import { SPEC_VERSION, type DeclarationDocument } from './document-schema.ts';
import { parseDuration } from './parse-duration.ts';
import { sealDocument } from './seal-document.ts';
import type { Declaration } from './schema.ts';

/** What a declaration document is built from. */
export interface DeclarationSource {
  /** The URL of the JSON Schema the document follows. */
  schemaUrl: string;
  /** The policy: folder name and title. */
  policy: { id: string; title: string };
  /** The revision: dates, label and declaration. */
  revision: { effective: string; published?: string | undefined; change?: ChangeLabel | undefined; declaration: Declaration };
  /** The revision before it, if any, with its declaration if it had one. */
  previous?: { effective: string; declaration?: Declaration | undefined } | undefined;
  /** The revision's permanent URL and the policy's URL, absolute. */
  url: string;
  currentUrl: string;
  /** SHA-256 of the revision's source file. */
  sourceSha256: string;
}

/** Build the published JSON of one revision's declaration, sealed with its RFC 8785 digest. */
export function buildDeclarationDocument(source: DeclarationSource): DeclarationDocument {
  const { revision, previous } = source;
  const declaration = revision.declaration;
  const providersById = new Map(declaration.providers.map((p) => [p.id, p]));
  const changes = previous?.declaration ? { against: previous.effective, ...diffDeclarations(previous.declaration, declaration) } : null;
  return sealDocument({
    $schema: source.schemaUrl,
    specVersion: SPEC_VERSION,
    policy: {
      id: source.policy.id,
      title: source.policy.title,
      version: revision.effective,
      effective: revision.effective,
      published: revision.published ?? null,
      change: revision.change ?? null,
      url: source.url,
      currentUrl: source.currentUrl,
      previousVersion: previous?.effective ?? null,
      sourceSha256: source.sourceSha256,
    },
    changes,
    categories: declaration.categories.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      purposes: c.purposes,
      required: c.required,
      consent: c.required ? 'required' : (c.consent ?? 'opt-in'),
      legalBasis: c.legalBasis ?? null,
      consentMode: c.consentMode,
      tcfPurposes: c.tcfPurposes ?? [],
    })),
    providers: declaration.providers.map((p) => ({
      id: p.id,
      name: p.name,
      party: p.party,
      privacyPolicy: p.privacyPolicy ?? null,
      purposes: p.purposes,
    })),
    cookies: declaration.cookies.map((c) => {
      const pattern = cookiePattern(c.name, c.match);
      const duration = c.duration === undefined ? null : parseDuration(c.duration);
      // The schema has already refused bad patterns and durations; these guards keep the types honest.
      if ('error' in pattern) throw new Error(pattern.error);
      if (duration && 'error' in duration) throw new Error(duration.error);
      return {
        name: c.name,
        match: c.match,
        pattern: pattern.pattern,
        storage: c.storage,
        category: c.category ?? null,
        provider: c.provider,
        party: providersById.get(c.provider)?.party ?? 'third',
        domains: c.domains,
        purpose: c.purpose,
        duration,
        session: c.session,
      };
    }),
    thirdPartyUses: declaration.thirdPartyUses,
    dataCollected: declaration.dataCollected,
    consentControls: declaration.consentControls,
  });
}
