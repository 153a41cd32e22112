import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/declarations.ts';
import { absoluteUrl } from '../../../data/site-url.ts';
import { declarationJsonSchema } from '../../../lib/declaration/index.ts';
import { DECLARATION_SCHEMA_URL } from '../../../lib/policies/index.ts';

/** The JSON Schema (draft 2020-12) every declaration document follows, generated from its zod schema. */
export const GET: APIRoute = () => jsonResponse(declarationJsonSchema(absoluteUrl(DECLARATION_SCHEMA_URL)));
