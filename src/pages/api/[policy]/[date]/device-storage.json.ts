import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../../data/declarations.ts';
import { deviceStorageDocument, hasDeviceStorageDisclosure } from '../../../../data/device-storage.ts';
import { revisionApiPaths, type RevisionProps } from '../../../../data/policy-paths.ts';

export const getStaticPaths = (() => revisionApiPaths(hasDeviceStorageDisclosure)) satisfies GetStaticPaths;

/** One revision's IAB TCF device storage disclosure, beside its declaration when that names stored items to list. */
export const GET: APIRoute<RevisionProps> = ({ props }) => jsonResponse(deviceStorageDocument(props.entry));
