/** A writable stream that keeps what is written, for CLI tests that inject stdout/stderr. */
import { Writable } from 'stream';

export class Capture extends Writable {
  text = '';
  /** Set to stand for a terminal (the progress bar draws only on one). */
  isTTY = false;
  columns = 100;
  _write(chunk: Buffer | string, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.text += chunk.toString();
    cb();
  }
}
