/**
 * Reading inputs: whole files as bytes, a few at a time ahead of the (synchronous) parser, so a
 * batch of thousands of small files keeps the disk busy without holding them all in memory.
 */
import { promises as fs } from 'node:fs';
import { describeFsError } from './errors';
import type { InputItem } from './inputs';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** How many inputs are read ahead of the one being parsed. */
export const READ_AHEAD = 8;

export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function readInput(item: InputItem, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  const bytes = item.kind === 'stdin' ? readStream(stdin) : fs.readFile(item.abs);
  return bytes.then(
    (b): ReadResult => ({ ok: true, bytes: b }),
    (err: unknown): ReadResult => ({ ok: false, reason: describeFsError(err) }),
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
