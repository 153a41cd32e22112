import type { Declaration } from './schema.ts';

/** Ids added, removed and modified (with the fields that differ) between two lists of entities. */
export interface EntityChange {
  added: string[];
  removed: string[];
  modified: { id: string; fields: string[] }[];
}

/** Items added to and removed from a list of phrases. */
export interface ListChange {
  added: string[];
  removed: string[];
}

/** The structured difference between two declarations. */
export interface DeclarationChanges {
  categories: EntityChange;
  providers: EntityChange;
  cookies: EntityChange;
  thirdPartyUses: ListChange;
  dataCollected: ListChange;
  consentControls: EntityChange;
}

/** Compare two declarations part by part: what a consent banner or an auditor needs to know changed. */
export function diffDeclarations(before: Declaration, after: Declaration): DeclarationChanges {
  const cookieKey = (c: Declaration['cookies'][number]): string => `${c.storage}/${c.name}`;
  return {
    categories: diffEntities(before.categories, after.categories, (c) => c.id),
    providers: diffEntities(before.providers, after.providers, (p) => p.id),
    cookies: diffEntities(before.cookies, after.cookies, cookieKey),
    thirdPartyUses: diffList(before.thirdPartyUses, after.thirdPartyUses),
    dataCollected: diffList(before.dataCollected, after.dataCollected),
    consentControls: diffEntities(before.consentControls, after.consentControls, (c) => c.method),
  };
}

/** Tell whether a declaration diff has any change at all. */
export function hasChanges(changes: DeclarationChanges): boolean {
  return Object.values(changes).some(
    (part) => part.added.length > 0 || part.removed.length > 0 || ('modified' in part && part.modified.length > 0),
  );
}

function diffEntities<T extends object>(before: readonly T[], after: readonly T[], key: (item: T) => string): EntityChange {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Map(after.map((item) => [key(item), item]));
  const modified = [...now]
    .filter(([id]) => old.has(id))
    .map(([id, item]) => ({ id, fields: changedFields(old.get(id) as T, item) }))
    .filter(({ fields }) => fields.length > 0);
  return { added: [...now.keys()].filter((id) => !old.has(id)), removed: [...old.keys()].filter((id) => !now.has(id)), modified };
}

function changedFields<T extends object>(a: T, b: T): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields]
    .filter((field) => JSON.stringify((a as Record<string, unknown>)[field]) !== JSON.stringify((b as Record<string, unknown>)[field]))
    .sort();
}

function diffList(before: readonly string[], after: readonly string[]): ListChange {
  return { added: after.filter((item) => !before.includes(item)), removed: before.filter((item) => !after.includes(item)) };
}
