import type { ConsentDeclaration } from './consent-declaration.ts';
import type { ConsentRecord } from './consent-record.ts';

/** Whether a stored choice still stands, must be asked again (and why), or needs an older declaration to tell. */
export type ReconsentDecision = { ask: false } | { ask: true; reason: string } | { need: string };

/**
 * Decide whether a stored choice still covers the declaration in force. `chain` is the declaration
 * in force followed by as many of its predecessors as have been fetched, newest first. The choice
 * stands when every revision since the one it was given for is editorial or technical and adds no
 * category; it is asked again after a material revision, a new category, a correction of the same
 * version (its digest differs) or any gap in the history. When the chain stops short of the
 * record's version, the decision names the version to fetch next.
 */
export function decideReconsent(record: ConsentRecord | null, chain: readonly ConsentDeclaration[]): ReconsentDecision {
  const current = chain[0];
  if (!current) return { ask: true, reason: 'no declaration' };
  if (!record) return { ask: true, reason: 'no choice stored yet' };
  if (record.policy !== current.policy.id) return { ask: true, reason: `the choice is for the policy "${record.policy}"` };
  const asked = new Set(record.asked);
  const added = current.categories.filter((c) => !c.required && !asked.has(c.id)).map((c) => c.id);
  if (added.length > 0) return { ask: true, reason: `new categories: ${added.join(', ')}` };
  for (const [i, revision] of chain.entries()) {
    const { version, change, previousVersion } = revision.policy;
    if (i > 0 && version !== chain[i - 1]?.policy.previousVersion) return { ask: true, reason: `the history has a gap before ${version}` };
    if (version === record.version) {
      return revision.integrity.digest === record.digest
        ? { ask: false }
        : { ask: true, reason: `${version} was corrected since the choice` };
    }
    if (version < record.version) return { ask: true, reason: `the choice is for ${record.version}, after ${version}` };
    if (change === 'material') return { ask: true, reason: `a material change took effect on ${version}` };
    if ((revision.changes?.categories.added.length ?? 0) > 0) return { ask: true, reason: `categories were added on ${version}` };
    // Every revision after the choice has been read and none needs asking again.
    if (previousVersion === record.version) return { ask: false };
    if (previousVersion === null || previousVersion < record.version)
      return { ask: true, reason: `${record.version} is not in the policy's history` };
  }
  const oldest = chain[chain.length - 1] as ConsentDeclaration;
  return { need: oldest.policy.previousVersion as string };
}

/**
 * Return the ids of the categories in effect: every required one, plus the non-essential ones the
 * record grants that the declaration still has. No record (or a record to be asked again) grants
 * nothing non-essential.
 */
export function categoriesInEffect(declaration: ConsentDeclaration, record: ConsentRecord | null): string[] {
  const chosen = new Set(record?.granted ?? []);
  return declaration.categories.filter((c) => c.required || chosen.has(c.id)).map((c) => c.id);
}

/**
 * Tell whether a `data-category` value (one id, or several separated by spaces, all needed) is
 * covered by the categories in effect; an empty value never is.
 */
export function isDataCategoryGranted(value: string | null, granted: readonly string[]): boolean {
  const needed = (value ?? '').split(/\s+/).filter(Boolean);
  return needed.length > 0 && needed.every((id) => granted.includes(id));
}
