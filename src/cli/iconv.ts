/**
 * iconv-lite, loaded on first use: only input that is not UTF-8 (or UTF-16) needs it, and
 * loading it at start-up costs every run a few milliseconds.
 */
import type * as Iconv from 'iconv-lite';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const iconv = (): typeof Iconv => require('iconv-lite') as typeof Iconv;
