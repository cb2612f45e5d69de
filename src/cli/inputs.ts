/**
 * Input discovery: command-line arguments → the inputs to parse, found lazily (a stream, not
 * a list made first).
 *
 * - `-` is stdin (read once, however often it is named);
 * - an existing folder stands for every `*.txt`, `*.text`, `*.html` and `*.htm` file below it
 *   (any letter case, recursively, hidden files and folders skipped);
 * - an existing file (or FIFO, device) is itself;
 * - anything else with glob characters is a fast-glob pattern, matched from the working
 *   directory (quote it so the shell leaves it alone: `'archive/**\/*.txt'`); it matches files
 *   of any extension.
 *
 * Every input also gets `rel`, the path its output mirrors under `--out`: relative to the folder
 * given, to the static part of the glob (`archive/` for `archive/**\/*.txt`), or to the working
 * directory for a file named directly (its base name if it lies outside).
 *
 * A folder or glob that holds the --out folder below it lists nothing from there: those files
 * are outputs (of this run or an earlier one), and a rerun over `archive/**` with
 * `--out archive/parsed` must skip what it wrote, not parse it. When the --out folder is the
 * folder (or the glob's base) itself, outputs sit beside the inputs on purpose and only the
 * folder's extensions and the output names (outputs.ts) keep them apart.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type fastGlob from 'fast-glob';
import type micromatch from 'micromatch';
import { describeFsError, errorCode } from './errors';
import { ListingPace } from './listing-pace';
import { pathFailure } from './read';

export type InputItem =
  | { kind: 'stdin'; display: string; rel: string }
  | { kind: 'file'; display: string; rel: string; abs: string };

export interface InputProblem {
  input: string;
  reason: string;
}

export interface Discovery {
  /** True when the command line can name several inputs (several arguments, a folder, a glob). */
  many: boolean;
  /**
   * The inputs as they are found, without listing them all first (issue 6: memory stays flat
   * however many files there are): arguments in command-line order; a folder's or a glob's
   * files in the order fast-glob streams them, one folder after another in the order they
   * are met (each in the file system's order, not sorted): the same on every run.
   */
  items: AsyncGenerator<InputItem>;
  /** The files named on the command line (absolute paths): no output may be written over one. */
  named: string[];
  /**
   * Would a folder or glob of the command line find this file (an absolute path) if it
   * existed? Outputs are named without listing every input first, so this tells whether an
   * existing file in an output's place is an input (see outputs.ts).
   */
  wouldFind: (abs: string) => boolean;
}

export interface DiscoverOptions {
  /** An argument that names nothing usable, reported when discovery reaches it. */
  onProblem: (problem: InputProblem) => void;
  /** --out (an absolute path): folders and globs that hold it below them skip the files in it. */
  outDir?: string | null;
}

export const STDIN_NAME = '<stdin>';
export const TEXT_EXTENSIONS = ['txt', 'text'] as const;
export const HTML_EXTENSIONS = ['html', 'htm'] as const;
export const FOLDER_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;

const HTML_FILE = new RegExp(`\\.(?:${HTML_EXTENSIONS.join('|')})$`, 'i');

/** Is this a saved page by its name (`.html`, `.htm`, any case)? */
export function hasHtmlExtension(file: string): boolean {
  return HTML_FILE.test(file);
}

/** fast-glob, loaded on first use: about 30 ms of a cold start that names files only. */
let fastGlobModule: typeof fastGlob | null = null;
function fg(): typeof fastGlob {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (fastGlobModule ??= require('fast-glob') as typeof fastGlob);
}

