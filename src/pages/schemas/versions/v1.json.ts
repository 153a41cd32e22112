import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import { absoluteUrl } from '../../../data/site-url.ts';
import { VERSIONS_SCHEMA_URL, versionsDocumentJsonSchema } from '../../../lib/policies/index.ts';

/** The JSON Schema (draft 2020-12) of `/api/<policy>/versions.json`, generated from its zod schema. */
export const GET: APIRoute = () => jsonResponse(versionsDocumentJsonSchema(absoluteUrl(VERSIONS_SCHEMA_URL)));
