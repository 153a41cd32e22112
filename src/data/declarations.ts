import { buildDeclarationDocument, type DeclarationDocument } from '../lib/declaration/index.ts';
import { DECLARATION_SCHEMA_URL, declarationUrl, policyUrl, revisionUrl, type TimelineEntry } from '../lib/policies/index.ts';
import { absoluteUrl } from './site-url.ts';
import type { SitePolicy, SiteRevision } from './policies.ts';
import { revisionSha256 } from './sources.ts';

/** Tell whether a revision publishes a declaration JSON: whether it declares its cookies. */
export function hasDeclaration(entry: TimelineEntry<SiteRevision>): boolean {
  return entry.revision.declaration !== undefined;
}

/** Build the published declaration JSON of a revision that declares its cookies (undefined otherwise). */
export function declarationDocument(policy: SitePolicy, entry: TimelineEntry<SiteRevision>): DeclarationDocument | undefined {
  const { revision, previous } = entry;
  if (!revision.declaration) return undefined;
  return buildDeclarationDocument({
    schemaUrl: absoluteUrl(DECLARATION_SCHEMA_URL),
    policy: { id: policy.slug, title: policy.meta.title },
    revision: { effective: revision.effective, published: revision.published, change: revision.change, declaration: revision.declaration },
    previous: previous ? { effective: previous.effective, declaration: previous.declaration } : undefined,
    url: absoluteUrl(revisionUrl(policy.slug, revision.effective)),
    currentUrl: absoluteUrl(policyUrl(policy.slug)),
    sourceSha256: revisionSha256(revision),
  });
}

/** Write a JSON document the way every API file is written: two-space indents, a final newline. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** The URL of a revision's declaration, absolute. */
export function absoluteDeclarationUrl(policy: string, effective?: string): string {
  return absoluteUrl(declarationUrl(policy, effective));
}
