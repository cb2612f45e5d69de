/**
 * `artparse [options] [inputs...]`: the command line (commander wiring). Thin: discovery,
 * decoding, writing and reporting live in their own modules; parsing lives in the library.
 *
 * Exit codes: 0 all inputs parsed, 1 some input failed, 2 usage error.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMATS, Format, jqPalette } from '../output';
import { CliIo, Sink, surviveClosedPipes, withDefaults } from './io';
import { describeFsError, errorMessage } from './errors';
import { countInputs, discover, FOLDER_EXTENSIONS, lookAhead } from './inputs';
import { LONG_BATCH_INPUTS, sizeHeapForOneThread } from './heap';
import { createWorkerPool, Parser, ParserFactory } from './pool';
import { DEFAULT_MAX_BYTES } from './read';
import { encodingLabel } from './decode';
import { parseByteSize } from './byte-size';
import { schemaText } from './schema';
import { printable, Reporter } from './report';
import { INPUT_FORMATS, InputFormat, ReadSettings, runBatch } from './run';
import { runStream } from './stream';
import { colorEnabled, painter } from './terminal';
import { timezoneProblem } from './timezone';
import { parseReferenceDate } from '../extractors/metadata/relative';
import { packageVersion } from './version';
import { removeTempsOnSignal } from './write';

/** --input: how inputs are read; `ndjson` is a stream of records on stdin (src/cli/stream.ts). */
type InputKind = InputFormat | 'ndjson';
const INPUT_KINDS: readonly InputKind[] = [...INPUT_FORMATS, 'ndjson'];

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

interface CliOptions {
  format: Format;
  input: InputKind;
  /** The older name of --input (text, html and auto only). */
  inputFormat?: InputFormat;
  force?: boolean;
  out?: string;
  timezone?: string;
  referenceDate?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: number;
  encoding?: string;
  maxBytes: number;
  schema?: boolean;
}

/** Most parser threads used by default. */
export const MAX_DEFAULT_JOBS = 8;
/**
 * Fewest inputs for which parser threads are started by default on a machine of more than two
 * cores. Below it a batch takes well under a second either way. Starting threads costs a
 * batch about 0.25-0.3 s of wall clock (each thread loads the parser, then warms up over its
 * first inputs: V8 compiles its hot code again for each thread), which more cores should win
 * back sooner; machines of more than two cores were not measured, so this stays where it was.
 */
export const MIN_INPUTS_FOR_THREADS = 128;
/**
 * The same on a 2-core machine, where two threads win back their start late: a run in one
 * thread already has V8's own threads (compiler, garbage collector) on the second core, and
 * reads its files with blocking calls (src/cli/read.ts) as the threads do. Measured
 * 2026-11-28 evening (after that change), ndjson to /dev/null, median wall clock of 5
 * alternating runs, --jobs 1 against --jobs 2: Reuters stories 500 files 0.73 against 0.85 s,
 * 1,000 files 1.15-1.17 against 1.11, 2,000 files 1.89-1.92 against 1.80, all 4,584 6.35
 * against 5.76; BBC articles (longer, more like web pages) 500 files 1.61 against 1.75, 1,000
 * files 2.89-2.94 against 3.07, 1,781 files 4.97-5.03 against 4.98-5.04. With --out (3 runs):
 * 1,000 Reuters 1.29 against 1.21 s, 2,000 Reuters 2.50 against 2.19, 1,781 BBC 6.02 against
 * 5.51.
 */
export const MIN_INPUTS_FOR_THREADS_ON_TWO_CORES = 1000;

/** Fewest inputs for which parser threads are started by default, for this many cores. */
export function minInputsForThreads(cores: number): number {
  return cores <= 2 ? MIN_INPUTS_FOR_THREADS_ON_TWO_CORES : MIN_INPUTS_FOR_THREADS;
}

/** The --jobs default: the cores (up to 8) for a batch big enough, else this thread only. */
export function defaultJobs(inputs: number, cores: number = os.availableParallelism()): number {
  return inputs >= minInputsForThreads(cores) ? Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS)) : 1;
}

