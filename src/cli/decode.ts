/**
 * Bytes → text. UTF-8 (BOM stripped) is read strictly; input that is not valid UTF-8 is read
 * as windows-1252 with an `encoding-fallback` warning. UTF-16 is read when it starts with a
 * byte-order mark. Empty input and binary input (NUL bytes) are errors.
 */
import iconv from 'iconv-lite';
import type { Warning } from '../types';
import { InputError } from './errors';

export interface Decoded {
  /** The text without its byte-order mark: offsets in the output count from here. */
  text: string;
  /** WHATWG name of the encoding the text was read as ("utf-8", "utf-16le", "windows-1252"). */
  encoding: string;
  warnings: Warning[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    throw new InputError(`not valid ${encoding.toUpperCase()} text`);
  }
}

export function decode(bytes: Uint8Array): Decoded {
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
      text = iconv.decode(Buffer.from(rest.buffer, rest.byteOffset, rest.byteLength), 'windows-1252');
      encoding = 'windows-1252';
      warnings.push({
        code: 'encoding-fallback',
        message: 'input is not valid UTF-8; read as windows-1252',
        start: null,
        end: null,
      });
    }
  }

  if (text.includes('\u0000')) throw new InputError('not a text file');
  if (text.trim() === '') throw new InputError(text === '' ? 'empty file' : 'empty file (only whitespace)');
  return { text, encoding, warnings };
}
