/**
 * The batch: read each input, decode, parse, then write it to stdout (framed as one JSON
 * array / NDJSON lines / Markdown documents) or to its own file under --out. One input that
 * fails is reported and skipped; the others still complete.
 */
import type * as ParseModule from '../pipeline/parse';
import type { Article, ParseOptions } from '../types';
import { EXTENSIONS, Format, Framer, Palette, render } from '../output';
import { decode } from './decode';
import { InputError, describeFsError, errorMessage, failureReason } from './errors';
import { Discovery, hasHtmlExtension, InputItem, pathBelow } from './inputs';
import type { Sink } from './io';
import type { Parsed, Parser } from './pool';
import { READ_AHEAD, readAhead, readInput } from './read';
import { releaseWritten } from './release';
import type { BatchCounts, Reporter } from './report';
import { OutputPlanner } from './outputs';
import { outputExists, writeFileAtomic } from './write';

export interface BatchOptions {
  format: Format;
  /** Write one file per input here (an absolute path) instead of to stdout. */
  outDir: string | null;
  /** The working directory, to show output paths below it relative to it. */
  cwd: string;
  /** How every input is read and parsed (--input, --encoding, --timezone, --reference-date). */
  settings: ReadSettings;
  /** --max-bytes: larger inputs are refused (DEFAULT_MAX_BYTES when not given). */
  maxBytes?: number;
  /** One input named (an object on stdout) or possibly several (a JSON array). */
  many: boolean;
  /** Colours for JSON on stdout, or null for plain text. */
  palette: Palette | null;
  /** Parser threads (--jobs), or null to parse in this thread. The caller closes it. */
  parser?: Parser | null;
  /** --force: parse and write inputs whose output file exists (else they are skipped). */
  force?: boolean;
  /** How many inputs there are, as far as a count beside the batch has got (for the progress bar). */
  expected?: () => number;
}

export type InputFormat = NonNullable<ParseOptions['format']>;
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html'];

export type BatchResult = BatchCounts;

/**
 * The parser, loaded on first use: with parser threads the main thread never parses, and not
 * loading the pipeline (about 250 ms of module loading) lets the threads start sooner.
 */
let parseModule: typeof ParseModule | null = null;
function pipeline(): typeof ParseModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (parseModule ??= require('../pipeline/parse') as typeof ParseModule);
}

/** The options every input of a run shares: --input, --timezone, --reference-date. */
export interface ReadSettings {
  format?: InputFormat;
  /** --encoding: decode as this instead of detecting. */
  encoding?: string;
  timezone?: string;
  referenceDate?: string;
}

/**
 * Decode and parse one input as the CLI does (decoder warnings first in `warnings`).
 * Throws InputError for input that cannot be read as text, and `internal error: …` when the
 * parser itself throws. The roundtrip eval uses this too.
 *
 * `format` 'auto' (the default) reads a `.html` / `.htm` file as HTML and anything else by
 * its content (src/html/detect.ts). `encoding` (--encoding) forces the encoding.
 */
export function articleFromBytes(bytes: Buffer, sourcePath: string | null, settings: ReadSettings = {}): Article {
  const { timezone, referenceDate, encoding, format = 'auto' } = settings;
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
      ...(referenceDate !== undefined ? { referenceDate } : {}),
    });
  } catch (err) {
    throw new InputError(`internal error: ${errorMessage(err)}`);
  }
  if (decoded.warnings.length) article.warnings = [...decoded.warnings, ...article.warnings];
  return article;
}

/** stdin is not a file: say "empty input" there. */
function forInput(item: InputItem): (reason: string) => string {
  return item.kind === 'stdin' ? (reason) => reason.replace(/^empty file/, 'empty input') : (reason) => reason;
}

/** The path an input is parsed under: its name as shown, or null for stdin. */
function sourcePathOf(item: InputItem): string | null {
  return item.kind === 'file' ? item.display : null;
}

/** An input parsed: its article, or why there is none. */
export type Outcome = { ok: true; article: Parsed } | { ok: false; reason: string };
/** An input and its --out file (null: to stdout). */
interface Planned {
  item: InputItem;
  dest: string | null;
}

/** Read but still to be parsed in this thread, or skipped because its output exists. */
type Staged = Outcome | { ok: 'parse'; bytes: Buffer } | { ok: 'skip' };

/** A failure as an outcome; `word` phrases its reason for where the input came from ("empty file" is not said of stdin). */
function failedOutcome(err: unknown, word: (reason: string) => string): Outcome {
  return { ok: false, reason: word(failureReason(err)) };
}

/** Parse one input's bytes in this thread. */
export function parseHere(bytes: Buffer, sourcePath: string | null, settings: ReadSettings, word: (reason: string) => string): Outcome {
  try {
    return { ok: true, article: articleFromBytes(bytes, sourcePath, settings) };
  } catch (err) {
    return failedOutcome(err, word);
  }
}

/** Parse one input's bytes in the parser threads. */
export function parseThere(bytes: Buffer, sourcePath: string | null, parser: Parser, word: (reason: string) => string): Promise<Outcome> {
  return outcomeOf(parser.parse(bytes, sourcePath), word);
}