/** `p` relative to folder `dir` when it lies below it (not `dir` itself), else null. */
export function pathBelow(dir: string, p: string): string | null {
  const rel = path.relative(dir, p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? null : rel;
}

/** fast-glob wants forward slashes. */
function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Files matching `pattern` as fast-glob finds them: files, symbolic links to files, and
 * symbolic links whose target is gone (fast-glob's onlyFiles would drop those silently;
 * reading them reports "broken symbolic link"). Folders, pipes and devices are left out.
 *
 * A symbolic link to a folder is not followed, as find, fd and ripgrep do not follow one by
 * default: a link back up the tree (`latest -> ..`) made the walk repeat the tree down to
 * the system's limit of links in a path, and two such links made it endless. A folder linked
 * to is still listed when it is named as an argument.
 */
async function* filesAndBrokenLinks(pattern: string, options: fastGlob.Options & { cwd: string }): AsyncGenerator<string> {
  // One folder read at a time: several at once would interleave their files in whatever order
  // the reads finish, and the same tree would come out in a different order on each run.
  const pace = new ListingPace();
  const entries = fg().stream(pattern, { ...options, onlyFiles: false, objectMode: true, followSymbolicLinks: false, concurrency: 1, fs: pace.adapter });
  if (entries instanceof Readable) pace.watch(entries);
  for await (const entry of entries as AsyncIterable<fastGlob.Entry>) {
    pace.taken();
    if (entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && (await linkIsInput(path.resolve(options.cwd, entry.path))))) yield entry.path;
  }
}

/**
 * Is the symbolic link `abs` an input: a link to a file, or one that cannot be followed (its
 * target gone, or a loop of links), which reading reports? A link to a folder, a pipe or a
 * device is not (a pipe would block the batch).
 */
async function linkIsInput(abs: string): Promise<boolean> {
  try {
    return (await fs.stat(abs)).isFile();
  } catch {
    return true;
  }
}

/**
 * fast-glob's `ignore` for the files below `skipped` (the --out folder), for a listing from
 * `cwd` (null: an absolute pattern, whose matches and ignore patterns are absolute paths): so
 * that fast-glob does not even walk it. None when it is not below `cwd` (such a pattern would
 * start with `..`); the listings check each path against `skipped` anyway.
 */
function ignoreBelow(skipped: string | null, cwd: string | null): string[] {
  const target = skipped && (cwd === null ? skipped : pathBelow(cwd, skipped));
  return target ? [`${fg().escapePath(toPosix(target))}/**`] : [];
}

function folderFiles(dir: string, skipped: string | null): AsyncGenerator<string> {
  return filesAndBrokenLinks(`**/*.{${FOLDER_EXTENSIONS.join(',')}}`, {
    cwd: dir,
    ignore: ignoreBelow(skipped, dir),
    dot: false,
    caseSensitiveMatch: false,
    suppressErrors: false,
    // one pattern over one folder cannot match a file twice: no set of every path found
    unique: false,
  });
}

/** The deepest folder that contains all of `dirs` ('.' when they share none). */
function commonBase(dirs: string[]): string {
  const split = dirs.map((d) => d.split('/'));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  const base = first.slice(0, n).join('/');
  return base === '' ? (first[0] === '' ? '/' : '.') : base;
}

/**
 * The base a glob's matches are relative to: the static start of the pattern (`archive` for
 * `archive/**\/*.txt`; for `archive/{a,b}/*.txt`, which fast-glob splits into two tasks, the
 * folder both share).
 */
function globBase(pattern: string, cwd: string): string {
  return commonBase(fg().generateTasks([pattern], { cwd }).map((t) => t.base));
}

/**
 * What one command-line argument stands for, worked out before any file is listed. A folder's
 * or glob's `skipped` is the --out folder when it lies below it (skippedBelow); a glob's
 * `base` is its static part, absolute (the folder its files' `rel` paths start from).
 */
type Argument =
  | { kind: 'stdin' }
  | { kind: 'problem'; problem: InputProblem }
  | { kind: 'file'; arg: string; abs: string }
  | { kind: 'folder'; arg: string; abs: string; skipped: string | null }
  | { kind: 'glob'; arg: string; pattern: string; base: string; skipped: string | null };

/** `outDir` (--out, absolute) when it lies below the folder an argument lists: its files are skipped. */
function skippedBelow(root: string, outDir: string | null | undefined): string | null {
  return outDir && isBelow(outDir, root) ? outDir : null;
}

async function classify(arg: string, cwd: string, outDir: string | null | undefined): Promise<Argument> {
  if (arg === '-') return { kind: 'stdin' };
  if (arg === '') return { kind: 'problem', problem: { input: arg, reason: 'empty path' } };
  const abs = path.resolve(cwd, arg);
  try {
    return (await fs.stat(abs)).isDirectory() ? { kind: 'folder', arg, abs, skipped: skippedBelow(abs, outDir) } : { kind: 'file', arg, abs };
  } catch (err) {
    const code = errorCode(err);
    if ((code === 'ENOENT' || code === 'ENOTDIR') && fg().isDynamicPattern(toPosix(arg))) {
      const pattern = toPosix(arg);
      const base = path.resolve(cwd, globBase(pattern, cwd));
      return { kind: 'glob', arg, pattern, base, skipped: skippedBelow(base, outDir) };
    }
    return { kind: 'problem', problem: { input: arg, reason: pathFailure(abs, err) } };
  }
}

