import type { APIRoute, GetStaticPaths } from 'astro';
import { declarationDocument, hasDeclaration, jsonResponse } from '../../../data/declarations.ts';
import { inForceApiPaths, type RevisionProps } from '../../../data/policy-paths.ts';

export const getStaticPaths = (() => inForceApiPaths(hasDeclaration)) satisfies GetStaticPaths;

/** The cookie declaration in force: the same document as its revision's, at a URL that follows the policy. */
export const GET: APIRoute<RevisionProps> = ({ props }) => jsonResponse(declarationDocument(props.policy, props.entry));
