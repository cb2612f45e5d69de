/**
 * A parser thread (see pool.ts): receives `{ id, bytes, path }`, runs `parseForThread` and
 * replies with the article (or its rendering) or the input's one-line reason. Loaded from the
 * compiled dist/src/cli/worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { render } from '../output';
import { failureReason } from './errors';
import type { Parsed, WorkerConfig, WorkerReply, WorkerRequest } from './pool';
import { articleFromBytes } from './run';

/** What a thread sends back for an input: the article, or its rendering when `config.render` asks. */
export function parseForThread(bytes: Buffer, sourcePath: string | null, config: WorkerConfig): Parsed {
  const article = articleFromBytes(bytes, sourcePath, config);
  return config.render ? { rendered: render(article, config.render), warnings: article.warnings } : article;
}

const port = parentPort;
if (port) {
  const config = workerData as WorkerConfig;
  port.on('message', (m: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
      reply = { type: 'done', id: m.id, article: parseForThread(bytes, m.path, config) };
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