/** A file that a folder or glob found: its item, or null when an earlier argument found it. */
type Found = (file: Listed) => InputItem | null;

const FOLDER_FILE = new RegExp(`\\.(?:${FOLDER_EXTENSIONS.join('|')})$`, 'i');

/** micromatch, loaded on first use (only --out asks wouldFind). */
let micromatchModule: typeof micromatch | null = null;
function mm(): typeof micromatch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (micromatchModule ??= require('micromatch') as typeof micromatch);
}

/** Is `abs` inside folder `dir` (and not `dir` itself), as the file system compares paths? */
function isBelow(abs: string, dir: string): boolean {
  return pathBelow(pathKey(dir), pathKey(abs)) !== null;
}

/** Would this folder or glob argument find `abs`? (The matching fast-glob does, on one path.) */
function finds(a: Argument, abs: string, cwd: string): boolean {
  if (a.kind !== 'folder' && a.kind !== 'glob') return false;
  if (a.skipped && isBelow(abs, a.skipped)) return false;
  if (a.kind === 'folder') {
    const rel = pathBelow(a.abs, abs);
    // below the folder, not in a hidden folder nor hidden itself, with a folder extension
    return rel !== null && !rel.split(path.sep).some((part) => part.startsWith('.')) && FOLDER_FILE.test(rel);
  }
  const target = path.isAbsolute(a.pattern) ? abs : path.relative(cwd, abs);
  return mm().isMatch(toPosix(target), a.pattern, { dot: false });
}

/** A file a folder or glob lists: its name as shown, its absolute path and its path below the argument. */
interface Listed {
  display: string;
  abs: string;
  rel: string;
}

/** A folder's files, without those below its `skipped` (the --out folder, see skippedBelow). */
async function* folderListing(a: Argument & { kind: 'folder' }): AsyncGenerator<Listed> {
  const { skipped } = a;
  for await (const rel of folderFiles(a.abs, skipped)) {
    const abs = path.join(a.abs, rel);
    if (!skipped || !isBelow(abs, skipped)) yield { display: path.join(a.arg, rel), abs, rel };
  }
}

/** A glob's files, without those below its `skipped` (the --out folder, see skippedBelow). */
async function* globListing(a: Argument & { kind: 'glob' }, cwd: string): AsyncGenerator<Listed> {
  const { pattern, base, skipped } = a;
  // an absolute pattern's matches (and its ignore patterns) are absolute paths
  const ignore = ignoreBelow(skipped, path.isAbsolute(pattern) ? null : cwd);
  for await (const match of filesAndBrokenLinks(pattern, { cwd, dot: false, unique: true, suppressErrors: false, ignore })) {
    const abs = path.resolve(cwd, match);
    if (!skipped || !isBelow(abs, skipped)) yield { display: match, abs, rel: path.relative(base, abs) };
  }
}

/** Why a folder's listing failed: the path it failed on, then the reason. */
function folderFailure(err: unknown): string {
  const where = err && typeof err === 'object' && 'path' in err ? `${String((err as { path: unknown }).path)}: ` : '';
  return where + describeFsError(err);
}

/**
 * The inputs of one folder or glob argument as they are listed. A listing that fails, or
 * finds nothing new, is the argument's problem (`reasons`).
 */
async function* argumentItems(
  arg: string,
  listing: AsyncGenerator<Listed>,
  found: Found,
  onProblem: DiscoverOptions['onProblem'],
  reasons: { failure: (err: unknown) => string; none: string },
): AsyncGenerator<InputItem> {
  let files = 0;
  try {
    for await (const file of listing) {
      const item = found(file);
      if (item) {
        files++;
        yield item;
      }
    }
  } catch (err) {
    onProblem({ input: arg, reason: reasons.failure(err) });
    return;
  }
  if (files === 0) onProblem({ input: arg, reason: reasons.none });
}

