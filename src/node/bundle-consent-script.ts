import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { build, transform, type Plugin } from 'esbuild';

// `import css from './x.css?inline'` (as Vite reads it): the file's minified text.
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(builder) {
    builder.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?inline'.length)),
      namespace: 'css-text',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'css-text' }, async (args) => ({ contents: await minifiedCss(args.path), loader: 'text' }));
  },
};

async function minifiedCss(path: string): Promise<string> {
  const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
  return code.trim();
}

/** The consent banner's stylesheet, from the project root. */
export const CONSENT_STYLES = 'src/consent/consent.css';

/**
 * Return the exact text of the `<style>` the consent banner puts in its shadow root, so a
 * Content-Security-Policy can allow it by hash.
 */
export function consentStylesText(root: string = process.cwd()): Promise<string> {
  return minifiedCss(resolve(root, CONSENT_STYLES));
}

/** The consent script's entry point, from the project root. */
export const CONSENT_ENTRY = 'src/consent/main.ts';

/**
 * Bundle the consent script (`src/consent/main.ts` and the pure core it imports) into one minified
 * classic script for browsers of the last few years, in memory. The same sources give the same
 * bytes, so builds stay byte-identical.
 */
export async function bundleConsentScript(root: string = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, CONSENT_ENTRY)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2022', 'chrome100', 'firefox100', 'safari15.4'],
    legalComments: 'none',
    // Internal members are written `_name` (private fields' names survive minification): shorten them.
    mangleProps: /^_/,
    charset: 'utf8',
    plugins: [inlineCss],
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${CONSENT_ENTRY}`);
  return file.text;
}
