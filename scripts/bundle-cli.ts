/**
 * The second build step (`npm run build` runs it after tsc): the command line as one file,
 * dist/src/cli/main.bundle.js, which bin/artparse loads instead of dist/src/cli/main.js.
 *
 * Why: a cold `artparse story.txt` spent about 90 ms of its ~330 ms resolving, reading and
 * compiling some 150 CommonJS modules (dist/ plus chrono-node, commander, chalk); one file
 * costs a fraction of that. The bundle sits beside main.js so that `__dirname` (the worker
 * script of src/cli/pool.ts, package.json and the model found upwards) means the same.
 *
 * Packages that a plain `artparse story.txt` never loads stay outside (required lazily from
 * node_modules as before): the encodings of non-UTF-8 input, HTML parsing, globs, the progress
 * bar, Markdown front matter and the first-name lists. Parser threads load the same kind of
 * bundle of dist/src/cli/worker.js (worker.bundle.js; no code cache: a thread's start is paid
 * once per batch).
 *
 * Then the V8 code cache of the bundle (main.bundle.js.cache): bin/artparse parses one story
 * (fixtures/wire-1987.txt, not the seed the cold start is timed on) and stores the bytecode of
 * every function that run compiled, so a later start skips compiling them. V8 refuses a cache
 * made by another node version or with other flags (the bundle is then compiled as usual), and
 * bin/artparse ignores one older than the bundle.
 *
 * esbuild is a devDependency: where it is missing (an install without dev dependencies) this
 * step says so and bin/artparse uses dist/src/cli/main.js, as it also does whenever the bundle
 * is older than main.js (a tsc-only rebuild).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/nlp/ner';

/** Loaded on demand by a plain run's code paths only (see the module comment). */
export const LAZY_PACKAGES = ['iconv-lite', 'chardet', 'htmlparser2', 'fast-glob', 'cli-progress', 'gray-matter', '@stdlib/*'];

export function bundleCli(root: string = projectRoot(__dirname)): string | null {
  const cli = path.join(root, 'dist', 'src', 'cli');
  const outfile = path.join(cli, 'main.bundle.js');
  const workerOutfile = path.join(cli, 'worker.bundle.js');
  rmSync(outfile + '.cache', { force: true });
  let esbuild: typeof import('esbuild');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    esbuild = require('esbuild') as typeof import('esbuild');
  } catch {
    rmSync(outfile, { force: true });
    rmSync(workerOutfile, { force: true });
    process.stderr.write('bundle-cli: esbuild is not installed (dev dependency): bin/artparse will load dist/src/cli/main.js\n');
    return null;
  }
  const bundle = (entry: string, file: string): void => {
    if (!existsSync(entry)) throw new Error(`${entry} not found: run tsc first`);
    esbuild.buildSync({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      external: LAZY_PACKAGES,
      logLevel: 'warning',
      legalComments: 'none',
    });
    asciiOnly(file);
  };
  bundle(path.join(cli, 'main.js'), outfile);
  // Parser threads load this one (src/cli/pool.ts) when it is not older than worker.js.
  bundle(path.join(cli, 'worker.js'), workerOutfile);
  writeCodeCache(root, outfile);
  return outfile;
}

/**
 * Rewrite the few non-ASCII characters esbuild leaves in a bundle (those in regular expression
 * literals, such as dashes and quotation marks) as \uXXXX escapes, which mean the same there.
 * Why: V8 keeps a script's source for as long as the script lives, and a source with one
 * character above U+00FF is stored at two bytes per character. An ASCII bundle is half the
 * size in every thread's heap (issue 6: main.bundle.js 1.6 -> 0.8 MB, worker.bundle.js 1.2 ->
 * 0.6 MB per parser thread). Left as it is if such a character follows a backslash (an
 * identity escape the rewrite would break).
 */
export function asciiOnly(file: string): void {
  const source = readFileSync(file, 'utf8');
  if (/\\[^\x00-\x7f]/.test(source)) {
    process.stderr.write(`bundle-cli: ${path.basename(file)} escapes a non-ASCII character; left as it is\n`);
    return;
  }
  writeFileSync(file, escapeNonAscii(source));
}

/** Each UTF-16 code unit above 0x7F as \uXXXX (a pair of them for a character beyond the BMP, which a /u pattern reads as one). */
export function escapeNonAscii(source: string): string {
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The story parsed to fill the code cache. */
export const WARM_UP_INPUT = path.join('fixtures', 'wire-1987.txt');

function writeCodeCache(root: string, bundle: string): void {
  const cache = bundle + '.cache';
  const partial = `${cache}.${process.pid}.tmp`;
  const input = path.join(root, WARM_UP_INPUT);
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'artparse'), ...(existsSync(input) ? [input] : ['--version'])], {
    cwd: root,
    env: { ...process.env, ARTPARSE_WRITE_CODE_CACHE: partial },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status === 0 && existsSync(partial)) renameSync(partial, cache);
  else {
    rmSync(partial, { force: true });
    process.stderr.write(`bundle-cli: no code cache (bin/artparse exited ${r.status ?? r.signal}): the bundle is compiled at each start\n`);
  }
}

if (require.main === module) {
  try {
    bundleCli();
  } catch (err: unknown) {
    process.stderr.write(`bundle-cli: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
