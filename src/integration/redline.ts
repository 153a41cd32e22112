import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPoliciesDir, shownPath } from '../node/check-policies-dir.ts';
import { buildLogDisclosureNotes } from '../node/disclosure-notes.ts';
import { builtCache, builtSectionHistory } from '../node/build-cache-handoff.ts';
import { policiesDir } from '../node/policies-dir.ts';
import { buildDay } from '../node/build-day.ts';
import { buildSearchIndex } from '../node/search-index.ts';
import { describeSearchIndex } from '../lib/search/index.ts';
import { count } from '../lib/text/count.ts';

/**
 * Check the whole policies folder before Astro loads any of it, so bad input stops the build with
 * every problem named, and warn of what the device storage disclosures of the revisions in force,
 * upcoming or not yet locked leave out; after a complete build, report what the redline cache saved
 * and drop the entries no page used (edited or deleted revisions), so the cache never grows without
 * bound; and index the revision pages for the search page (src/node/search-index.ts).
 */
export function redline(): AstroIntegration {
  return {
    name: 'redline',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // One day for the whole build: the check and every page agree on what is published, even
        // for a build that runs across midnight.
        const day = buildDay();
        process.env['REDLINE_AS_OF'] = day;
        const dir = policiesDir(root);
        const files = checkPoliciesDir(dir, day, root);
        // What a device storage disclosure leaves out is said, never dropped silently; the build goes on.
        for (const line of buildLogDisclosureNotes(dir, files, shownPath(dir, root), day)) logger.warn(line);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(describeSearchIndex(await buildSearchIndex(fileURLToPath(dir))));
        const sections = builtSectionHistory();
        if (sections) {
          // bench:site reads this line.
          logger.info(
            `section history: ${count(sections.sections, 'section')} of ${count(sections.policies, 'policy', 'policies')} followed, and each revision's sections listed, in ${Math.round(sections.milliseconds)} ms`,
          );
        }
        // Handed over by the pages (src/data/redlines.ts) when they compared revisions; none when no page did.
        const build = builtCache();
        if (!build) return;
        const { documents, diffs } = build;
        await Promise.all([documents.flush(), diffs.flush()]);
        const removed = documents.prune() + diffs.prune();
        const { parsed, loaded } = documents.stats;
        const { computed, reused } = diffs.stats;
        logger.info(
          `revisions parsed: ${parsed}, read from the cache: ${loaded}; redlines computed: ${computed}, reused from the cache: ${reused}; stale cache entries removed: ${removed}`,
        );
      },
    },
  };
}
