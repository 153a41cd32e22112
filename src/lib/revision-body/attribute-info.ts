import { find, html } from 'property-information';

/** What is known of an HTML attribute: its hast property name, its HTML name and how its value is read. */
export type AttributeInfo = ReturnType<typeof find>;

/**
 * Look up an attribute by its HTML or property name (`class` or `className`), as property-information
 * does — except that names it resolves through `Object.prototype` (`constructor`, `__proto__`), for
 * which it returns nothing, are taken as unknown attributes of that name, never as a crash.
 */
export function attributeInfo(name: string): AttributeInfo {
  const info = Object.hasOwn(Object.prototype, name) || Object.hasOwn(Object.prototype, name.toLowerCase()) ? undefined : find(html, name);
  return info ?? ({ property: `unknown:${name}`, attribute: name } as AttributeInfo);
}