/** What main() uses besides streams: replaceable in tests. */
export interface CliDeps {
  /** Start `threads` parser threads (null: parse in the main thread). */
  createParser: ParserFactory;
  /** The cores the --jobs default plans for (os.availableParallelism()). */
  cores: number;
}

const EXAMPLES = `
Inputs:
  Files; folders (every ${FOLDER_EXTENSIONS.map((e) => '*.' + e).join(', ')} file below, recursively);
  quoted globs ('archive/**/*.txt'); - for stdin. With no input, stdin is read
  when it is not a terminal. Saved HTML pages (.html/.htm, or input starting
  with <!doctype html>, <html>, <head> or <body>) are rendered to text; their
  offsets point into the HTML (--input-format text|html overrides the guess).

Output:
  One input: one document on stdout. Several inputs (or a folder or glob): a
  JSON array (json), one line each (ndjson) or documents one after another (md).
  With --out DIR: one file per input, mirroring the paths below the folder or
  glob base, named .json/.ndjson/.md. Colour only on a terminal, never with
  NO_COLOR. Warnings go to stderr on a terminal or with --verbose.

Exit status:
  0 all inputs parsed; 1 some input could not be read or parsed (the others
  still are); 2 usage error.

Examples:
  artparse story.txt
  cat story.txt | artparse --format ndjson | jq .headline
  artparse 'archive/**/*.txt' --out parsed/ --format md
`;

function parseTimezone(value: string): string {
  const problem = timezoneProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
}

function parseReference(value: string): string {
  if (!parseReferenceDate(value)) throw new InvalidArgumentError('Not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional ±HH:MM)');
  return value;
}

function parseEncoding(value: string): string {
  const label = encodingLabel(value);
  if (label === null) throw new InvalidArgumentError('not an encoding artparse can read (e.g. utf-8, utf-16le, windows-1252, iso-8859-1)');
  return label;
}

function parseMaxBytes(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === null) throw new InvalidArgumentError('must be a positive number of bytes, e.g. 1000000, 500k, 100M or 1G');
  return bytes;
}

function parseJobs(value: string): number {
  if (!/^\+?[0-9]+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('must be a positive integer');
  }
  return Number(value);
}

function buildProgram(io: CliIo): Command {
  return new Command('artparse')
    .description('Turn raw news-article dumps into structured data: headline, dateline, authors, dates, quotes, entities and body, with character offsets.')
    .argument('[inputs...]', 'files, folders, quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .addOption(
      new Option('--input <kind>', 'how to read inputs: auto (HTML by .html/.htm name or content), text, html, or ndjson (records {"id", "text", ...} on stdin, one result line each)')
        .choices(INPUT_KINDS)
        .default('auto'),
    )
    .addOption(new Option('--input-format <format>', 'the older name of --input (auto, text or html)').choices(INPUT_FORMATS))
    .option('-o, --out <dir>', 'write one file per input into <dir> instead of stdout')
    .option('--force', 'with --out: parse inputs whose output file exists too (else they are skipped, so a rerun resumes)')
    .option('--encoding <name>', 'decode every input as this encoding instead of detecting it (e.g. windows-1252, utf-16le)', parseEncoding)
    .option('--max-bytes <size>', `refuse inputs larger than this (bytes; k, M, G suffixes of 1024; default ${DEFAULT_MAX_BYTES / 1024 / 1024}M)`, parseMaxBytes, DEFAULT_MAX_BYTES)
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--timezone <zone>', 'zone for ambiguous or missing zone abbreviations (IANA name or ±HH:MM)', parseTimezone)
    .option('--reference-date <date>', 'when the pages were saved (ISO 8601): resolves relative stamps such as "22 hours ago"', parseReference)
    .option('-j, --jobs <n>', `parser threads (default: the cores, up to ${MAX_DEFAULT_JOBS}, for ${MIN_INPUTS_FOR_THREADS} or more inputs, ${MIN_INPUTS_FOR_THREADS_ON_TWO_CORES} on 2 cores; else 1)`, parseJobs)
    .option('--color', 'colour even when not on a terminal or with NO_COLOR set')
    .option('--no-color', 'never colour')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr (errors still)')
    .option('-v, --verbose', 'print article warnings on stderr even when it is not a terminal')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined, // reported by main as one line
    });
}

