/**
 * Input discovery: command-line arguments → the list of inputs to parse.
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
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type fastGlob from 'fast-glob';
import { describeFsError, errorCode } from './errors';
import { pathFailure } from './read';

export type InputItem =
  | { kind: 'stdin'; display: string; rel: string }
  | { kind: 'file'; display: string; rel: string; abs: string };

export interface InputProblem {
  input: string;
  reason: string;
}

export interface Discovery {
  items: InputItem[];
  /** Arguments that named nothing usable, in command-line order. */
  problems: InputProblem[];
  /** True when the command line can name several inputs (several arguments, a folder, a glob). */
  many: boolean;
}

export const STDIN_NAME = '<stdin>';
export const TEXT_EXTENSIONS = ['txt', 'text'] as const;
export const HTML_EXTENSIONS = ['html', 'htm'] as const;
export const FOLDER_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;

/** Is this a saved page by its name (`.html`, `.htm`, any case)? */
export function hasHtmlExtension(file: string): boolean {
  return new RegExp(`\\.(?:${HTML_EXTENSIONS.join('|')})$`, 'i').test(file);
}

const collator = new Intl.Collator('en', { numeric: true });
const byPath = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** fast-glob, loaded on first use: about 30 ms of a cold start that names files only. */
let fastGlobModule: typeof fastGlob | null = null;
function fg(): typeof fastGlob {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (fastGlobModule ??= require('fast-glob') as typeof fastGlob);
}

/** fast-glob wants forward slashes. */
function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Files matching `pattern`, and symbolic links whose target is gone (fast-glob's onlyFiles
 * would drop those silently; reading them reports "broken symbolic link"). Folders, pipes
 * and devices are left out.
 */
async function filesAndBrokenLinks(pattern: string, options: fastGlob.Options): Promise<string[]> {
  const entries = await fg()(pattern, { ...options, onlyFiles: false, objectMode: true, followSymbolicLinks: true });
  return entries.filter((e) => e.dirent.isFile() || e.dirent.isSymbolicLink()).map((e) => e.path);
}

async function folderFiles(dir: string): Promise<string[]> {
  const files = await filesAndBrokenLinks(`**/*.{${FOLDER_EXTENSIONS.join(',')}}`, {
    cwd: dir,
    dot: false,
    caseSensitiveMatch: false,
    suppressErrors: false,
  });
  return files.sort(byPath);
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
 * Matches of a glob, sorted, and the base they are relative to: the static start of the
 * pattern (`archive` for `archive/**\/*.txt`; for `archive/{a,b}/*.txt`, which fast-glob
 * splits into two tasks, the folder both share).
 */
async function globFiles(pattern: string, cwd: string): Promise<{ matches: string[]; base: string }> {
  const matches = await filesAndBrokenLinks(pattern, { cwd, dot: false, unique: true, suppressErrors: false });
  const base = commonBase(fg().generateTasks([pattern], { cwd }).map((t) => t.base));
  return { matches: matches.sort(byPath), base };
}

export async function discover(args: string[], cwd: string): Promise<Discovery> {
  const items: InputItem[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let many = args.length > 1;

  const addFile = (display: string, abs: string, rel: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    items.push({ kind: 'file', display, rel, abs });
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has(STDIN_NAME)) {
        seen.add(STDIN_NAME);
        items.push({ kind: 'stdin', display: STDIN_NAME, rel: 'stdin' });
      }
      continue;
    }
    if (arg === '') {
      problems.push({ input: arg, reason: 'empty path' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let isDir: boolean;
    try {
      isDir = (await fs.stat(abs)).isDirectory();
    } catch (err) {
      const code = errorCode(err);
      if ((code === 'ENOENT' || code === 'ENOTDIR') && fg().isDynamicPattern(toPosix(arg))) {
        many = true;
        try {
          const { matches, base } = await globFiles(toPosix(arg), cwd);
          if (matches.length === 0) problems.push({ input: arg, reason: 'no files match this pattern' });
          for (const match of matches) {
            addFile(match, path.resolve(cwd, match), path.relative(path.resolve(cwd, base), path.resolve(cwd, match)));
          }
        } catch (globErr) {
          problems.push({ input: arg, reason: describeFsError(globErr) });
        }
      } else {
        problems.push({ input: arg, reason: pathFailure(abs, err) });
      }
      continue;
    }
    if (isDir) {
      many = true;
      try {
        const found = await folderFiles(abs);
        if (found.length === 0) {
          // Worded for the text files most folders hold (the CLI tests pin this message).
          problems.push({ input: arg, reason: `no ${TEXT_EXTENSIONS.map((e) => '.' + e).join(' or ')} files in this folder` });
        }
        for (const rel of found) addFile(path.join(arg, rel), path.join(abs, rel), rel);
      } catch (err) {
        const where = err && typeof err === 'object' && 'path' in err ? `${String((err as { path: unknown }).path)}: ` : '';
        problems.push({ input: arg, reason: where + describeFsError(err) });
      }
      continue;
    }
    const rel = path.relative(cwd, abs);
    addFile(arg, abs, rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(abs) : rel);
  }
  return { items, problems, many };
}
