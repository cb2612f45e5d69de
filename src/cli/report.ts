/**
 * Everything the CLI says on stderr: one line per error or warning, a progress bar for
 * batches on a terminal, and a summary line.
 */
import type chalk from 'chalk';
import type { Warning } from '../types';
import { ProgressBar } from './progress';

export interface ReporterOptions {
  /** Print article warnings (`artparse: a.txt: warning: … [code]`). */
  warnings: boolean;
  /** Keep a progress bar (only on a terminal). */
  progress: boolean;
  /** Print the summary line after a batch with --out. */
  summary: boolean;
}

export interface BatchCounts {
  files: number;
  parsed: number;
  failed: number;
  skipped: number;
}

/**
 * `text` with its control characters written out (`\n`, `\t`, `\x1b`, …), so that a message
 * stays one line and a file name cannot drive the terminal (a name may hold any byte but `/`).
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => CONTROL_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const CONTROL_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export class Reporter {
  failed = 0;
  private bar: ProgressBar | null = null;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly paint: chalk.Chalk,
    private readonly options: ReporterOptions,
  ) {}

  private line(text: string): void {
    if (this.bar) this.bar.log(text);
    else this.stderr.write(text + '\n');
  }

  private prefix(): string {
    return this.paint.bold('artparse:');
  }

  /** A wrong command line (the caller exits 2). */
  usage(message: string): void {
    this.line(`${this.prefix()} ${this.paint.red(printable(message))}`);
  }

  /** One input failed: `artparse: <input>: <reason>`, on one line. */
  error(input: string, reason: string): void {
    this.failed++;
    this.line(`${this.prefix()} ${printable(input)}: ${this.paint.red(printable(reason))}`);
  }

  warning(input: string, w: Warning): void {
    if (!this.options.warnings) return;
    this.line(`${this.prefix()} ${printable(input)}: ${this.paint.yellow('warning:')} ${printable(w.message)} [${w.code}]`);
  }

  /** Is a progress bar drawn (a batch on a terminal)? */
  get showsProgress(): boolean {
    return this.options.progress;
  }

  /** Files done of the total: the bar is drawn at most every 100 ms (not for a single input). */
  progress(done: number, total: number): void {
    if (!this.options.progress || total < 2) return;
    this.bar ??= new ProgressBar(this.stderr, this.prefix());
    this.bar.update(done, total);
  }

  clearProgress(): void {
    this.bar?.stop();
    this.bar = null;
  }

  /** `artparse: 4584 files: 4580 parsed, 2 failed, 2 skipped in 12.3 s` */
  summary(counts: BatchCounts, seconds: number): void {
    this.clearProgress();
    if (!this.options.summary) return;
    const { files, parsed, failed, skipped } = counts;
    this.line(`${this.prefix()} ${files} ${files === 1 ? 'file' : 'files'}: ${parsed} parsed, ${failed} failed, ${skipped} skipped in ${seconds.toFixed(1)} s`);
  }
}
