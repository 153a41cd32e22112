import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import { absoluteUrl } from '../../../data/site-url.ts';
import { lockJsonSchema } from '../../../lib/integrity/index.ts';
import { LOCK_SCHEMA_URL } from '../../../lib/policies/index.ts';

/** The JSON Schema (draft 2020-12) of the lock file, `/integrity/redline.lock.json`, generated from its zod schema. */
export const GET: APIRoute = () => jsonResponse(lockJsonSchema(absoluteUrl(LOCK_SCHEMA_URL)));
