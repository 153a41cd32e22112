import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import { absoluteUrl } from '../../../data/site-url.ts';
import { POLICIES_SCHEMA_URL, policiesIndexJsonSchema } from '../../../lib/policies/index.ts';

/** The JSON Schema (draft 2020-12) of `/api/policies.json`, generated from its zod schema. */
export const GET: APIRoute = () => jsonResponse(policiesIndexJsonSchema(absoluteUrl(POLICIES_SCHEMA_URL)));