/** Prepare the --out folder; a reason string when it cannot be used. */
async function prepareOutDir(dir: string): Promise<{ code: number; reason: string } | null> {
  try {
    const st = await fs.stat(dir);
    return st.isDirectory() ? null : { code: EXIT_USAGE, reason: 'not a directory' };
  } catch {
    // missing: create it below
  }
  try {
    await fs.mkdir(dir, { recursive: true });
    return null;
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
    if (code === 'ENOTDIR' || code === 'EEXIST') return { code: EXIT_USAGE, reason: 'not a directory' };
    return { code: EXIT_INPUT, reason: `cannot create folder: ${errorMessage(err)}` };
  }
}

/** What makes a command line unusable with --input ndjson, or null. */
function streamProblem(args: string[], opts: CliOptions, formatGiven: boolean, stdinIsTTY: boolean): string | null {
  if (args.some((a) => a !== '-')) return '--input ndjson reads records from stdin only (no file arguments)';
  if (stdinIsTTY) return '--input ndjson reads records from stdin, which is a terminal: pipe them in';
  if (opts.out !== undefined) return '--input ndjson writes to stdout only (no --out)';
  if (formatGiven && opts.format !== 'ndjson') return '--input ndjson writes ndjson only';
  return null;
}

/** How inputs are read: `format`, --timezone and --reference-date (absent ones left out). */
function readSettings(opts: CliOptions, format: InputFormat): ReadSettings {
  return {
    format,
    ...(opts.timezone !== undefined ? { timezone: opts.timezone } : {}),
    ...(opts.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {}),
  };
}

/** A failed write to stdout (a full disk, say), worded as a failed output file is. */
function reportSinkError(sink: Sink, reporter: Reporter): void {
  if (sink.error) reporter.error('<stdout>', `cannot write: ${describeFsError(sink.error)}`);
}

/** --input ndjson: records on stdin → result lines on stdout (threads by default). */
async function runStreamMode(io: CliIo, reporter: Reporter, opts: CliOptions, createParser: ParserFactory, cores: number): Promise<number> {
  const jobs = opts.jobs ?? defaultJobs(Infinity, cores);
  // Records are JSON text, so --encoding does not apply to them.
  const settings = readSettings(opts, 'auto');
  const parser = jobs > 1 ? createParser(jobs, { ...settings, render: 'ndjson' }) : null;
  // A stream's length is unknown, and in one thread it is usually one of many processes (the
  // recipes' --jobs 1).
  if (parser === null) sizeHeapForOneThread(Infinity);
  const sink = new Sink(io.stdout);
  await runStream(io.stdin, sink, reporter, { settings, parser, maxBytes: opts.maxBytes }).finally(() => parser?.close());
  reportSinkError(sink, reporter);
  return reporter.failed > 0 ? EXIT_INPUT : EXIT_OK;
}

/**
 * Run the CLI. `argv` is process.argv-shaped (node, script, ...args). `io` replaces the
 * process streams and environment (tests); anything left out is the real process's.
 * Resolves to the exit code; never rejects for user errors.
 */
