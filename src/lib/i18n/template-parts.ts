/** A piece of an interface template: text as written, or the name of a `{placeholder}`. */
export type TemplatePart = { text: string } | { placeholder: string };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Split an interface template (`'Announced on {date}'`) into its text and its placeholders, in order,
 * so that a page can put markup (a `<time>`, a link) where each placeholder stands. Empty text
 * between two placeholders is left out.
 */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ placeholder: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** List the names of a template's placeholders, in order (`'{a} and {b}'` → `['a', 'b']`). */
export function templatePlaceholders(template: string): string[] {
  return templateParts(template).flatMap((part) => ('placeholder' in part ? [part.placeholder] : []));
}

/**
 * Fill a template's placeholders with values; `text` turns the template's own text into the
 * output's form (e.g. `escapeHtml` when the values are HTML). A placeholder without a value is an
 * error of the caller: it throws, naming it and the template.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>, text: (s: string) => string = (s) => s): string {
  return templateParts(template)
    .map((part) => {
      if ('text' in part) return text(part.text);
      const value = values[part.placeholder];
      if (value === undefined) throw new Error(`interface template "${template}" needs a value for {${part.placeholder}}`);
      return value;
    })
    .join('');
}
