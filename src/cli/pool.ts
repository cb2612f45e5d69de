/**
 * Parser threads: a pool of worker_threads that each read a file (or take the bytes the main
 * thread read, for stdin) and run `articleFromBytes` (decode + parse) on it, and render it.
 * The main thread keeps discovery, writing, framing and reporting; it awaits results in input
 * order (src/cli/run.ts).
 *
 * - Each worker has at most PER_WORKER inputs in flight, so it always has the next one queued.
 * - A failure inside a worker comes back as that input's one-line reason (InputError text,
 *   or `internal error: …` for anything unexpected); the worker goes on.
 * - A worker that dies fails its in-flight inputs with `internal error: parser thread stopped`
 *   (or, when its heap hit WORKER_OLD_GENERATION_MB, has them parsed in the main thread)
 *   and is replaced when it had started up; one that dies while starting is not replaced,
 *   and when no worker is left the queued inputs fail the same way, so a batch never hangs.
 * - close() terminates every worker, so the process can exit (e.g. after EPIPE).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Format } from '../output';
import type { Article, Warning } from '../types';
import type { ReadSettings } from './run';
import { sharedModelBytes } from '../nlp/ner';
import { failureReason, InputError } from './errors';
import { optimiseForSize } from './heap';
import type * as WorkerModule from './worker';

/** What a parser thread needs besides the input: the options every input shares. */
export interface WorkerConfig extends ReadSettings {
  /**
   * Render each article in the thread (`render(article, format)`, no colour) and send back
   * only that text and the warnings: a string crosses threads far cheaper than an article's
   * object graph, and the main thread is left with writing alone.
   */
  render?: Format;
  /**
   * With `render`: send the document back as UTF-8 bytes (moved, not copied, between threads),
   * framed for a stream of one article or many (frameBody; 'single' for --out files). The
   * main thread then writes bytes and never holds the text on its heap (issue 6: its young
   * generation grew to 27 MB holding documents in a 10,000-file batch). Without it, a string.
   */
  frame?: 'single' | 'many';
  /** --max-bytes, for the files a thread reads itself. */
  maxBytes?: number;
  /** The NER model's bytes, shared by every thread of the pool (sharedModelBytes). */
  model?: Uint8Array;
}

/** An article a thread rendered (WorkerConfig.render): the document (bytes with WorkerConfig.frame), and its warnings for stderr. */
export interface RenderedArticle {
  rendered: string | Uint8Array;
  warnings: Warning[];
}

/** What a parser returns for an input: the article, or its rendering. */
export type Parsed = Article | RenderedArticle;

/** What to parse: bytes read already (stdin), or a file for the thread to read. */
export type Source = { bytes: Uint8Array } | { file: string };

/** main → worker: parse this input (`path`: its name as shown, or null for stdin). */
export type WorkerRequest = Source & {
  id: number;
  path: string | null;
};

/** worker → main. */
export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; article: Parsed } | { type: 'failed'; id: number; reason: string };

/** Something that parses inputs off the main thread. */
export interface Parser {
  readonly size: number;
  /** Resolves to the article (or its rendering), or rejects with an InputError carrying the one-line reason. */
  parse(bytes: Buffer, sourcePath: string | null): Promise<Parsed>;
  /** The same for a file the parser reads itself (`file`: its absolute path; `sourcePath`: as shown). */
  parseFile(file: string, sourcePath: string): Promise<Parsed>;
  /** Stop all threads; inputs still in flight fail. */
  close(): Promise<void>;
}

export type ParserFactory = (threads: number, config: WorkerConfig) => Parser | null;

export const THREAD_STOPPED = 'internal error: parser thread stopped';

/** Inputs handed to one worker at a time. */
const PER_WORKER = 2;

/**
 * The young generation of a parser thread's heap, in MB. V8's default lets it grow to 32 MB
 * per thread over a long batch (a document's working objects survive scavenges while it
 * parses); 4 MB costs no measurable speed and keeps a thread's memory flat (issue 6: peak RSS
 * of 1,000 Reuters files 238 -> 183 MiB with two threads).
 */
