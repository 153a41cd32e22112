import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPoliciesDir } from '../node/check-policies-dir.ts';
import { policiesDir } from '../node/policies-dir.ts';

/** Check the whole policies folder before Astro loads any of it, so bad input stops the build with every problem named. */
export function redline(): AstroIntegration {
  return {
    name: 'redline',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        checkPoliciesDir(policiesDir(root), root);
      },
    },
  };
}
