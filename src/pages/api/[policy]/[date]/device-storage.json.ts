import type { APIRoute, GetStaticPaths } from 'astro';
import { hasDeclaration, jsonResponse } from '../../../../data/declarations.ts';
import { deviceStorageDocument } from '../../../../data/device-storage.ts';
import { revisionApiPaths, type RevisionProps } from '../../../../data/policy-paths.ts';

export const getStaticPaths = (() => revisionApiPaths(hasDeclaration)) satisfies GetStaticPaths;

/** One revision's IAB TCF device storage disclosure, beside its declaration. */
export const GET: APIRoute<RevisionProps> = ({ props }) => jsonResponse(deviceStorageDocument(props.entry));