export async function main(argv: string[], ioOverrides: Partial<CliIo> = {}, deps: Partial<CliDeps> = {}): Promise<number> {
  const io = withDefaults(ioOverrides);
  surviveClosedPipes(io);
  const createParser = deps.createParser ?? createWorkerPool;
  const cores = deps.cores ?? os.availableParallelism();
  const program = buildProgram(io);
  // A usage error happens before commander hands back the options: look at the raw flags.
  const rawColorFlag = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
  const earlyPaint = painter(colorEnabled(rawColorFlag, io.env, io.stderrIsTTY));

  try {
    program.parse(argv, { from: 'node' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK; // --help, --version
      // Commander's message quotes the argument as given: its control characters are written out, as in the Reporter's lines.
      const msg = printable(err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim());
      io.stderr.write(`${earlyPaint.bold('artparse:')} ${earlyPaint.red(msg)} (see 'artparse --help')\n`);
      return EXIT_USAGE;
    }
    throw err;
  }

  const opts = program.opts<CliOptions>();
  if (opts.schema) {
    io.stdout.write(schemaText());
    return EXIT_OK;
  }
  let args = program.args;
  const inputKind: InputKind = opts.inputFormat ?? opts.input;
  const stderrPaint = painter(colorEnabled(opts.color, io.env, io.stderrIsTTY));
  const outDir = opts.out !== undefined ? path.resolve(io.cwd, opts.out) : null;
  const reporter = new Reporter(io.stderr, stderrPaint, {
    warnings: !opts.quiet && (opts.verbose === true || io.stderrIsTTY),
    // the bar on a terminal when the data goes elsewhere: files, or a redirected stdout
    progress: !opts.quiet && io.stderrIsTTY && (outDir !== null || !io.stdoutIsTTY),
    summary: !opts.quiet && outDir !== null && (io.stderrIsTTY || opts.verbose === true),
  });

  if (inputKind === 'ndjson') {
    const problem = streamProblem(args, opts, program.getOptionValueSource('format') === 'cli', io.stdinIsTTY);
    if (problem) {
      reporter.usage(problem);
      return EXIT_USAGE;
    }
    return runStreamMode(io, reporter, opts, createParser, cores);
  }

  if (args.length === 0) {
    if (io.stdinIsTTY) {
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    args = ['-'];
  }

  if (outDir !== null) {
    const problem = await prepareOutDir(outDir);
    if (problem) {
      reporter.usage(`${opts.out}: ${problem.reason}`);
      return problem.code;
    }
  }

  const started = Date.now();
  // A progress bar wants a total: count the inputs beside the batch (lazy discovery has none).
  const counter = reporter.showsProgress ? countInputs(args, io.cwd, outDir) : null;
  let problems = 0;
  const found = await discover(args, io.cwd, {
    outDir,
    onProblem: (p) => {
      problems++;
      reporter.error(p.input, p.reason);
    },
  });
  // Discovery streams; look ahead far enough to tell whether the batch is worth threads, and
  // whether it is long (LONG_BATCH_INPUTS).
  const lookFor = Math.max(minInputsForThreads(cores), LONG_BATCH_INPUTS);
  const { first, all } = await lookAhead(found.items, lookFor);
  const known = first.length < lookFor ? first.length : Infinity;

  const stdoutColor = outDir === null && opts.format !== 'md' && colorEnabled(opts.color, io.env, io.stdoutIsTTY);
  const sink = new Sink(io.stdout);
  const jobs = Math.min(opts.jobs ?? defaultJobs(known, cores), known);
  const settings: ReadSettings = { ...readSettings(opts, inputKind), ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}) };
  // Threads render uncoloured documents, as bytes framed for where they go.
  const render = stdoutColor ? {} : { render: opts.format, frame: outDir === null && found.many ? 'many' as const : 'single' as const };
  const parser: Parser | null = jobs > 1 ? createParser(jobs, { ...settings, ...render, maxBytes: opts.maxBytes }) : null;
  if (parser === null) sizeHeapForOneThread(known);
  const releaseSignals = outDir !== null ? removeTempsOnSignal(() => reporter.clearProgress()) : (): void => undefined;
  const result = await runBatch(
    { items: all, named: found.named, wouldFind: found.wouldFind },
    {
      format: opts.format,
      outDir,
      cwd: io.cwd,
      settings,
      maxBytes: opts.maxBytes,
      many: found.many,
      palette: stdoutColor ? jqPalette(painter(true)) : null,
      parser,
      force: opts.force === true,
      // Discovery that ended inside the look-ahead has found them all: the total is known from
      // the start (the count beside the batch may not have got there by the first update).
      ...(counter ? { expected: Number.isFinite(known) ? (): number => known : counter } : {}),
    },
    io.stdin,
    sink,
    reporter,
  ).finally(() => {
    releaseSignals();
    return parser?.close();
  });
  reportSinkError(sink, reporter);
  // discovery problems (a missing file, a glob matching nothing) count as failed inputs too
  reporter.summary({ ...result, failed: result.failed + problems }, (Date.now() - started) / 1000);

  return reporter.failed > 0 ? EXIT_INPUT : EXIT_OK;
}
