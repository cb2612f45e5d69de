/**
 * Reading inputs: whole files as bytes, and stdin. An input larger than --max-bytes is refused
 * before it is read (a file by its size, stdin or a device once that many bytes have come), so
 * a stray disk image cannot exhaust memory. Files are read with blocking calls (see
 * readFileLimitedSync); `readAhead` keeps a window of inputs staged ahead of the parser.
 */
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, Stats } from 'node:fs';
import { describeFsError, errorCode, InputError } from './errors';
import type { InputItem } from './inputs';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** How many inputs are read ahead of the one being parsed. */
export const READ_AHEAD = 8;

/** Default --max-bytes: 256 MiB, well above the 100 MB dumps artparse is meant to take. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** Why an input is refused for its size (`size` when known). */
export function tooLarge(maxBytes: number, size?: number): InputError {
  const what = size === undefined ? `more than ${maxBytes} bytes` : `${size} bytes`;
  return new InputError(`too large (${what}; the limit is --max-bytes ${maxBytes})`);
}

/** All of a stream, refusing it once it passes `maxBytes`. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Why a path that cannot be opened or stat'ed fails: a symbolic link whose target is gone says so. */
export function pathFailure(file: string, err: unknown): string {
  if (errorCode(err) === 'ENOENT') {
    let target: string | null = null;
    try {
      if (lstatSync(file).isSymbolicLink()) target = readlinkSync(file);
    } catch {
      // not a link, or gone too: the error as it is
    }
    if (target !== null) return `broken symbolic link (its target ${target} does not exist)`;
  }
  return describeFsError(err);
}

/** What an open input's stat already refuses: a folder, or a regular file over the limit (others are read up to it). */
function refuseByStat(st: Stats, maxBytes: number): void {
  if (st.isDirectory()) throw new InputError('is a directory');
  if (st.isFile() && st.size > maxBytes) throw tooLarge(maxBytes, st.size);
}

/**
 * A file's bytes: its size is checked before reading; devices and pipes are read up to the
 * limit. Blocking, on purpose: a few system calls instead of a round of promises and four
 * thread-pool hops per file. Parser threads read their own inputs this way (issue 6: the hops
 * were a seventh of the main thread's time in a two-thread batch), and so does a batch parsed
 * in the main thread. Measured 2026-11-28, all 4,584 Reuters stories, --jobs 1, ndjson, three
 * alternating runs: 7.6-7.8 s with fs/promises reads ahead of the parser, 6.0-6.5 s with these
 * (7.7-8.4 s of CPU instead of 9.4-9.7); with the page cache dropped before each run, 1,000 of
 * them took 2.2 s with fs/promises and 2.0-2.2 s with these.
 */
export function readFileLimitedSync(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new InputError(pathFailure(file, err));
  }
  try {
    const st = fstatSync(fd);
    refuseByStat(st, maxBytes);
    // A regular file is read to its end too: its size may have changed since the fstat.
    return readToEnd(fd, st.isFile() ? st.size : 0, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(describeFsError(err));
  } finally {
    closeSync(fd);
  }
}

/** Everything left in `fd`, refusing it once it passes `maxBytes`. */
function readToEnd(fd: number, expected: number, maxBytes: number): Buffer {
  // One byte more than expected, so the read that finds the end needs no bigger buffer.
  let buf = Buffer.allocUnsafe(expected > 0 ? expected + 1 : 64 * 1024);
  let size = 0;
  for (;;) {
    if (size === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, size);
      buf = bigger;
    }
    const n = readSync(fd, buf, size, buf.length - size, null);
    if (n === 0) break;
    size += n;
    if (size > maxBytes) throw tooLarge(maxBytes);
  }
  return buf.subarray(0, size);
}

/**
 * readFileLimitedSync in the next turn of the event loop, not at once: a batch parsed in the
 * main thread then passes through the event loop once per input, so a signal (Ctrl-C, kill)
 * stops it there and the progress bar redraws, as they did when reads were asynchronous.
 */
function readFileSoon(file: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(readFileLimitedSync(file, maxBytes));
      } catch (err) {
        reject(err);
      }
    }),
  );
}

export function readInput(item: InputItem, stdin: NodeJS.ReadableStream, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const bytes = item.kind === 'stdin' ? readStream(stdin, maxBytes) : readFileSoon(item.abs, maxBytes);
  return bytes.then(
    (b): ReadResult => ({ ok: true, bytes: b }),
    (err: unknown): ReadResult => ({ ok: false, reason: err instanceof InputError ? err.message : describeFsError(err) }),
  );
}

/**
 * Yield `[item, result]` in order, with up to `width` reads in flight. `items` is pulled only
 * as far as that window reaches (discovery streams). `read` must not reject.
 */
export async function* readAhead<T, R>(items: AsyncIterable<T> | Iterable<T>, width: number, read: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const pending: Array<[T, Promise<R>]> = [];
  let exhausted = false;
  for (;;) {
    while (!exhausted && pending.length < width) {
      const next = await source.next();
      if (next.done) exhausted = true;
      else pending.push([next.value, read(next.value)]);
    }
    const head = pending.shift();
    if (head === undefined) return;
    yield [head[0], await head[1]];
  }
}
