/** Giving back a written document's memory (src/cli/release.ts) and when stdout is done with it (Sink.drained). */
import { Writable } from 'node:stream';
import { Sink } from '../src/cli/io';
import { releaseWritten } from '../src/cli/release';

test('a written document of its own buffer is released (emptied); one on shared memory is left as it is', () => {
  const own = new TextEncoder().encode('{"headline":"x"}\n');
  releaseWritten(own);
  expect(own.byteLength).toBe(0);
  expect(own.buffer.byteLength).toBe(0);
  const shared = new Uint8Array(new SharedArrayBuffer(4));
  releaseWritten(shared);
  expect(shared.byteLength).toBe(4);
});

test('Sink.drained(): false while the stream still holds a write, true once it has written everything', async () => {
  let finish: (() => void) | null = null;
  const slow = new Writable({ highWaterMark: 1, write: (_chunk, _enc, cb) => { finish = cb; } });
  const sink = new Sink(slow);
  const writing = sink.write(new TextEncoder().encode('abc'));
  expect(sink.drained()).toBe(false);
  (finish as unknown as () => void)();
  await writing;
  expect(sink.drained()).toBe(true);
});
