import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** Describe every element of an HTML document that could run code: scripts, `on…` handlers, `javascript:` URLs. */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const el = node as Element;
      if (el.tagName === 'script') found.push(`<script ${JSON.stringify(el.properties)}>`);
      for (const [name, value] of Object.entries(el.properties)) {
        if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}>`);
        if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.push(`<${el.tagName} ${name}=${value}>`);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return found;
}

/** Remove the redline's screen-reader cues and ids, so an expectation reads like `<del>thirty</del><ins>sixty</ins> days`. */
export function plainRedline(html: string): string {
  return html.replace(/<span class="redline-cue">[^<]*<\/span>/g, '').replace(/ id="[^"]*"/g, '');
}
