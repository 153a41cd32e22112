import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareMode } from '../../src/lib/policies/index.ts';

/** Write `policy.yml` in a policy folder unless it already has one (an author's metadata is never overwritten). */
export function writePolicyMeta(dir: string, meta: { title: string; description: string; compare?: CompareMode | undefined }): void {
  const file = join(dir, 'policy.yml');
  if (existsSync(file)) return;
  const lines = [`title: ${JSON.stringify(meta.title)}`, `description: ${JSON.stringify(meta.description)}`, 'order: 0'];
  if (meta.compare) lines.push(`compare: ${meta.compare}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
}
