import yaml from 'js-yaml';
import { describeIssues } from './describe-issues.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';
import { policyMetaSchema, type PolicyMeta } from './schema.ts';

const META_FIELD_HINTS = {
  title: 'write the policy title, e.g. title: Cookie Policy',
  description: 'write one sentence saying what the policy covers',
  order: 'write a whole number; the index lists policies lowest first',
} as const;

/** Check a `policy.yml` file and return its metadata, or the problems found. */
export function checkPolicyMeta(file: string, text: string): { meta?: PolicyMeta; problems: PolicyProblem[] } {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
    return { problems: [problemAt(file, `is not valid YAML (${reason ?? String(error)}) — fix the YAML`, (mark?.line ?? 0) + 1)] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [problemAt(file, 'must be a YAML mapping with title, description and order — e.g. "title: Cookie Policy"')] };
  }
  const record = data as Record<string, unknown>;
  const parsed = policyMetaSchema.safeParse(record);
  if (parsed.success) return { meta: parsed.data, problems: [] };
  const lines = text.split('\n');
  const problems = describeIssues(parsed.error.issues, record, 'policy.yml', META_FIELD_HINTS).map(({ field, message }) => {
    const index = field === undefined ? -1 : lines.findIndex((line) => line.startsWith(`${field}:`));
    return problemAt(file, message, index < 0 ? undefined : index + 1);
  });
  return { problems };
}
