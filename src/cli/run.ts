/**
 * The batch: read each input, decode, parse, then write it to stdout (framed as one JSON
 * array / NDJSON lines / Markdown documents) or to its own file under --out. One input that
 * fails is reported and skipped; the others still complete.
 */
import path from 'node:path';
import type * as ParseModule from '../pipeline/parse';
import type { Article, ParseOptions } from '../types';
import { EXTENSIONS, Format, Framer, Palette, render } from '../output';
import { decode } from './decode';
import { InputError, describeFsError, errorMessage, failureReason } from './errors';
import { hasHtmlExtension, InputItem } from './inputs';
import type { Sink } from './io';
import type { Parser } from './pool';
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
  /** --encoding: decode every input as this instead of detecting. */
  encoding?: string;
  /** --max-bytes: larger inputs are refused (DEFAULT_MAX_BYTES when not given). */
  maxBytes?: number;
  /** One input named (an object on stdout) or possibly several (a JSON array). */
  many: boolean;
  /** Colours for JSON on stdout, or null for plain text. */
  palette: Palette | null;
  /** Parser threads (--jobs), or null to parse in this thread. The caller closes it. */
  parser?: Parser | null;
}

export type InputFormat = NonNullable<ParseOptions['format']>;
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html'];

export interface BatchResult {
  files: number;
  written: number;
  failed: number;
}

/**
 * The parser, loaded on first use: with parser threads the main thread never parses, and not
 * loading the pipeline (about 250 ms of module loading) lets the threads start sooner.
 */
let parseModule: typeof ParseModule | null = null;
function pipeline(): typeof ParseModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (parseModule ??= require('../pipeline/parse') as typeof ParseModule);
}

/**
 * Decode and parse one input as the CLI does (decoder warnings first in `warnings`).
 * Throws InputError for input that cannot be read as text, and `internal error: …` when the
 * parser itself throws. The roundtrip eval uses this too.
 *
 * `format` 'auto' (the default) reads a `.html` / `.htm` file as HTML and anything else by
 * its content (src/html/detect.ts). `encoding` (--encoding) forces the encoding.
 */
export function articleFromBytes(bytes: Buffer, sourcePath: string | null, timezone?: string, format: InputFormat = 'auto', encoding?: string): Article {
  const resolved: InputFormat = format === 'auto' && sourcePath !== null && hasHtmlExtension(sourcePath) ? 'html' : format;
  const decoded = decode(bytes, resolved, encoding);
  let article: Article;
  try {
    article = pipeline().parseArticle(decoded.text, {
      path: sourcePath,
      bytes: bytes.length,
      encoding: decoded.encoding,
      ...(resolved !== 'auto' ? { format: resolved } : {}),
      ...(timezone !== undefined ? { timezone } : {}),
    });
  } catch (err) {
    throw new InputError(`internal error: ${errorMessage(err)}`);
  }
  if (decoded.warnings.length) article.warnings = [...decoded.warnings, ...article.warnings];
  return article;
}

/** stdin is not a file: say "empty input" there. */
function forInput(item: InputItem, reason: string): string {
  return item.kind === 'stdin' ? reason.replace(/^empty file/, 'empty input') : reason;
}

/** An input read (and, with parser threads, parsed): its article, or why there is none. */
type Outcome = { ok: true; article: Article } | { ok: false; reason: string };
/** Read but still to be parsed in this thread. */
type Staged = Outcome | { ok: 'parse'; bytes: Buffer };

function parseHere(item: InputItem, bytes: Buffer, timezone: string | undefined, format: InputFormat, encoding: string | undefined): Outcome {
  try {
    return { ok: true, article: articleFromBytes(bytes, item.kind === 'file' ? item.display : null, timezone, format, encoding) };
  } catch (err) {
    return { ok: false, reason: forInput(item, failureReason(err)) };
  }
}

function parseThere(item: InputItem, bytes: Buffer, parser: Parser): Promise<Outcome> {
  return parser.parse(bytes, item.kind === 'file' ? item.display : null).then(
    (article): Outcome => ({ ok: true, article }),
    (err: unknown): Outcome => ({ ok: false, reason: forInput(item, failureReason(err)) }),
  );
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
  const timezone = options.timezone;
  const inputFormat = options.inputFormat ?? 'auto';
  const parser = options.parser ?? null;
  let written = 0;
  let failed = 0;
  let done = 0;

  // Read ahead of the parser; with parser threads, hand each input to them as soon as it is
  // read, so enough inputs are in flight to keep every thread busy. Results are taken in
  // input order either way: stdout, messages and counts are the same as with one thread.
  const stage = async (item: InputItem): Promise<Staged> => {
    const read = await readInput(item, stdin, options.maxBytes);
    if (!read.ok) return { ok: false, reason: read.reason };
    const target = plan?.get(item);
    if (target && 'clash' in target) return { ok: false, reason: target.clash };
    return parser ? parseThere(item, read.bytes, parser) : { ok: 'parse', bytes: read.bytes };
  };
  const width = parser ? Math.max(READ_AHEAD, parser.size * 4) : READ_AHEAD;

  for await (const [item, staged] of readAhead(items, width, stage)) {
    if (stdout.closed) break;
    done++;
    try {
      const outcome = staged.ok === 'parse' ? parseHere(item, staged.bytes, timezone, inputFormat, options.encoding) : staged;
      if (!outcome.ok) throw new InputError(outcome.reason);
      const article = outcome.article;
      for (const w of article.warnings) reporter.warning(item.display, w);
      const target = plan?.get(item);
      if (target && 'dest' in target) {
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
      reporter.error(item.display, failureReason(err));
    }
    reporter.progress(done, items.length);
  }
  if (!outDir) await stdout.write(framer.end());
  return { files: items.length, written, failed };
}
