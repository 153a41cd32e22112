import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env.POLICIES_DIR;
if (!base) throw new Error('POLICIES_DIR must name the policies folder to build');

/** Every revision, with only the front matter its page shows. */
const revisions = defineCollection({
  loader: glob({ base, pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, ''), deferRender: true }),
  schema: z.looseObject({ effective: z.coerce.string() }),
});

export const collections = { revisions };
