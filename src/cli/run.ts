/**
 * The batch: read each input, decode, parse, then write it to stdout (framed as one JSON
 * array / NDJSON lines / Markdown documents) or to its own file under --out. One input that
 * fails is reported and skipped; the others still complete.
 */
import path from 'node:path';
import { parseArticle } from '../pipeline/parse';
import type { Article, ParseOptions } from '../types';
import { EXTENSIONS, Format, Framer, Palette, render } from '../output';
import { decode } from './decode';
import { InputError, describeFsError } from './errors';
import { hasHtmlExtension, InputItem } from './inputs';
import type { Sink } from './io';
import { READ_AHEAD, readAhead, readInput } from './read';
import type { Reporter } from './report';
import { outputPath, writeFileAtomic } from './write';

export interface BatchOptions {
  format: Format;
  /** Write one file per input here (an absolute path) instead of to stdout. */
  outDir: string | null;
  /** The working directory, to show output paths below it relative to it. */
  cwd: string;
  timezone?: string;
  /** --input-format: how inputs are read ('auto' when not given). */
  inputFormat?: InputFormat;
  /** One input named (an object on stdout) or possibly several (a JSON array). */
  many: boolean;
  /** Colours for JSON on stdout, or null for plain text. */
  palette: Palette | null;
}

export type InputFormat = NonNullable<ParseOptions['format']>;
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html'];

export interface BatchResult {
  files: number;
  written: number;
  failed: number;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Decode and parse one input as the CLI does (decoder warnings first in `warnings`).
 * Throws InputError for input that cannot be read as text, and `internal error: …` when the
 * parser itself throws. The roundtrip eval uses this too.
 *
 * `format` 'auto' (the default) reads a `.html` / `.htm` file as HTML and anything else by
 * its content (src/html/detect.ts).
 */
export function articleFromBytes(bytes: Buffer, sourcePath: string | null, timezone?: string, format: InputFormat = 'auto'): Article {
  const resolved: InputFormat = format === 'auto' && sourcePath !== null && hasHtmlExtension(sourcePath) ? 'html' : format;
  const decoded = decode(bytes, resolved);
  let article: Article;
  try {
    article = parseArticle(decoded.text, {
      path: sourcePath,
      bytes: bytes.length,
      encoding: decoded.encoding,
      ...(resolved !== 'auto' ? { format: resolved } : {}),
      ...(timezone !== undefined ? { timezone } : {}),
    });
  } catch (err) {
    throw new InputError(`internal error: ${message(err)}`);
  }
  if (decoded.warnings.length) article.warnings = [...decoded.warnings, ...article.warnings];
  return article;
}

function parseInput(item: InputItem, bytes: Buffer, timezone: string | undefined, format: InputFormat): Article {
  if (item.kind === 'file') return articleFromBytes(bytes, item.display, timezone, format);
  try {
    return articleFromBytes(bytes, null, timezone, format);
  } catch (err) {
    // stdin is not a file: say "empty input" there
    if (err instanceof InputError) throw new InputError(err.message.replace(/^empty file/, 'empty input'));
    throw err;
  }
}

/** An output path as shown in messages: relative to the working directory when below it. */
function shown(dest: string, cwd: string): string {
  const rel = path.relative(cwd, dest);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? dest : rel;
}

/** Output path per input; an input whose output another input already claims gets a reason instead. */
function planOutputs(items: readonly InputItem[], outDir: string, ext: string, cwd: string): Map<InputItem, { dest: string } | { clash: string }> {
  const plan = new Map<InputItem, { dest: string } | { clash: string }>();
  const owner = new Map<string, InputItem>();
  for (const item of items) {
    const dest = outputPath(outDir, item.rel, ext);
    const key = process.platform === 'win32' || process.platform === 'darwin' ? dest.toLowerCase() : dest;
    const first = owner.get(key);
    if (first) plan.set(item, { clash: `output ${shown(dest, cwd)} would overwrite the output of ${first.display}` });
    else {
      owner.set(key, item);
      plan.set(item, { dest });
    }
  }
  return plan;
}

export async function runBatch(
  items: readonly InputItem[],
  options: BatchOptions,
  stdin: NodeJS.ReadableStream,
  stdout: Sink,
  reporter: Reporter,
): Promise<BatchResult> {
  const { format, outDir } = options;
  const plan = outDir ? planOutputs(items, outDir, EXTENSIONS[format], options.cwd) : null;
  const framer = new Framer(format, options.many ? 'many' : 'single', options.palette);
  let written = 0;
  let failed = 0;
  let done = 0;

  for await (const [item, read] of readAhead(items, READ_AHEAD, (i: InputItem) => readInput(i, stdin))) {
    if (stdout.closed) break;
    done++;
    try {
      if (!read.ok) throw new InputError(read.reason);
      const target = plan?.get(item);
      if (target && 'clash' in target) throw new InputError(target.clash);
      const article = parseInput(item, read.bytes, options.timezone, options.inputFormat ?? 'auto');
      for (const w of article.warnings) reporter.warning(item.display, w);
      if (target) {
        try {
          await writeFileAtomic(target.dest, render(article, format));
        } catch (err) {
          throw new InputError(`cannot write ${shown(target.dest, options.cwd)}: ${describeFsError(err)}`);
        }
        written++;
      } else {
        await stdout.write(framer.item(article));
      }
    } catch (err) {
      failed++;
      reporter.error(item.display, err instanceof InputError ? err.message : `internal error: ${message(err)}`);
    }
    reporter.progress(done, items.length);
  }
  if (!outDir) await stdout.write(framer.end());
  return { files: items.length, written, failed };
}
