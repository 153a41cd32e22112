import yaml from 'js-yaml';
import { cutFrontMatter } from '../redline/index.ts';

/** A source file cut into its YAML front matter and its body. */
export interface FrontMatterSplit {
  /** The parsed front matter (an empty object when the file has none). */
  data: Record<string, unknown>;
  /** The raw YAML between the `---` fences, used to find the line of a field. */
  raw: string;
  /** 1-based line of the opening `---` fence; line `i` of `raw.split('\n')` is file line `rawLine + i`. */
  rawLine: number;
  /** The text after the closing fence. */
  body: string;
  /** 1-based line of the closing fence, on which `body` starts: body line `n` is file line `bodyLine + n - 1`. */
  bodyLine: number;
}

/** A front matter block that YAML cannot read, with the file line of the fault. */
export interface FrontMatterFault {
  /** What YAML said. */
  reason: string;
  /** 1-based line in the file. */
  line: number;
}

/** Split a source file into front matter and body (cutFrontMatter), parsing the YAML the way Astro does (js-yaml). */
export function splitFrontMatter(text: string): FrontMatterSplit | FrontMatterFault {
  const front = cutFrontMatter(text);
  if (!front) return { data: {}, raw: '', rawLine: 1, body: text, bodyLine: 1 };
  const { yaml: raw, yamlLine: rawLine, body, bodyLine } = front;
  try {
    const parsed: unknown = yaml.load(raw);
    const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    return { data, raw, rawLine, body, bodyLine };
  } catch (error) {
    const mark = (error as { mark?: { line?: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { reason, line: rawLine + (mark?.line ?? 0) };
  }
}

/** Find the file line on which a top-level front matter field is written. */
export function fieldLine(split: FrontMatterSplit, field: string): number | undefined {
  const index = split.raw.split('\n').findIndex((line) => line.startsWith(field) && /^\s*:/.test(line.slice(field.length)));
  return index < 0 ? undefined : split.rawLine + index;
}
