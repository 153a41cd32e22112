import { buildDeviceStorageDisclosure, type DeviceStorageDisclosure } from '../lib/declaration/index.ts';
import type { TimelineEntry } from '../lib/policies/index.ts';
import { ownerDomain } from '../node/disclosure-notes.ts';
import type { SiteRevision } from './policies.ts';

/**
 * Build the IAB TCF device storage disclosure of a revision that declares its cookies (undefined
 * otherwise), from the same declaration as its declaration JSON. What it leaves out is reported in
 * the build log (src/integration/redline.ts) and by `npm run policy:check`, from the same function.
 */
export function deviceStorageDocument(entry: TimelineEntry<SiteRevision>): DeviceStorageDisclosure | undefined {
  const { declaration } = entry.revision;
  if (!declaration) return undefined;
  return buildDeviceStorageDisclosure(declaration, { siteDomain: ownerDomain() }).disclosure;
}
