import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The re-acceptance module's entry point, from the project root: pure TypeScript whose exports are the module's. */
export const REACCEPTANCE_ENTRY = 'src/lib/reacceptance/needs-reacceptance.ts';

/** The name its declarations are served under, beside the module (`@ts-self-types` names it). */
export const REACCEPTANCE_TYPES_FILE = 'reacceptance.d.ts';

const DOCUMENTED = "documented on the site's /developers/ page";
const MODULE_HEADER = `// Redline re-acceptance helper, v1: needsReacceptance(accepted, versions, { asOf }).
// An ES module with no dependencies, for browsers, Node and Deno; ${DOCUMENTED}.`;
const TYPES_HEADER = `// Types of the Redline re-acceptance helper, v1 (./reacceptance.js); ${DOCUMENTED}.`;

/**
 * Bundle the re-acceptance helper (`src/lib/reacceptance/` and the pure code it imports) into one
 * readable ES module for browsers of the last few years and Node 18+, in memory. It names its type
 * declarations for Deno (`@ts-self-types`); the same sources give the same bytes.
 */
export async function bundleReacceptanceModule(root: string = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, REACCEPTANCE_ENTRY)],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: ['es2022', 'chrome100', 'firefox100', 'safari15.4'],
    legalComments: 'none',
    charset: 'utf8',
    banner: { js: `// @ts-self-types="./${REACCEPTANCE_TYPES_FILE}"\n${MODULE_HEADER}` },
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${REACCEPTANCE_ENTRY}`);
  return file.text;
}

/**
 * Return the TypeScript declarations of the re-acceptance module, from its entry's own source with
 * their doc comments (TypeScript's isolated declaration emit). Every type of its exports is written
 * in that one file, so the declarations stand alone; throws if they would import anything.
 */
export async function reacceptanceDeclarations(root: string = process.cwd()): Promise<string> {
  const source = await readFile(resolve(root, REACCEPTANCE_ENTRY), 'utf8');
  // Loaded when needed (some 250 ms): only the route of the declarations asks for it.
  const { default: ts } = await import('typescript');
  const { outputText, diagnostics = [] } = ts.transpileDeclaration(source, { fileName: REACCEPTANCE_ENTRY, reportDiagnostics: true });
  if (diagnostics.length > 0) {
    const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`${REACCEPTANCE_ENTRY}: its declarations cannot be written on their own — ${messages.join('; ')}`);
  }
  if (/^\s*(import|export\s+\*|export\s+\{[^}]*\}\s+from)\b/m.test(outputText))
    throw new Error(`${REACCEPTANCE_ENTRY}: its declarations import another module — write every exported type in this file`);
  return `${TYPES_HEADER}\n${outputText}`;
}
