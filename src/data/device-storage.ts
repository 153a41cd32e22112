import { buildDeviceStorageDisclosure, type DeviceStorageDisclosure } from '../lib/declaration/index.ts';
import type { TimelineEntry } from '../lib/policies/index.ts';
import type { SiteRevision } from './policies.ts';
import { ownerDomain } from './site-url.ts';
import { revisionSha256 } from './sources.ts';
import { keyedCache } from '../lib/cache/keyed-cache.ts';

/**
 * Build the IAB TCF device storage disclosure of a revision whose declaration names stored items it
 * can list; undefined otherwise (no declaration, or one of categories only: an empty disclosure
 * would say nothing is stored). Built from the same declaration as its declaration JSON; what it
 * leaves out, and why a declaration gets none, is reported in the build log (src/integration/redline.ts)
 * and by `npm run policy:check`, from the same function.
 */
export function deviceStorageDocument(entry: TimelineEntry<SiteRevision>): DeviceStorageDisclosure | undefined {
  return disclosures.get(revisionSha256(entry.revision), entry.revision).disclosure;
}

// Its route, its route's static paths, its revision's page and /developers/ each ask for it: mapped
// once per source (which holds the declaration); none is kept too, in an object the cache can hold.
const disclosures = keyedCache(({ declaration }: SiteRevision): { disclosure: DeviceStorageDisclosure | undefined } => ({
  disclosure: declaration ? buildDeviceStorageDisclosure(declaration, { siteDomain: ownerDomain() }).disclosure : undefined,
}));

/** Tell whether a revision publishes a device storage disclosure (`deviceStorageDocument`). */
export function hasDeviceStorageDisclosure(entry: TimelineEntry<SiteRevision>): boolean {
  return deviceStorageDocument(entry) !== undefined;
}