// Worded for the text files most folders hold (the CLI tests pin this message).
const FOLDER_HAS_NONE = `no ${TEXT_EXTENSIONS.map((e) => '.' + e).join(' or ')} files in this folder`;

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';
/** A path as the file system compares it (macOS and Windows ignore letter case). */
export const pathKey = (p: string): string => (CASE_INSENSITIVE ? p.toLowerCase() : p);

/**
 * A copy of `s` as one flat string, for keeping in a set. A path made by path.join and the like
 * is a concatenation: kept as it is, the set holds its pieces (about 480 bytes a path until
 * something flattens it), or once flattened, the concatenation and its flat text (about 125).
 * A copy is about 95. The copy is a UTF-16 round trip, exact for any string.
 */
const flatCopy = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');

/** pathKey as a flat copy (flatCopy), for sets that keep a path per input. */
export const keptPathKey = (p: string): string => flatCopy(pathKey(p));

export async function discover(args: string[], cwd: string, options: DiscoverOptions): Promise<Discovery> {
  const parsed: Argument[] = [];
  for (const arg of args) parsed.push(await classify(arg, cwd, options.outDir));
  const many = args.length > 1 || parsed.some((a) => a.kind === 'folder' || a.kind === 'glob');
  const named = parsed.flatMap((a) => (a.kind === 'file' ? [a.abs] : []));
  // Only folders and globs find files (a command line of 100,000 file names would otherwise make
  // each output's check walk them all).
  const listers = parsed.filter((a) => a.kind === 'folder' || a.kind === 'glob');
  return { many, items: items(parsed, cwd, options), named, wouldFind: (abs) => listers.some((a) => finds(a, abs, cwd)) };
}

async function* items(parsed: Argument[], cwd: string, options: DiscoverOptions): AsyncGenerator<InputItem> {
  const { onProblem } = options;
  // Only several arguments can name a file twice; one folder or glob lists each file once.
  const seen = parsed.length > 1 ? new Set<string>() : null;
  const isNew = (key: string): boolean => {
    if (!seen) return true;
    if (seen.has(key)) return false;
    seen.add(flatCopy(key));
    return true;
  };
  const found: Found = ({ display, abs, rel }) => (isNew(abs) ? { kind: 'file', display, rel, abs } : null);

  for (const a of parsed) {
    switch (a.kind) {
      case 'stdin':
        if (isNew(STDIN_NAME)) yield { kind: 'stdin', display: STDIN_NAME, rel: 'stdin' };
        break;
      case 'problem':
        onProblem(a.problem);
        break;
      case 'file': {
        // named on the command line: an input even below --out
        if (isNew(a.abs)) yield { kind: 'file', display: a.arg, abs: a.abs, rel: pathBelow(cwd, a.abs) ?? path.basename(a.abs) };
        break;
      }
      case 'folder':
        yield* argumentItems(a.arg, folderListing(a), found, onProblem, { failure: folderFailure, none: FOLDER_HAS_NONE });
        break;
      case 'glob':
        yield* argumentItems(a.arg, globListing(a, cwd), found, onProblem, { failure: describeFsError, none: 'no files match this pattern' });
        break;
    }
  }
}

/**
 * The first `n` inputs found (fewer when there are no more), and all of them again as one
 * stream: the CLI looks that far ahead to decide whether a batch is worth parser threads.
 */
export async function lookAhead(items: AsyncGenerator<InputItem>, n: number): Promise<{ first: InputItem[]; all: AsyncGenerator<InputItem> }> {
  const first: InputItem[] = [];
  while (first.length < n) {
    const next = await items.next();
    if (next.done) break;
    first.push(next.value);
  }
  async function* all(): AsyncGenerator<InputItem> {
    yield* first;
    yield* items;
  }
  return { first, all: all() };
}

/**
 * How many inputs the arguments name, counted by a second listing that keeps no paths; it
 * runs beside the batch's own (lazy) discovery so that the progress bar has a total early.
 * The function returns the count so far.
 */
export function countInputs(args: string[], cwd: string, outDir: string | null = null): () => number {
  let n = 0;
  void (async () => {
    const found = await discover(args, cwd, { onProblem: () => undefined, outDir });
    for await (const _item of found.items) n++;
  })().catch(() => undefined); // the batch's own discovery reports what goes wrong
  return () => n;
}
