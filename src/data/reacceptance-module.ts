import { bundleReacceptanceModule, reacceptanceDeclarations } from '../node/bundle-reacceptance-module.ts';

/** Return the re-acceptance module, bundled from `src/lib/reacceptance/` (on each build, and each request in dev). */
export function reacceptanceModule(): Promise<string> {
  return bundleReacceptanceModule();
}

/** Return the re-acceptance module's TypeScript declarations, served beside it. */
export function reacceptanceTypes(): Promise<string> {
  return reacceptanceDeclarations();
}
