import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPoliciesDir } from '../node/check-policies-dir.ts';
import type { DiffCache } from '../node/diff-cache.ts';
import { policiesDir } from '../node/policies-dir.ts';
import { buildDay } from '../node/build-day.ts';

// Set by src/data/redlines.ts when pages compare revisions (same process, another module graph).
const DIFF_CACHE_KEY = Symbol.for('redline.diffCache');

/**
 * Check the whole policies folder before Astro loads any of it, so bad input stops the build with
 * every problem named; after a complete build, report what the redline cache saved and drop the
 * entries no page used (edited or deleted revisions), so the cache never grows without bound.
 */
export function redline(): AstroIntegration {
  return {
    name: 'redline',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        // One day for the whole build: the check and every page agree on what is published, even
        // for a build that runs across midnight.
        const day = buildDay();
        process.env['REDLINE_AS_OF'] = day;
        checkPoliciesDir(policiesDir(root), day, root);
      },
      'astro:build:done': async ({ logger }) => {
        const build = (globalThis as Record<symbol, { cache: DiffCache; parsed: () => number } | undefined>)[DIFF_CACHE_KEY];
        if (!build) return;
        await build.cache.flush();
        const removed = build.cache.prune();
        const { computed, reused } = build.cache.stats;
        logger.info(
          `${build.parsed()} revisions parsed; ${computed} redlines computed, ${reused} reused from the cache; ${removed} stale cache entries removed`,
        );
      },
    },
  };
}
