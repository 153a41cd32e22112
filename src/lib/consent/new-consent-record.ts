import type { ConsentDeclaration } from './consent-declaration.ts';
import type { ConsentRecord } from './consent-record.ts';

/**
 * Make the record of a visitor's choice on a declaration: the non-essential categories granted
 * (unknown ids are dropped), every one asked about, the version and digest, and the time `now`.
 */
export function newConsentRecord(declaration: ConsentDeclaration, granted: Iterable<string>, now: Date): ConsentRecord {
  const wanted = new Set(granted);
  const optional = declaration.categories.filter((c) => !c.required).map((c) => c.id);
  return {
    v: 1,
    policy: declaration.policy.id,
    version: declaration.policy.version,
    digest: declaration.integrity.digest,
    time: now.toISOString(),
    granted: optional.filter((id) => wanted.has(id)),
    asked: optional,
  };
}
