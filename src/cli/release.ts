/**
 * Giving back the memory of a parser thread's rendered document once it is written.
 *
 * Why: a thread sends each document as bytes in a buffer of its own, moved to the main thread
 * (pool.ts). Once written, the buffer is garbage, but its memory (outside V8's heap) was freed
 * only when the main thread's garbage collector next reached it. The main thread allocates
 * little, so that was late: over a 10,000-file batch up to 7.8 MB of written documents waited
 * (--trace-gc-verbose "backing store memory"), against 3.2 MB over 1,000 files, and the batch's
 * peak RSS grew with it (issue 6). Moved out of the buffer as soon as it is written, they are
 * freed at once: 3.0 MB at most.
 *
 * Node 20 has no ArrayBuffer.prototype.transfer(); structuredClone() with the buffer in its
 * transfer list moves the memory to a clone nothing keeps, and leaves `bytes` empty (detached).
 */
export function releaseWritten(bytes: Uint8Array): void {
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteLength > 0) structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
}
