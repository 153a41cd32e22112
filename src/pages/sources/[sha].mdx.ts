import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFilePaths } from '../../data/source-files.ts';

export const getStaticPaths = sourceFilePaths satisfies GetStaticPaths;

/** A revision or translation source, byte for byte as hashed: `sha256sum` of the download equals its name. */
export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
