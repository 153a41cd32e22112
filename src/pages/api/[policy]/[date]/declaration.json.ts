import type { APIRoute, GetStaticPaths } from 'astro';
import { declarationDocument, hasDeclaration, jsonResponse } from '../../../../data/declarations.ts';
import { revisionApiPaths, type RevisionProps } from '../../../../data/policy-paths.ts';

export const getStaticPaths = (() => revisionApiPaths(hasDeclaration)) satisfies GetStaticPaths;

/** One revision's cookie declaration, at a permanent URL: it never changes once published. */
export const GET: APIRoute<RevisionProps> = ({ props }) => jsonResponse(declarationDocument(props.policy, props.entry));
