import type { Element } from 'hast';
import { element, text } from './element.ts';

/**
 * Build the "previous change" / "next change" links of change `change` out of `total`, so a reader
 * can walk a redline change by change without JavaScript. Like move links they carry the class
 * `redline-cue`: added by the engine, not policy text.
 */
export function changeSteps(change: number, total: number, idPrefix: string, linkBase: string): Element {
  const step = (to: number, label: string, rel: string): Element =>
    element('a', { className: ['redline-cue', 'redline-step', `redline-step-${rel}`], href: `${linkBase}#${idPrefix}change-${to}` }, [
      text(label),
    ]);
  const links: Element[] = [];
  if (change > 1) links.push(step(change - 1, 'previous change', 'previous'));
  if (change < total) links.push(step(change + 1, 'next change', 'next'));
  const children = links.flatMap((link, index) => (index === 0 ? [link] : [text(' '), link]));
  return element('span', { className: ['redline-steps'] }, children);
}
