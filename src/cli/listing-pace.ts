/**
 * Backpressure for fast-glob's stream. fast-glob walks a tree as fast as the disk allows and
 * pushes every entry into its stream whether anyone reads it or not (its walker, @nodelib/fs.walk,
 * has no pause), so a batch that parses slower than the tree is listed held the paths of every
 * file not yet parsed: about 190 bytes each on the main thread's heap, 17 MB for 90,000 files
 * in 100 folders (issue 6: memory stays flat however many files there are).
 *
 * fast-glob reads folders through the file system adapter its `fs` option takes, one at a time
 * with `concurrency: 1`. The adapter here holds back each folder read while the stream has
 * AHEAD entries or more that its reader has not taken, and lets it go when the reader has taken
 * them: the walk is then at most one folder and AHEAD entries ahead of the batch. Which entries
 * come, and in which order, is fast-glob's as before.
 */
import { readdir as readFolder } from 'node:fs';
import type fastGlob from 'fast-glob';

/** Entries the stream may hold before the next folder is read. */
export const AHEAD = 256;

/** The part of a stream whose buffered entries are counted. */
interface Buffered {
  readonly readableLength: number;
  readonly writableLength?: number;
}

export class ListingPace {
  private stream: Buffered | null = null;
  private held: (() => void) | null = null;

  /** fast-glob's `fs` option: `readdir` waits for the reader (see above). */
  readonly adapter: Partial<fastGlob.FileSystemAdapter> = {
    readdir: (...args: unknown[]): void => {
      const read = (): void => void Reflect.apply(readFolder, undefined, args);
      if (this.buffered() < AHEAD) read();
      else this.held = read;
    },
  };

  /** The stream fast-glob returned, whose buffer is counted. */
  watch(stream: Buffered): void {
    this.stream = stream;
  }

  /** The reader took an entry: let a held folder read go once the buffer is low. */
  taken(): void {
    const read = this.held;
    if (read && this.buffered() < AHEAD) {
      this.held = null;
      read();
    }
  }

  private buffered(): number {
    const s = this.stream;
    return s ? s.readableLength + (s.writableLength ?? 0) : 0;
  }
}
