/**
 * Reading inputs: whole files as bytes, a few at a time ahead of the (synchronous) parser, so a
 * batch of thousands of small files keeps the disk busy without holding them all in memory.
 * An input larger than --max-bytes is refused before it is read (a file by its size, stdin or
 * a device once that many bytes have come), so a stray disk image cannot exhaust memory.
 */
import { promises as fs } from 'node:fs';
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
export async function pathFailure(file: string, err: unknown): Promise<string> {
  if (errorCode(err) === 'ENOENT') {
    const link = await fs.lstat(file).catch(() => null);
    if (link?.isSymbolicLink()) return `broken symbolic link (its target ${await fs.readlink(file).catch(() => '?')} does not exist)`;
  }
  return describeFsError(err);
}

/** A file's bytes: its size is checked before reading; devices and pipes are read up to the limit. */
async function readFileLimited(file: string, maxBytes: number): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    throw new InputError(await pathFailure(file, err));
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new InputError('is a directory');
    if (!st.isFile()) return await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
    if (st.size > maxBytes) throw tooLarge(maxBytes, st.size);
    return await handle.readFile();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export function readInput(item: InputItem, stdin: NodeJS.ReadableStream, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const bytes = item.kind === 'stdin' ? readStream(stdin, maxBytes) : readFileLimited(item.abs, maxBytes);
  return bytes.then(
    (b): ReadResult => ({ ok: true, bytes: b }),
    (err: unknown): ReadResult => ({ ok: false, reason: err instanceof InputError ? err.message : describeFsError(err) }),
  );
}

/** Yield `[item, result]` in order, with up to `width` reads in flight. `read` must not reject. */
export async function* readAhead<T, R>(items: readonly T[], width: number, read: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const pending: Promise<R>[] = [];
  let next = 0;
  for (const item of items) {
    while (next < items.length && pending.length < width) pending.push(read(items[next++] as T));
    const result = pending.shift();
    if (result === undefined) return;
    yield [item, await result];
  }
}
