import { buildDeviceStorageDisclosure, type DeviceStorageDisclosure } from '../lib/declaration/index.ts';
import type { TimelineEntry } from '../lib/policies/index.ts';
import type { SiteRevision } from './policies.ts';
import { ownerDomain } from './site-url.ts';

/**
 * Build the IAB TCF device storage disclosure of a revision whose declaration names stored items it
 * can list; undefined otherwise (no declaration, or one of categories only: an empty disclosure
 * would say nothing is stored). Built from the same declaration as its declaration JSON; what it
 * leaves out, and why a declaration gets none, is reported in the build log (src/integration/redline.ts)
 * and by `npm run policy:check`, from the same function.
 */
export function deviceStorageDocument(entry: TimelineEntry<SiteRevision>): DeviceStorageDisclosure | undefined {
  const { declaration } = entry.revision;
  if (!declaration) return undefined;
  return buildDeviceStorageDisclosure(declaration, { siteDomain: ownerDomain() }).disclosure;
}

/** Tell whether a revision publishes a device storage disclosure (`deviceStorageDocument`). */
export function hasDeviceStorageDisclosure(entry: TimelineEntry<SiteRevision>): boolean {
  return deviceStorageDocument(entry) !== undefined;
}
