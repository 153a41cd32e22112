import yaml from 'js-yaml';
import { checkCharacters, describeForbiddenValue, findForbiddenValues } from './check-characters.ts';
import { checkTextSize } from './check-text-bounds.ts';
import { describeIssues } from './describe-issues.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';
import { policyMetaSchema, type PolicyMeta } from './schema.ts';

const META_FIELD_HINTS = {
  title: 'write the policy title, e.g. title: Cookie Policy',
  description: 'write one sentence saying what the policy covers',
  order: 'write a whole number; the index lists policies lowest first',
  allowBidi: 'write true to let a right-to-left title use bidirectional isolates and marks, or remove the field',
} as const;

/**
 * Check a `policy.yml` file — its size, its YAML, the schema, and that it holds no control or
 * bidirectional characters (but those `allowBidi` permits) — and return its metadata, or the problems found.
 */
export function checkPolicyMeta(file: string, text: string): { meta?: PolicyMeta; problems: PolicyProblem[] } {
  const size = checkTextSize(file, text);
  if (size.length > 0) return { problems: size };
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
    return {
      problems: [
        ...checkCharacters(file, text, { allowBidi: true, meta: true }),
        problemAt(file, `is not valid YAML (${reason ?? String(error)}) — fix the YAML`, (mark?.line ?? 0) + 1),
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [problemAt(file, 'must be a YAML mapping with title, description and order — e.g. "title: Cookie Policy"')] };
  }
  const record = data as Record<string, unknown>;
  const lines = text.split('\n');
  const lineOf = (field: string | undefined): number | undefined => {
    const index = field === undefined ? -1 : lines.findIndex((line) => line.startsWith(`${field}:`));
    return index < 0 ? undefined : index + 1;
  };
  const allowBidi = record['allowBidi'] === true;
  const problems = checkCharacters(file, text, { allowBidi, meta: true });
  for (const { path, codePoint } of findForbiddenValues(record, { allowBidi })) {
    if (text.includes(String.fromCodePoint(codePoint))) continue;
    problems.push(problemAt(file, `"${path}" ${describeForbiddenValue(codePoint, false)}`, lineOf(path.split(/[.[]/)[0])));
  }
  const parsed = policyMetaSchema.safeParse(record);
  if (parsed.success) return problems.length > 0 ? { problems } : { meta: parsed.data, problems };
  for (const { field, message } of describeIssues(parsed.error.issues, record, 'policy.yml', META_FIELD_HINTS)) {
    problems.push(problemAt(file, message, lineOf(field)));
  }
  return { problems };
}
