import { createHash } from 'node:crypto';
import { bundleReacceptanceModule, reacceptanceDeclarations } from '../node/bundle-reacceptance-module.ts';

/** Return the re-acceptance module, bundled from `src/lib/reacceptance/` (on each build, and each request in dev). */
export function reacceptanceModule(): Promise<string> {
  return bundleReacceptanceModule();
}

/** Return the re-acceptance module's TypeScript declarations, served beside it. */
export function reacceptanceTypes(): Promise<string> {
  return reacceptanceDeclarations();
}

/**
 * Return the module's integrity value, `sha384-<base64>`, as `<script integrity>` and import maps
 * take it (Subresource Integrity): the SHA-384 of the UTF-8 bytes its route serves, this build.
 */
export async function reacceptanceModuleIntegrity(): Promise<`sha384-${string}`> {
  return `sha384-${createHash('sha384')
    .update(await reacceptanceModule(), 'utf8')
    .digest('base64')}`;
}
