/**
 * The streams and environment the CLI talks to. `main(argv, io)` takes them as a parameter so
 * tests can run the CLI in-process with fake streams and chosen TTY flags.
 */
import { errorCode } from './errors';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Fill in what a caller left out with the real process streams. */
export function withDefaults(io: Partial<CliIo>): CliIo {
  const base = processIo();
  return { ...base, ...io };
}

/**
 * A reader that goes away (EPIPE: `artparse --help | head -1`, `artparse … 2>&1 | head`) must
 * not crash the process with an unhandled 'error' event, before or after a Sink listens; the
 * Sink records what happens to the data it writes.
 */
export function surviveClosedPipes(io: CliIo): void {
  for (const stream of [io.stdout, io.stderr]) if (stream.listenerCount('error') === 0) stream.on('error', () => undefined);
}

/**
 * Writes to stdout with backpressure. A closed pipe (`artparse x | head`) is not an error:
 * the sink just becomes `closed` and the run stops quietly. Other write errors are kept in
 * `error` for the caller to report.
 */
export class Sink {
  closed = false;
  error: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (err: Error) => {
      this.closed = true;
      if (errorCode(err) !== 'EPIPE' && !this.error) this.error = err;
    });
  }

  /** Has the stream written out everything given to it (it holds none of it any more)? */
  drained(): boolean {
    return 'writableLength' in this.stream && this.stream.writableLength === 0;
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (this.closed || text.length === 0) return;
    let ok: boolean;
    try {
      ok = this.stream.write(text);
    } catch (err) {
      this.closed = true;
      if (errorCode(err) !== 'EPIPE') this.error = err instanceof Error ? err : new Error(String(err));
      return;
    }
    if (ok || this.closed) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.removeListener('drain', done);
        this.stream.removeListener('error', done);
        this.stream.removeListener('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }
}
