/**
 * A parser thread (see pool.ts): receives `{ id, bytes | file, path }`, runs `parseSource` and
 * replies with the article (or its rendering) or the input's one-line reason. Loaded from the
 * compiled dist/src/cli/worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useModelBytes } from '../nlp/ner';
import { frameBody, render } from '../output';
import { failureReason } from './errors';
import type { Parsed, Source, WorkerConfig, WorkerReply, WorkerRequest } from './pool';
import { DEFAULT_MAX_BYTES, readFileLimitedSync } from './read';
import { articleFromBytes } from './run';

/** What a thread sends back for an input: the article, or its rendering when `config.render` asks. */
export function parseForThread(bytes: Buffer, sourcePath: string | null, config: WorkerConfig): Parsed {
  const article = articleFromBytes(bytes, sourcePath, config);
  if (!config.render) return article;
  const doc = render(article, config.render);
  // TextEncoder gives the bytes their own buffer, which postMessage can move (a small Buffer shares a pool).
  const rendered = config.frame ? utf8.encode(frameBody(doc, config.render, config.frame)) : doc;
  return { rendered, warnings: article.warnings };
}

const utf8 = new TextEncoder();

/** Read the input when it is a file (the thread's own read, see read.ts), then parseForThread. */
export function parseSource(source: Source, sourcePath: string | null, config: WorkerConfig): Parsed {
  const bytes = 'file' in source
    ? readFileLimitedSync(source.file, config.maxBytes ?? DEFAULT_MAX_BYTES)
    : Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
  return parseForThread(bytes, sourcePath, config);
}

const port = parentPort;
if (port) {
  const config = workerData as WorkerConfig;
  if (config.model) useModelBytes(config.model);
  port.on('message', (m: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { type: 'done', id: m.id, article: parseSource(m, m.path, config) };
    } catch (err) {
      reply = { type: 'failed', id: m.id, reason: failureReason(err) };
    }
    try {
      const rendered = reply.type === 'done' && 'rendered' in reply.article ? reply.article.rendered : null;
      port.postMessage(reply, rendered instanceof Uint8Array && rendered.buffer instanceof ArrayBuffer ? [rendered.buffer] : []);
    } catch (err) {
      // e.g. a value that cannot be cloned
      port.postMessage({ type: 'failed', id: m.id, reason: failureReason(err) } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
