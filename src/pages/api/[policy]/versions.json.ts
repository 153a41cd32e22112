import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import type { SitePolicy } from '../../../data/policies.ts';
import { policyPaths } from '../../../data/policy-paths.ts';
import { versionsDocument } from '../../../data/versions-document.ts';

export const getStaticPaths = policyPaths satisfies GetStaticPaths;

/** Every published version of a policy, with its SHA-256s and which one is in force: for recording acceptances and asking again. */
export const GET: APIRoute<{ policy: SitePolicy }> = ({ props }) => jsonResponse(versionsDocument(props.policy));
