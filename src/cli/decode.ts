/**
 * Bytes → text. UTF-8 (BOM stripped) is read strictly; input that is not valid UTF-8 is read
 * as windows-1252 with an `encoding-fallback` warning — unless it is an HTML page that
 * declares its charset (`<meta charset>`, `http-equiv`), which is then honoured (iconv-lite).
 * UTF-16 is read when it starts with a byte-order mark. Empty input and binary input (NUL
 * bytes) are errors.
 */
import type * as Iconv from 'iconv-lite';
import type * as Charset from '../html/charset';
import { looksLikeHtml } from '../html/detect';
import type { ParseOptions, Warning } from '../types';
import { InputError } from './errors';

export interface Decoded {
  /** The text without its byte-order mark: offsets in the output count from here. */
  text: string;
  /** WHATWG name of the encoding the text was read as ("utf-8", "utf-16le", "windows-1252"). */
  encoding: string;
  warnings: Warning[];
}

/*
 * iconv-lite and the charset prescan (htmlparser2) are loaded only for input that is not
 * UTF-8: most runs never need them, and loading them costs start-up time.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iconv = (): typeof Iconv => require('iconv-lite') as typeof Iconv;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const declaredCharset = (bytes: Uint8Array): string | null => (require('../html/charset') as typeof Charset).declaredCharset(bytes);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    throw new InputError(`not valid ${encoding.toUpperCase()} text`);
  }
}

/**
 * `format` is how the input will be parsed ('auto' by default): for HTML input a declared
 * charset is honoured when the bytes are not valid UTF-8.
 */
export function decode(bytes: Uint8Array, format: ParseOptions['format'] = 'auto'): Decoded {
  if (bytes.length === 0) throw new InputError('empty file');
  let text: string;
  let encoding: string;
  const warnings: Warning[] = [];

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = utf16(bytes, 'utf-16le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = utf16(bytes, 'utf-16be');
  } else {
    if (bytes.includes(0)) throw new InputError('not a text file');
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const rest = hasBom ? bytes.subarray(3) : bytes;
    try {
      text = strictUtf8.decode(rest);
      encoding = 'utf-8';
    } catch {
      const declared = htmlCharset(rest, format);
      text = iconv().decode(Buffer.from(rest.buffer, rest.byteOffset, rest.byteLength), declared ?? 'windows-1252');
      encoding = declared ?? 'windows-1252';
      if (declared === null) {
        warnings.push({
          code: 'encoding-fallback',
          message: 'input is not valid UTF-8; read as windows-1252',
          start: null,
          end: null,
        });
      }
    }
  }

  if (text.includes('\u0000')) throw new InputError('not a text file');
  if (text.trim() === '') throw new InputError(text === '' ? 'empty file' : 'empty file (only whitespace)');
  return { text, encoding, warnings };
}
