import type { Root, Table, TableCell, Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseHumanDuration } from './parse-human-duration.ts';

/** A cookie declaration read from the cookie tables of a text, and what could not be read. */
export interface TableDeclaration {
  /** `providers` and `cookies` in the front matter's `declaration` shape (no categories: tables do not give them). */
  declaration: {
    categories: never[];
    providers: { id: string; name: string; party: 'first' | 'third'; privacyPolicy?: string }[];
    cookies: {
      name: string;
      match: 'exact' | 'glob';
      category?: never;
      provider: string;
      purpose: string;
      duration?: string;
      session?: boolean;
    }[];
  };
  /** One line per cookie left out (its lifetime could not be read) or converted by convention. */
  report: string[];
}

const HEADER = {
  provider: /provider/i,
  name: /name/i,
  description: /description|purpose/i,
  expiration: /expir|duration|lifetime|retention/i,
};

/**
 * Read every table with provider, cookie name, description and expiration columns (as GitHub's
 * cookie list has) into providers and cookies. `isFirstParty` tells the site owner's provider from
 * third parties. Lifetimes that cannot be read leave their cookie out, and say so.
 */
export function cookieTableDeclaration(markdown: string, isFirstParty: (provider: string) => boolean): TableDeclaration {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const providers = new Map<string, TableDeclaration['declaration']['providers'][number]>();
  const cookies: TableDeclaration['declaration']['cookies'] = [];
  const report: string[] = [];
  for (const table of tables(tree)) {
    const [head, ...rows] = table.children;
    const headers = (head?.children ?? []).map(text);
    const column = Object.fromEntries(
      Object.entries(HEADER).map(([key, pattern]) => [key, headers.findIndex((h) => pattern.test(h))]),
    ) as Record<keyof typeof HEADER, number>;
    if (Object.values(column).some((index) => index < 0)) continue;
    for (const row of rows) {
      const cell = (index: number): TableCell | undefined => row.children[index];
      const providerName = text(cell(column.provider));
      const name = text(cell(column.name));
      if (!providerName || !name) continue;
      const id = providerName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      if (!providers.has(id)) {
        const url = link(cell(column.provider));
        const party = isFirstParty(providerName) ? 'first' : 'third';
        providers.set(id, url ? { id, name: providerName, party, privacyPolicy: url } : { id, name: providerName, party });
      }
      const lifetime = parseHumanDuration(text(cell(column.expiration)));
      if ('unread' in lifetime) {
        report.push(`left out ${name} (${providerName}): cannot read its lifetime "${lifetime.unread}" — declare it by hand`);
        continue;
      }
      if ('convention' in lifetime && lifetime.convention)
        report.push(`${name}: "${text(cell(column.expiration))}" written ${lifetime.duration.iso} (${lifetime.convention})`);
      const cookie = {
        name,
        match: /[*?]/.test(name) ? ('glob' as const) : ('exact' as const),
        provider: id,
        purpose: text(cell(column.description)),
      };
      cookies.push('session' in lifetime ? { ...cookie, session: true } : { ...cookie, duration: lifetime.duration.iso });
    }
  }
  return { declaration: { categories: [], providers: [...providers.values()], cookies }, report };
}

function tables(node: Nodes): Table[] {
  if (node.type === 'table') return [node];
  return 'children' in node ? node.children.flatMap((child) => tables(child as Nodes)) : [];
}

function text(node: Nodes | undefined): string {
  if (!node) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node
    ? node.children
        .map((child) => text(child as Nodes))
        .join('')
        .trim()
    : '';
}

function link(node: Nodes | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'link' && /^https?:/.test(node.url)) return node.url;
  return 'children' in node ? node.children.map((child) => link(child as Nodes)).find(Boolean) : undefined;
}
