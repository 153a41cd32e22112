import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policyMetaSchema, revisionSchema } from './lib/policies/index.ts';
import { translationSchema } from './lib/translations/index.ts';
import { policiesDir } from './node/policies-dir.ts';
import { revisionsLoader } from './node/revisions-loader.ts';
import { translationsLoader } from './node/translations-loader.ts';

// The Redline integration has already checked the whole folder (src/integration/redline.ts); these
// schemas give the entries their types and guard `astro dev` edits made after start-up.
const base = policiesDir();

/** One entry per policy: `policies/<policy>/policy.yml`, with the folder name as id. */
const policies = defineCollection({
  loader: glob({ base, pattern: '*/policy.yml', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: policyMetaSchema,
});

/**
 * One entry per revision: `policies/<policy>/<YYYY-MM-DD>.mdx`, with `<policy>/<YYYY-MM-DD>` as id.
 * Data only: a revision's body is text, rendered by src/data through the allowlist, never compiled.
 */
const revisions = defineCollection({
  loader: revisionsLoader(base),
  schema: revisionSchema,
});

/**
 * One entry per translation: `policies/<policy>/<lang>/<YYYY-MM-DD>.mdx`, with
 * `<policy>/<lang>/<YYYY-MM-DD>` as id. Data only, like a revision.
 */
const translations = defineCollection({
  loader: translationsLoader(base),
  schema: translationSchema,
});

export const collections = { policies, revisions, translations };