export const WORKER_YOUNG_GENERATION_MB = 4;
/**
 * The old generation of a parser thread's heap, in MB. A cap well above what a document needs
 * (a Reuters story: ~25 MB with the NER model) makes V8 grow the heap by small steps instead of
 * letting garbage pile up to several times the live size (10,000 files: 315 -> 238 MiB peak RSS).
 * An input too big for it is parsed again in the main thread (see onExit).
 */
export const WORKER_OLD_GENERATION_MB = 256;

/**
 * V8's interrupt budget for the parser threads: how much bytecode a function runs before V8
 * weighs optimising it, 8 times Node 20's default of 67,584. Each thread compiles its hot code
 * again with TurboFan (about 2.7 s of compiler CPU per thread over the 4,584 Reuters stories,
 * 1.1 s of it recompiling after deoptimisations), on the same cores the threads parse on; with
 * a later tier-up lukewarm code is compiled less often. Measured 2026-11-28, two threads,
 * ndjson, three alternating runs: all Reuters stories 7.2-7.5 -> 6.5-6.6 s (12.3-12.8 s of CPU
 * instead of 13.9-14.4), 2,000 BBC articles 5.8-6.3 -> 5.1-5.4 s, 1,000 Reuters stories
 * 1.37-1.39 -> 1.05-1.22 s, 1,000 BBC articles 3.57-3.72 -> 3.02-3.14 s; 4 and 16 times gave
 * about the same, 32 times was slower on 1,000 BBC articles (3.3-3.5 s). Peak RSS over 10,000
 * files is unchanged (136-140 MiB), over 1,000 lower (119-124 MiB, less optimised code). A run
 * in one thread keeps V8's default: there the compiler works on the otherwise idle second
 * core, and this budget made --jobs 1 over Reuters slower (8.6-9.4 s against 8.4-8.8).
 */
export const THREAD_INTERRUPT_BUDGET = 8 * 67_584;

/**
 * Set the parser threads' V8 flags, once, before the first thread starts: the interrupt
 * budget above, and `--optimize-for-size` (src/cli/heap.ts), which a thread's heap reads when
 * it is made. Both then also apply to the main thread of that batch, which only reads, writes
 * and waits. A thread committed about 30 MB of heap for 12-14 MB live by the end of 10,000
 * files, about 23 MB with --optimize-for-size. Measured over 10,000 files with --out and two
 * threads: peak RSS 181-184 -> 149-150 MiB (1,000 files: 136 -> 127-130 MiB), for 3-5 % more
 * CPU (Reuters, ndjson, three alternating runs each); on the longer BBC articles it costs
 * about 10 % (1,000 files, two threads: 6.9-7.4 -> 7.6-8.1 s of CPU, peak RSS 142-145 ->
 * 128-132 MiB; measured 2026-11-28 afternoon).
 */
function setThreadFlags(): void {
  if (threadFlagsSet) return;
  threadFlagsSet = true;
  optimiseForSize();
  setFlagsFromString(`--interrupt-budget=${THREAD_INTERRUPT_BUDGET}`);
}
let threadFlagsSet = false;

/** The compiled worker entry next to this file (dist/src/cli/worker.js). */
export const WORKER_SCRIPT = path.join(__dirname, 'worker.js');
/**
 * Its one-file bundle (scripts/bundle-cli.ts), which a thread loads in a fraction of the time
 * that resolving and reading ~100 modules takes; used unless it is missing or older than
 * worker.js (a tsc-only rebuild).
 */
const WORKER_BUNDLE = path.join(__dirname, 'worker.bundle.js');

function workerEntry(): string {
  const mtime = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  return mtime(WORKER_BUNDLE) >= mtime(WORKER_SCRIPT) ? WORKER_BUNDLE : WORKER_SCRIPT;
}

