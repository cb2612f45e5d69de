/**
 * Which encoding bytes are in, when nothing declares it. In order:
 * 1. a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
 * 1b. UTF-16 without one is told by its zero bytes: Latin-script text has one in every other
 *    byte (odd offsets for LE, even for BE), which neither UTF-8 text nor binary formats do;
 * 2. bytes that are valid UTF-8 are UTF-8 (legacy text almost never is by accident);
 * 3. otherwise chardet's statistical guess, taken only when it is confident and iconv-lite
 *    can read it (short texts give weak guesses: Western text with a few accents then
 *    reads as windows-1252, whose letters it almost surely uses);
 * 4. windows-1252, the usual encoding of old Western exports.
 * A single-byte Western guess is named by its bytes: ISO-8859-1 (latin-1) and windows-1252
 * differ only in 0x80–0x9F, which latin-1 text never uses (C1 controls) and windows-1252 text
 * uses for curly quotes, dashes and €.
 */
import { isUtf8 } from 'node:buffer';
import type * as Chardet from 'chardet';
import { iconv } from './iconv';

export interface DetectedEncoding {
  /** Lower-case name ("utf-8", "utf-16le", "windows-1252", "iso-8859-1", "shift_jis"). */
  encoding: string;
  /** Bytes of byte-order mark to skip before decoding. */
  bomLength: number;
  /** True when a statistical guess or the fallback decided, not a BOM or valid UTF-8. */
  guessed: boolean;
}

/**
 * chardet confidence (0–100) from which its guess is believed outright; a weaker guess still
 * counts when it is far ahead of the runner-up (text with markup or numbers scores lower
 * overall, but a clear winner is still right).
 */
const SURE_CONFIDENCE = 50;
const CLEAR_CONFIDENCE = 25;
const CLEAR_LEAD = 3;

const WESTERN_SINGLE_BYTE = new Set(['iso-8859-1', 'windows-1252']);

/** Whether any byte is in 0x80–0x9F: windows-1252 punctuation, or C1 controls in latin-1. */
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 && b <= 0x9f) return true;
  }
  return false;
}

function westernName(bytes: Uint8Array): string {
  return hasC1Bytes(bytes) ? 'windows-1252' : 'iso-8859-1';
}

/** chardet looks at this much of the input: enough for a stable guess, bounded for 100 MB files. */
const SAMPLE_BYTES = 256 * 1024;

function statisticalGuess(bytes: Uint8Array): string | null {
  // Loaded here, not at start-up: only input that is not UTF-8 gets this far.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const chardet = require('chardet') as typeof Chardet;
  const [best, second] = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  if (!best) return null;
  const sure = best.confidence >= SURE_CONFIDENCE || (best.confidence >= CLEAR_CONFIDENCE && best.confidence >= CLEAR_LEAD * (second?.confidence ?? 0));
  if (!sure) return null;
  const name = best.name.toLowerCase();
  // UTF-16/32 without a byte-order mark is guessed from NUL patterns: too weak to trust. ASCII
  // cannot be right either: bytes that are not UTF-8 have one above 0x7F.
  if (name.startsWith('utf') || name === 'ascii' || !iconv().encodingExists(name)) return null;
  return name;
}

/** Share of the high (resp. low) bytes of UTF-16 code units that must be zero, and may be. */
const UTF16_ZERO_HIGH = 0.7;
const UTF16_ZERO_LOW = 0.05;

/** 'utf-16le' or 'utf-16be' when the zero bytes fall in one half of the 16-bit units, else null. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  // No zero byte: nothing to count (most input; a native scan instead of the loop below).
  if (n < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros >= UTF16_ZERO_HIGH * units && evenZeros <= UTF16_ZERO_LOW * units) return 'utf-16le';
  if (evenZeros >= UTF16_ZERO_HIGH * units && oddZeros <= UTF16_ZERO_LOW * units) return 'utf-16be';
  return null;
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, guessed: true };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0, guessed: false };
  const guess = statisticalGuess(bytes);
  const encoding = guess === null || WESTERN_SINGLE_BYTE.has(guess) ? westernName(bytes) : guess;
  return { encoding, bomLength: 0, guessed: true };
}
