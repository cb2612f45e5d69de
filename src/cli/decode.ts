/**
 * Bytes → text. The encoding is found by src/cli/detect-encoding.ts (byte-order mark, valid
 * UTF-8, chardet's confident guess, windows-1252/latin-1) — unless it is an HTML page whose
 * bytes are not UTF-8 and that declares its charset (`<meta charset>`, `http-equiv`), which
 * is then honoured, or the user forces one (--encoding). A guessed encoding gets an
 * `encoding-fallback` warning. Empty, whitespace-only and binary input are errors
 * (src/cli/refusal.ts).
 */
import type * as Charset from '../html/charset';
import { looksLikeHtml } from '../html/detect';
import type { ParseOptions, Warning } from '../types';
import { detectEncoding } from './detect-encoding';
import { iconv } from './iconv';
import { InputError } from './errors';
import { refusalReason } from './refusal';

export interface Decoded {
  /** The text without its byte-order mark: offsets in the output count from here. */
  text: string;
  /** Lower-case name of the encoding the text was read as ("utf-8", "utf-16le", "windows-1252", "iso-8859-1"). */
  encoding: string;
  warnings: Warning[];
}

/* The charset prescan (htmlparser2) is loaded only for input that is not UTF-8, as iconv-lite is. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const declaredCharset = (bytes: Uint8Array): string | null => (require('../html/charset') as typeof Charset).declaredCharset(bytes);

/** Labels that mean windows-1252 (WHATWG Encoding): a page declaring them is read as such. */
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252']);

/**
 * The charset an HTML page declares, when it is one iconv-lite can read and not UTF-8
 * (bytes that are not valid UTF-8 do not become so by a declaration); null otherwise.
 */
function htmlCharset(bytes: Uint8Array, format: ParseOptions['format']): string | null {
  if (format === 'text') return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  if (format !== 'html' && !looksLikeHtml(head)) return null;
  const label = declaredCharset(bytes);
  if (!label || /^utf-?8$/.test(label)) return null;
  if (WINDOWS_1252.has(label)) return 'windows-1252';
  return iconv().encodingExists(label) ? label : null;
}

/** Strict decoders, made once: a TextDecoder per input would be made for every file of a batch. */
const STRICT = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/** Decode `bytes` (after `bomLength` bytes of byte-order mark) as `encoding`; UTF-8 and UTF-16 strictly. */
function decodeAs(bytes: Uint8Array, encoding: string, bomLength: number): string {
  const rest = bytes.subarray(bomLength);
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    try {
      return STRICT[encoding].decode(rest);
    } catch {
      throw new InputError(`not valid ${encoding.toUpperCase()} text`);
    }
  }
  return iconv().decode(Buffer.from(rest.buffer, rest.byteOffset, rest.byteLength), encoding);
}

/** An --encoding label as reported in `source.encoding`, or null when iconv-lite cannot read it. */
export function encodingLabel(label: string): string | null {
  const name = label.trim().toLowerCase();
  return iconv().encodingExists(name) ? name : null;
}

/** Decode with the encoding the user forced: a byte-order mark of that encoding is dropped; bad bytes become U+FFFD. */
function decodeForced(bytes: Uint8Array, encoding: string): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/**
 * `format` is how the input will be parsed ('auto' by default): for HTML input a declared
 * charset is honoured when the bytes are not valid UTF-8. `forced` (--encoding) skips
 * detection. Throws InputError for input that is not text (src/cli/refusal.ts).
 */
export function decode(bytes: Uint8Array, format: ParseOptions['format'] = 'auto', forced?: string): Decoded {
  if (bytes.length === 0) throw new InputError('empty file');
  let text: string;
  let encoding: string;
  const warnings: Warning[] = [];

  if (forced !== undefined) {
    encoding = forced;
    text = decodeForced(bytes, forced);
  } else {
    const detected = detectEncoding(bytes);
    const declared = detected.guessed ? htmlCharset(bytes, format) : null;
    encoding = declared ?? detected.encoding;
    // A NUL byte means binary (UTF-16 aside): refuse it before a statistical guess makes text of it.
    if (detected.guessed && !encoding.startsWith('utf-16') && bytes.includes(0)) throw new InputError('not a text file');
    text = decodeAs(bytes, encoding, detected.bomLength);
    if (detected.guessed && declared === null) {
      warnings.push({
        code: 'encoding-fallback',
        message: encoding.startsWith('utf-16') ? `no byte-order mark; read as ${encoding} by its zero bytes` : `input is not valid UTF-8; read as ${encoding}`,
        start: null,
        end: null,
      });
    }
  }

  const refusal = refusalReason(text);
  if (refusal !== null) throw new InputError(refusal);
  return { text, encoding, warnings };
}
