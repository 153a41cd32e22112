import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import { deviceStorageDocument, hasDeviceStorageDisclosure } from '../../../data/device-storage.ts';
import { inForceApiPaths, type RevisionProps } from '../../../data/policy-paths.ts';

export const getStaticPaths = (() => inForceApiPaths(hasDeviceStorageDisclosure)) satisfies GetStaticPaths;

/** The IAB TCF device storage disclosure in force: the same document as its revision's, at a URL that follows the policy. */
export const GET: APIRoute<RevisionProps> = ({ props }) => jsonResponse(deviceStorageDocument(props.entry));
