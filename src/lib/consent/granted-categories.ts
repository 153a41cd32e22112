import type { ConsentDeclaration } from './consent-declaration.ts';
import type { ConsentRecord } from './consent-record.ts';

/**
 * Return the ids of the categories in effect: every required one, plus the non-essential ones the
 * record grants that the declaration still has. No record (or a record to be asked again) grants
 * nothing non-essential.
 */
export function grantedCategories(declaration: ConsentDeclaration, record: ConsentRecord | null): string[] {
  const chosen = new Set(record?.granted ?? []);
  return declaration.categories.filter((c) => c.required || chosen.has(c.id)).map((c) => c.id);
}