/** Read and parse one file in the parser threads. */
function parseFileThere(item: InputItem & { kind: 'file' }, parser: Parser): Promise<Outcome> {
  return outcomeOf(parser.parseFile(item.abs, item.display), forInput(item));
}

function outcomeOf(parsed: Promise<Parsed>, word: (reason: string) => string): Promise<Outcome> {
  return parsed.then((article): Outcome => ({ ok: true, article }), (err: unknown) => failedOutcome(err, word));
}

/** An article's document text: rendered by a parser thread already, or here. */
export function documentOf(parsed: Parsed, format: Format, palette: Palette | null): string {
  if (!('rendered' in parsed)) return render(parsed, format, palette);
  return typeof parsed.rendered === 'string' ? parsed.rendered : Buffer.from(parsed.rendered.buffer, parsed.rendered.byteOffset, parsed.rendered.byteLength).toString('utf8');
}

/** An output path as shown in messages: relative to the working directory when below it. */
function shown(dest: string, cwd: string): string {
  return pathBelow(cwd, dest) ?? dest;
}

/** The inputs of a batch as discovery streams them, and what discovery says of other paths (outputs.ts). */
export interface BatchInputs extends Pick<Discovery, 'named' | 'wouldFind'> {
  items: AsyncIterable<InputItem> | Iterable<InputItem>;
}

export async function runBatch(
  inputs: BatchInputs,
  options: BatchOptions,
  stdin: NodeJS.ReadableStream,
  stdout: Sink,
  reporter: Reporter,
): Promise<BatchResult> {
  const { format, outDir } = options;
  const planner = outDir ? new OutputPlanner(outDir, EXTENSIONS[format], inputs) : null;
  const framer = new Framer(format, options.many ? 'many' : 'single', options.palette);
  const { settings } = options;
  const parser = options.parser ?? null;
  const counts: BatchCounts = { files: 0, parsed: 0, failed: 0, skipped: 0 };
  let done = 0;

  // Each input as discovery finds it, with its output file (named in that order).
  async function* planned(): AsyncGenerator<Planned> {
    for await (const item of inputs.items) {
      if (item.kind === 'file' && planner?.isOutput(item.abs)) continue;
      counts.files++;
      yield { item, dest: planner ? planner.next(item) : null };
    }
  }

  // Read ahead of the parser; with parser threads, hand each input to them as soon as it is
  // found, so enough inputs are in flight to keep every thread busy. Results are taken in
  // input order either way: stdout, messages and counts are the same as with one thread.
  const stage = async ({ item, dest }: Planned): Promise<Staged> => {
    if (dest !== null && !options.force && outputExists(dest)) return { ok: 'skip' };
    // A parser thread reads a file itself (see pool.ts); stdin is read here.
    if (parser && item.kind === 'file') return parseFileThere(item, parser);
    const read = await readInput(item, stdin, options.maxBytes);
    if (!read.ok) return { ok: false, reason: read.reason };
    return parser ? parseThere(read.bytes, sourcePathOf(item), parser, forInput(item)) : { ok: 'parse', bytes: read.bytes };
  };
  // With threads, results are taken in order: a wide window lets the threads go on past a slow
  // input instead of idling until it is written (in flight: file names, and rendered bytes
  // waiting their turn, a few hundred kB). 16 per thread: about 3 % faster than 4 on Reuters.
  const width = parser ? Math.max(READ_AHEAD, parser.size * 16) : READ_AHEAD;

  // The progress total: the count beside the batch, or what discovery has found if more.
  const total = (): number => Math.max(counts.files, options.expected?.() ?? 0);
  for await (const [{ item, dest }, staged] of readAhead(planned(), width, stage)) {
    if (stdout.closed) break;
    done++;
    if (staged.ok === 'skip') {
      counts.skipped++;
      reporter.progress(done, total());
      continue;
    }
    try {
      const outcome = staged.ok === 'parse' ? parseHere(staged.bytes, sourcePathOf(item), settings, forInput(item)) : staged;
      if (!outcome.ok) throw new InputError(outcome.reason);
      const parsed = outcome.article;
      for (const w of parsed.warnings) reporter.warning(item.display, w);
      // A thread's framed bytes go out as they are; an article parsed here is rendered and framed here.
      const threadBytes = 'rendered' in parsed && typeof parsed.rendered !== 'string' ? parsed.rendered : null;
      if (dest !== null) {
        try {
          writeFileAtomic(dest, threadBytes ?? documentOf(parsed, format, null));
        } catch (err) {
          throw new InputError(`cannot write ${shown(dest, options.cwd)}: ${describeFsError(err)}`);
        } finally {
          if (threadBytes) releaseWritten(threadBytes);
        }
      } else if (threadBytes) {
        await stdout.write(framer.prefix());
        await stdout.write(threadBytes);
        // Not while stdout still holds it (a socket, or a pipe on macOS, queues what it cannot
        // write at once; on Linux a pipe or file is written before write() returns): the
        // collector frees it then.
        if (stdout.drained()) releaseWritten(threadBytes);
      } else {
        await stdout.write(framer.document(documentOf(parsed, format, options.palette)));
      }
      counts.parsed++;
    } catch (err) {
      counts.failed++;
      reporter.error(item.display, failureReason(err));
    }
    reporter.progress(done, total());
  }
  if (!outDir) await stdout.write(framer.end());
  return counts;
}
