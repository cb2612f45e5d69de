/**
 * The progress bar of a batch on a terminal (cli-progress): files done / total, rate and ETA,
 * redrawn at most every 100 ms. Lines printed while it runs (errors, warnings) go above it.
 * Only ever started for a stderr that is a terminal.
 */
import type { SingleBar } from 'cli-progress';

const CLEAR_LINE = '\r\x1b[K';

export class ProgressBar {
  private readonly bar: SingleBar;
  private running = false;
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WritableStream, prefix: string) {
    // Loaded here, not at the top: most runs draw no bar, and loading it costs start-up time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SingleBar: Bar } = require('cli-progress') as typeof import('cli-progress');
    this.bar = new Bar({
      stream,
      format: `${prefix} {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}`,
      barsize: 24,
      hideCursor: false,
      clearOnComplete: true,
      // our own SIGINT/SIGTERM handling (write.ts) clears the line; the bar's would keep the process alive
      gracefulExit: false,
      fps: 10,
      etaBuffer: 50,
    });
  }

  update(done: number, total: number): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    if (!this.running) {
      this.running = true;
      this.bar.start(total, done, { rate });
    } else {
      this.bar.setTotal(total);
      this.bar.update(done, { rate });
    }
  }

  /** Print a line above the bar (the bar is redrawn below it on its next update). */
  log(text: string): void {
    this.stream.write(this.running ? `${CLEAR_LINE}${text}\n` : `${text}\n`);
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.bar.stop();
  }
}
