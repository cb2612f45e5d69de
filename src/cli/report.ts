/**
 * Everything the CLI says on stderr: one line per error or warning, a progress counter for
 * batches written with --out on a terminal, and a summary line.
 */
import type chalk from 'chalk';
import type { Warning } from '../types';

export interface ReporterOptions {
  /** Print article warnings (`artparse: a.txt: warning: … [code]`). */
  warnings: boolean;
  /** Keep an updating progress line (only on a terminal). */
  progress: boolean;
  /** Print the summary line after a batch with --out. */
  summary: boolean;
}

const CLEAR_LINE = '\r\x1b[K';
const PROGRESS_EVERY_MS = 100;

export class Reporter {
  failed = 0;
  private progressShown = false;
  private lastDraw = 0;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly paint: chalk.Chalk,
    private readonly options: ReporterOptions,
  ) {}

  private line(text: string): void {
    this.clearProgress();
    this.stderr.write(text + '\n');
  }

  private prefix(): string {
    return this.paint.bold('artparse:');
  }

  /** A wrong command line (the caller exits 2). */
  usage(message: string): void {
    this.line(`${this.prefix()} ${this.paint.red(message)}`);
  }

  /** One input failed: `artparse: <input>: <reason>`. */
  error(input: string, reason: string): void {
    this.failed++;
    this.line(`${this.prefix()} ${input}: ${this.paint.red(reason)}`);
  }

  warning(input: string, w: Warning): void {
    if (!this.options.warnings) return;
    this.line(`${this.prefix()} ${input}: ${this.paint.yellow('warning:')} ${w.message} [${w.code}]`);
  }

  /** Redraw the progress line, at most every 100 ms and always for the last item. */
  progress(done: number, total: number): void {
    if (!this.options.progress) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < PROGRESS_EVERY_MS) return;
    this.lastDraw = now;
    this.stderr.write(`${CLEAR_LINE}${this.prefix()} ${done}/${total} files`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.stderr.write(CLEAR_LINE);
    this.progressShown = false;
  }

  summary(files: number, written: number, failed: number): void {
    if (this.options.summary) this.line(`${this.prefix()} ${files} ${files === 1 ? 'file' : 'files'}, ${written} written, ${failed} failed`);
    else this.clearProgress();
  }
}
