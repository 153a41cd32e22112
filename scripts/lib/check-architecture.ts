import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import ts from 'typescript';
import config, { PRESENTATION_FORBIDDEN } from '../../.dependency-cruiser.mjs';

/** One import the house plan forbids. */
export interface ArchitectureViolation {
  /** The importing file, relative to the project root. */
  from: string;
  /** What it imports (a file relative to the root, or a module name). */
  to: string;
  /** The rule's name in .dependency-cruiser.mjs. */
  rule: string;
  /** Why the rule exists and what to do instead. */
  comment: string;
}

/** What `checkArchitecture` read and found. */
export interface ArchitectureCheck {
  /** Every forbidden import, src/ and scripts/ (dependency-cruiser) then .astro files. */
  violations: ArchitectureViolation[];
  /** How many TypeScript and JavaScript modules dependency-cruiser read. */
  modules: number;
  /** How many .astro components and layouts were read. */
  astroFiles: number;
}

/**
 * Check a project's imports against the house plan (.dependency-cruiser.mjs): no cycles in src/ or
 * scripts/, a pure core, a self-contained engine, scripts apart from the site — with
 * dependency-cruiser — and components and layouts that only present, read from the frontmatter of
 * each .astro file (dependency-cruiser does not read .astro files).
 */
export async function checkArchitecture(root: string): Promise<ArchitectureCheck> {
  const forbidden = config.forbidden ?? [];
  const rules = Object.fromEntries(forbidden.map((rule) => [rule.name, rule.comment ?? '']));
  const { output } = await cruise(['src', 'scripts'], { ...config.options, baseDir: root, validate: true, ruleSet: { forbidden } });
  const result = output as ICruiseResult;
  const violations: ArchitectureViolation[] = result.summary.violations.map((violation) => ({
    from: violation.from,
    to: violation.cycle ? violation.cycle.map((step) => step.name).join(' → ') : violation.to,
    rule: violation.rule.name,
    comment: rules[violation.rule.name] ?? '',
  }));
  const astro = astroFiles(root, ['src/components', 'src/layouts']);
  for (const file of astro) violations.push(...presentationViolations(file, readFileSync(join(root, file), 'utf8')));
  return { violations, modules: result.summary.totalCruised, astroFiles: astro.length };
}

/** Return the forbidden value imports in the frontmatter of one .astro component or layout. */
export function presentationViolations(file: string, text: string): ArchitectureViolation[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const source = ts.createSourceFile(file, frontmatter, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const violations: ArchitectureViolation[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (typeOnly(statement)) continue;
    const specifier = statement.moduleSpecifier.text;
    const to = specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : specifier;
    const forbidden = PRESENTATION_FORBIDDEN.find(({ path }) => new RegExp(path).test(to));
    if (forbidden)
      violations.push({ from: file, to, rule: 'presentation-only', comment: `Components and layouts only present: ${forbidden.why}.` });
  }
  return violations;
}

// `import type { … }`, or `import { type A, type B }` with no default import: nothing runs.
function typeOnly(statement: ts.ImportDeclaration): boolean {
  const clause = statement.importClause;
  if (!clause) return false; // `import './x.css'`: runs
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function astroFiles(root: string, folders: string[]): string[] {
  return folders
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.astro'))
        .map((name) =>
          relative(root, join(root, folder, name))
            .split(sep)
            .join('/'),
        ),
    )
    .sort();
}

/** Write violations one per line, `from → to [rule]: why`, for a terminal. */
export function formatViolations(violations: readonly ArchitectureViolation[]): string {
  return violations.map(({ from, to, rule, comment }) => `${from} → ${to} [${rule}]: ${comment}`).join('\n');
}