interface Task {
  id: number;
  source: Source;
  path: string | null;
  resolve: (article: Parsed) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  inFlight: Map<number, Task>;
  /** The thread stopped because its heap hit WORKER_OLD_GENERATION_MB. */
  outOfMemory: boolean;
}

export class WorkerPool implements Parser {
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly script: string,
    private readonly config: WorkerConfig,
    private readonly oldGenerationMb: number = WORKER_OLD_GENERATION_MB,
  ) {
    setThreadFlags();
    for (let i = 0; i < size; i++) this.spawn();
  }

  parse(bytes: Buffer, sourcePath: string | null): Promise<Parsed> {
    return this.enqueue({ bytes }, sourcePath);
  }

  parseFile(file: string, sourcePath: string): Promise<Parsed> {
    return this.enqueue({ file }, sourcePath);
  }

  private enqueue(source: Source, sourcePath: string | null): Promise<Parsed> {
    if (this.closed || this.slots.size === 0) return Promise.reject(new InputError(THREAD_STOPPED));
    return new Promise<Parsed>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, path: sourcePath, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.slots].map((s) => s.worker);
    this.failQueued();
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }

  private spawn(): void {
    const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.oldGenerationMb };
    const worker = new Worker(this.script, { workerData: this.config, resourceLimits });
    const slot: Slot = { worker, ready: false, inFlight: new Map(), outOfMemory: false };
    this.slots.add(slot);
    worker.on('message', (m: WorkerReply) => this.onMessage(slot, m));
    // an 'exit' follows; its inputs are handled there
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
    });
    worker.on('exit', () => this.onExit(slot));
  }

  private onMessage(slot: Slot, m: WorkerReply): void {
    if (m.type === 'ready') {
      slot.ready = true;
      return;
    }
    const task = slot.inFlight.get(m.id);
    if (!task) return;
    slot.inFlight.delete(m.id);
    if (m.type === 'done') task.resolve(m.article);
    else task.reject(new InputError(m.reason));
    this.dispatch();
  }

  private onExit(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    for (const task of slot.inFlight.values()) {
      // One of them was too big for a thread's heap: parse both here, without that cap.
      if (slot.outOfMemory && !this.closed) this.parseHere(task);
      else task.reject(new InputError(THREAD_STOPPED));
    }
    slot.inFlight.clear();
    if (this.closed) return;
    if (slot.ready) this.spawn();
    if (this.slots.size === 0) this.failQueued();
    else this.dispatch();
  }

  /** Parse a task in this thread, as a parser thread would. */
  private parseHere(task: Task): void {
    // Loaded only now: the main thread of a batch with parser threads never parses otherwise.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseSource } = require('./worker') as typeof WorkerModule;
    try {
      task.resolve(parseSource(task.source, task.path, this.config));
    } catch (err) {
      task.reject(new InputError(failureReason(err)));
    }
  }

  private failQueued(): void {
    for (const task of this.queue.splice(0)) task.reject(new InputError(THREAD_STOPPED));
  }

  /** Hand queued inputs to the least busy workers. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.inFlight.size < PER_WORKER && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if (!best) return;
      const task = this.queue.shift() as Task;
      best.inFlight.set(task.id, task);
      const request: WorkerRequest = { id: task.id, path: task.path, ...task.source };
      best.worker.postMessage(request);
    }
  }
}

/**
 * The real pool, or null (parse in the main thread) when the compiled worker entry is not
 * there: under ts-jest this module runs from src/*.ts, where no worker.js exists.
 */
export const createWorkerPool: ParserFactory = (threads, config) =>
  existsSync(WORKER_SCRIPT) ? new WorkerPool(threads, workerEntry(), { ...config, model: modelForThreads() }) : null;

/**
 * The model's bytes for the threads to share, or nothing when the file cannot be read: each
 * thread then reads it itself and reports the failure for each input, as a single-thread run does.
 */
function modelForThreads(): Uint8Array | undefined {
  try {
    return sharedModelBytes();
  } catch {
    return undefined;
  }
}
