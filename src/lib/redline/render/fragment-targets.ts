import type { Redline } from '../redline.ts';

/** Where `#fragment` links point in a redline: each revision's heading ids (as on its page) → the ids the redline gives them. */
export interface FragmentTargets {
  old: ReadonlyMap<string, string>;
  new: ReadonlyMap<string, string>;
}

/**
 * Map each revision's heading ids to where the redline shows those headings (Redline.headingIds), so
 * the policy's own `#fragment` links land on the heading they name: a removed heading's links on its
 * `old-…` id, a renamed or moved one's on its new id.
 */
export function fragmentTargets(redline: Pick<Redline, 'old' | 'new' | 'headingIds'>): FragmentTargets {
  const targets = (sections: Redline['new']['sections'], ids: readonly string[]): Map<string, string> => {
    const map = new Map<string, string>();
    sections.forEach((section, index) => {
      const id = ids[index];
      if (id && !map.has(section.id)) map.set(section.id, id);
    });
    return map;
  };
  return { old: targets(redline.old.sections, redline.headingIds.old), new: targets(redline.new.sections, redline.headingIds.new) };
}
