import type { Element, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { safeUrl } from '../redline/index.ts';
import { visibleControls } from '../text/visible-controls.ts';
import { attributeInfo } from './attribute-info.ts';
import { startOf, type BodyProblem } from './body-problem.ts';

// Elements with no content (HTML Living Standard, "void elements") that a policy may write.
const VOID = new Set(['br', 'hr', 'img', 'input']);

type Definition = NonNullable<Schema['attributes']>[string][number];
type Value = Element['properties'][string];

/**
 * List every element, attribute and URL of a body's hast that the schema does not allow, where it is
 * written: the same rules hast-util-sanitize applies (tags, attributes and their values, URL schemes,
 * required ancestors), stated so an author can fix the file instead of having it silently changed.
 */
export function checkBodyHtml(tree: Root, schema: Schema): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const tags = new Set(schema.tagNames ?? []);
  const pending: { node: Element | Root; ancestors: string[] }[] = [{ node: tree, ancestors: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, ancestors } = next;
    if (node.type === 'element') {
      const at = startOf(node);
      const tag = node.tagName;
      if (!tags.has(tag)) {
        problems.push({
          ...at,
          message: `has a <${tag}> element, which a policy may not contain — write the text in Markdown, or remove it`,
        });
        continue;
      }
      const needs = schema.ancestors?.[tag];
      if (needs && !needs.some((ancestor) => ancestors.includes(ancestor))) {
        problems.push({ ...at, message: `has a <${tag}> outside a <${needs.join('> or <')}> — write the table in Markdown` });
      }
      if (VOID.has(tag) && node.children.length > 0) {
        // The page would drop this text while the redline shows it: refuse it instead.
        problems.push({
          ...at,
          message: `has text inside <${tag}>, which holds none (a page would not show it) — close the tag, <${tag} />, and put the text after it`,
        });
      }
      for (const [key, value] of Object.entries(node.properties)) {
        const problem = attributeProblem(schema, tag, key, value);
        if (problem) problems.push({ ...at, message: problem });
      }
    }
    const inside = node.type === 'element' ? [...ancestors, node.tagName] : ancestors;
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k];
      if (child?.type === 'element') pending.push({ node: child, ancestors: inside });
      else if (child && child.type !== 'text') {
        problems.push({ ...startOf(child), message: `has ${child.type} content, which a policy may not contain — remove it` });
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function attributeProblem(schema: Schema, tag: string, key: string, value: Value): string | null {
  // An attribute attributeInfo could not resolve keeps its written name after `unknown:`.
  const name = key.startsWith('unknown:') ? key.slice('unknown:'.length) : attributeInfo(key).attribute;
  const definitions = [...(schema.attributes?.[tag] ?? []), ...(schema.attributes?.['*'] ?? [])].filter((definition) =>
    typeof definition === 'string' ? definition === key : definition[0] === key,
  );
  if (definitions.length === 0) {
    const hint = /^on/i.test(name) ? 'event handlers run code' : `<${tag}> may have ${allowedNames(schema, tag)}`;
    return `sets the attribute ${name} on <${tag}>, which a policy may not use (${hint}) — remove it`;
  }
  if (!definitions.some((definition) => valueAllowed(definition, value))) {
    return `sets ${name}="${shown(value)}" on <${tag}>, a value Redline does not allow — remove it`;
  }
  const protocols = schema.protocols?.[key];
  if (protocols && typeof value === 'string' && safeUrl(value, key === 'src') === null) {
    return protocols.length === 0
      ? `has the URL "${shown(value)}" in ${name}, which is not on this site — put the file in public/ and use its path, e.g. /images/x.png`
      : `has the URL "${shown(value)}" in ${name}, with a scheme Redline does not allow — use ${protocols.join(', ')}, a relative path or a #fragment`;
  }
  return null;
}

function valueAllowed(definition: Definition, value: Value): boolean {
  if (typeof definition === 'string') return true;
  const [, ...allowed] = definition;
  if (allowed.length === 0) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.every((item) => allowed.some((ok) => (ok instanceof RegExp ? typeof item === 'string' && ok.test(item) : ok === item)));
}

function allowedNames(schema: Schema, tag: string): string {
  const names = [...(schema.attributes?.[tag] ?? []), ...(schema.attributes?.['*'] ?? [])].map(
    (definition) => attributeInfo(typeof definition === 'string' ? definition : definition[0]).attribute,
  );
  return [...new Set(names)].join(', ');
}

function shown(value: Value): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  // Shown in a terminal: no control characters from the policy.
  const safe = visibleControls(text);
  return safe.length > 60 ? `${safe.slice(0, 60)}…` : safe;
}
