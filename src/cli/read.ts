/**
 * Reading inputs: whole files as bytes, a few at a time ahead of the (synchronous) parser, so a
 * batch of thousands of small files keeps the disk busy without holding them all in memory.
 * An input larger than --max-bytes is refused before it is read (a file by its size, stdin or
 * a device once that many bytes have come), so a stray disk image cannot exhaust memory.
 */
import { closeSync, fstatSync, lstatSync, openSync, promises as fs, readlinkSync, readSync, Stats } from 'node:fs';
import { describeFsError, errorCode, InputError } from './errors';
import type { InputItem } from './inputs';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** How many inputs are read ahead of the one being parsed. */
export const READ_AHEAD = 8;

/** Default --max-bytes: 256 MiB, well above the 100 MB dumps artparse is meant to take. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

function tooLarge(maxBytes: number, size?: number): InputError {
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

/** A file's bytes: its size is checked before reading; devices and pipes are read up to the limit. */
async function readFileLimited(file: string, maxBytes: number): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    throw new InputError(pathFailure(file, err));
  }
  try {
    const st = await handle.stat();
    refuseByStat(st, maxBytes);
    if (!st.isFile()) return await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The same as readFileLimited, blocking: parser threads read their own inputs this way, which
 * costs a few system calls instead of a round of promises and thread-pool hops in the main
 * thread (issue 6: that was a seventh of the main thread's time in a two-thread batch).
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

export function readInput(item: InputItem, stdin: NodeJS.ReadableStream, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const bytes = item.kind === 'stdin' ? readStream(stdin, maxBytes) : readFileLimited(item.abs, maxBytes);
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
