import yaml from 'js-yaml';

/** A source file from another system, cut into what Redline keeps of its front matter and its body. */
export interface ImportedSource {
  /** The `title` of Jekyll-style front matter, if any. */
  title?: string;
  /** The Markdown body. */
  body: string;
}

/** Cut Jekyll (or any YAML) front matter off a Markdown file, keeping its title; other fields (redirects, versions) do not apply here. */
export function readJekyllSource(text: string): ImportedSource {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const match = /^---\n([\s\S]*?\n)?---\n?/.exec(normalized);
  if (!match) return { body: normalized };
  let title: string | undefined;
  try {
    const data = yaml.load(match[1] ?? '');
    if (data && typeof data === 'object' && 'title' in data && typeof data.title === 'string') title = data.title;
  } catch {
    // Unreadable front matter has no title to keep; the body is still imported.
  }
  const body = normalized.slice(match[0].length);
  return title === undefined ? { body } : { title, body };
}
