import { CONSENT_MODE_TYPES } from '../declaration/consent-mode.ts';
import type { ConsentDeclaration } from './consent-declaration.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHANGES = ['material', 'editorial', 'technical'];
const TYPES: readonly string[] = CONSENT_MODE_TYPES;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isText: Check = (v) => typeof v === 'string' && v.length > 0;
const isDate: Check = (v) => typeof v === 'string' && DATE.test(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check that a fetched JSON value is a Redline cookie declaration (spec 1.x) the banner can rely
 * on, field by field, and return it typed — or say which field is wrong, with its value.
 */
export function validateDeclaration(value: unknown): { declaration: ConsentDeclaration } | { error: string } {
  const fail = (path: string, found: unknown, expected: string): { error: string } => ({
    error: `"${path}" is ${JSON.stringify(found) ?? 'missing'}, expected ${expected}`,
  });
  if (!isObject(value)) return fail('(document)', value, 'a JSON object');
  if (typeof value['specVersion'] !== 'string' || !value['specVersion'].startsWith('1.'))
    return fail('specVersion', value['specVersion'], '1.x');
  const policy = value['policy'];
  if (!isObject(policy)) return fail('policy', policy, 'an object');
  const policyFields: [string, Check, string][] = [
    ['id', isText, 'text'],
    ['title', isText, 'text'],
    ['version', isDate, 'a YYYY-MM-DD date'],
    ['change', (v) => v === null || CHANGES.includes(v as string), 'material, editorial, technical or null'],
    ['currentUrl', (v) => typeof v === 'string' && /^https?:\/\//.test(v), 'an http(s) URL'],
    ['previousVersion', (v) => v === null || isDate(v), 'a YYYY-MM-DD date or null'],
  ];
  for (const [field, check, expected] of policyFields) {
    if (!check(policy[field])) return fail(`policy.${field}`, policy[field], expected);
  }
  const changes = value['changes'];
  if (changes !== null && !(isObject(changes) && isObject(changes['categories']) && isStrings(changes['categories']['added'])))
    return fail('changes', changes, 'null or changes with categories.added');
  const categories = value['categories'];
  if (!Array.isArray(categories)) return fail('categories', categories, 'an array');
  const seen = new Set<string>();
  for (const [i, category] of categories.entries()) {
    if (!isObject(category)) return fail(`categories[${i}]`, category, 'an object');
    const fields: [string, Check, string][] = [
      ['id', (v) => isText(v) && !seen.has(v as string), 'a unique id'],
      ['name', isText, 'text'],
      ['description', isString, 'text'],
      ['purposes', isStrings, 'a list of text'],
      ['required', (v) => typeof v === 'boolean', 'true or false'],
      ['consentMode', (v) => Array.isArray(v) && v.every((t) => TYPES.includes(t as string)), 'a list of Consent Mode types'],
    ];
    for (const [field, check, expected] of fields) {
      if (!check(category[field])) return fail(`categories[${i}].${field}`, category[field], expected);
    }
    seen.add(category['id'] as string);
  }
  const integrity = value['integrity'];
  if (!isObject(integrity) || typeof integrity['digest'] !== 'string' || !/^[0-9a-f]{64}$/.test(integrity['digest']))
    return fail('integrity.digest', isObject(integrity) ? integrity['digest'] : integrity, '64 hex digits');
  return { declaration: value as unknown as ConsentDeclaration };
}
