import yaml from 'js-yaml';
import { cutFrontMatter } from '../redline/index.ts';

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
  // Jekyll reads front matter only when the file opens with a `---` line.
  const front = normalized.startsWith('---\n') ? cutFrontMatter(normalized) : undefined;
  if (!front) return { body: normalized };
  let title: string | undefined;
  try {
    const data = yaml.load(front.yaml);
    if (data && typeof data === 'object' && 'title' in data && typeof data.title === 'string') title = data.title;
  } catch {
    // Unreadable front matter has no title to keep; the body is still imported.
  }
  // The line break that ends the closing fence is not part of the body.
  const body = front.body.startsWith('\n') ? front.body.slice(1) : front.body;
  return title === undefined ? { body } : { title, body };
}
