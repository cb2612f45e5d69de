/**
 * A parser thread (see pool.ts): receives `{ id, bytes, path }`, runs `articleFromBytes` and
 * replies with the article or the input's one-line reason. Loaded from the compiled
 * dist/src/cli/worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { failureReason } from './errors';
import type { WorkerConfig, WorkerReply, WorkerRequest } from './pool';
import { articleFromBytes } from './run';

const port = parentPort;
if (port) {
  const config = workerData as WorkerConfig;
  port.on('message', (m: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
      reply = { type: 'done', id: m.id, article: articleFromBytes(bytes, m.path, config.timezone, config.format, config.encoding) };
    } catch (err) {
      reply = { type: 'failed', id: m.id, reason: failureReason(err) };
    }
    try {
      port.postMessage(reply);
    } catch (err) {
      // e.g. a value that cannot be cloned
      port.postMessage({ type: 'failed', id: m.id, reason: failureReason(err) } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
