/**
 * `--input ndjson`: a stream of records on stdin, one JSON object per line,
 * `{"id": "...", "text": "...", ...}`, and one result line per record on stdout, in input
 * order: the record without `text`, plus `article` (the parsed article) or `error` (why there
 * is none). Blank lines are skipped. This is the shape Hadoop Streaming, Spark's `RDD.pipe()`
 * and `parallel --pipe` need: they cut a big input into chunks of whole lines and
 * concatenate the outputs.
 *
 * Memory stays bounded: stdin is read a chunk at a time and only when the records before are
 * handed on; with parser threads a few records per thread are in flight.
 */
import { errorMessage } from './errors';
import type { Sink } from './io';
import type { Parsed, Parser } from './pool';
import { DEFAULT_MAX_BYTES, tooLarge } from './read';
import type { Reporter } from './report';
import { documentOf, Outcome, parseHere, parseThere, ReadSettings } from './run';

export interface StreamOptions {
  /** How each record's text is read and parsed. */
  settings: ReadSettings;
  /** Parser threads, or null to parse in this thread. The caller closes it. */
  parser: Parser | null;
  /** --max-bytes: a longer line is that record's error (`too large`), not read into memory. */
  maxBytes?: number;
}

export interface StreamResult {
  records: number;
  parsed: number;
  failed: number;
}

/** What lines() gives for a line longer than its limit: the line's bytes were dropped as they came. */
export const LINE_TOO_LONG = Symbol('line too long');

/**
 * Lines of a byte stream (UTF-8), without their `\n` / `\r\n`; the last may lack one. The
 * stream is cut at its newline bytes (a newline byte is never part of another UTF-8 character)
 * and each line decoded whole, so a record of many megabytes arriving in small chunks costs no
 * more than its length. A line of more than `maxBytes` bytes is LINE_TOO_LONG: it is not kept,
 * so one runaway line (a file with no newlines) cannot take all memory. A byte-order mark
 * starting the stream is dropped: Windows tools write one, and it would make the first record
 * not JSON.
 */
export async function* lines(stream: NodeJS.ReadableStream, maxBytes = Infinity): AsyncGenerator<string | typeof LINE_TOO_LONG> {
  let pieces: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let first = true;
  const take = (piece: Buffer): void => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      pieces = [];
    } else pieces.push(piece);
  };
  const finish = (): string | typeof LINE_TOO_LONG => {
    // Take the line and start the next before deciding what this one is.
    const wasTooLong = tooLong;
    const kept = pieces;
    const atStart = first;
    pieces = [];
    size = 0;
    tooLong = false;
    first = false;
    if (wasTooLong) return LINE_TOO_LONG;
    let line = (kept.length === 1 ? kept[0] : Buffer.concat(kept)).toString('utf8');
    if (atStart && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let from = 0;
    let nl: number;
    while ((nl = bytes.indexOf(0x0a, from)) >= 0) {
      take(bytes.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(bytes.subarray(from));
  }
  if (size > 0 || tooLong) yield finish();
}

type Fields = Record<string, unknown>;
/** A record read from a line: its text and the fields passed through, or why it is unusable. */
type InputRecord = { ok: true; text: string; fields: Fields } | { ok: false; reason: string; fields: Fields };

function readRecord(line: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `not JSON: ${errorMessage(err)}`, fields: {} };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a JSON object', fields: {} };
  // `article` and `error` are the result's own fields: an input field of that name is dropped
  const { text, article: _article, error: _error, ...fields } = value as Fields;
  if (typeof text !== 'string') return { ok: false, reason: 'no "text" string', fields };
  return { ok: true, text, fields };
}

type Result = Outcome & { fields: Fields };

/** A record is no file: say "empty text" of it. */
const forRecord = (reason: string): string => reason.replace(/^empty file/, 'empty text');

function parseRecord(record: InputRecord, options: StreamOptions): Result | Promise<Result> {
  if (!record.ok) return record;
  const bytes = Buffer.from(record.text, 'utf8');
  const { fields } = record;
  if (options.parser) return parseThere(bytes, null, options.parser, forRecord).then((outcome) => ({ ...outcome, fields }));
  return { ...parseHere(bytes, null, options.settings, forRecord), fields };
}

/**
 * `{...fields, "article": …}` as one line. The article's JSON is spliced in as text: a parser
 * thread sends it rendered (one NDJSON line), not as an object.
 */
function resultLine(fields: Fields, article: Parsed): string {
  const articleJson = documentOf(article, 'ndjson', null).slice(0, -1); // the NDJSON line without its newline
  const head = JSON.stringify(fields);
  return (head === '{}' ? '{' : head.slice(0, -1) + ',') + '"article":' + articleJson + '}\n';
}

/** Where a record came from, in messages: `<stdin>:12` (line 12), plus its id when it has one. */
function where(lineNo: number, fields: Fields): string {
  const id = fields.id;
  return `<stdin>:${lineNo}` + (typeof id === 'string' || typeof id === 'number' ? ` (id ${JSON.stringify(id)})` : '');
}

export async function runStream(stdin: NodeJS.ReadableStream, stdout: Sink, reporter: Reporter, options: StreamOptions): Promise<StreamResult> {
  const result: StreamResult = { records: 0, parsed: 0, failed: 0 };
  const inFlight: { lineNo: number; result: Result | Promise<Result> }[] = [];
  const width = options.parser ? options.parser.size * 4 : 1;

  const emitFirst = async (): Promise<void> => {
    const head = inFlight.shift();
    if (!head) return;
    const r = await head.result;
    if (r.ok) {
      result.parsed++;
      for (const w of r.article.warnings) reporter.warning(where(head.lineNo, r.fields), w);
      await stdout.write(resultLine(r.fields, r.article));
    } else {
      result.failed++;
      reporter.error(where(head.lineNo, r.fields), r.reason);
      await stdout.write(JSON.stringify({ ...r.fields, error: r.reason }) + '\n');
    }
  };

  let lineNo = 0;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const line of lines(stdin, maxBytes)) {
    lineNo++;
    if (stdout.closed) break;
    if (line !== LINE_TOO_LONG && line.trim() === '') continue;
    result.records++;
    const record: InputRecord = line === LINE_TOO_LONG ? { ok: false, reason: tooLarge(maxBytes).message, fields: {} } : readRecord(line);
    inFlight.push({ lineNo, result: parseRecord(record, options) });
    if (inFlight.length >= width) await emitFirst();
  }
  while (inFlight.length > 0 && !stdout.closed) await emitFirst();
  return result;
}
