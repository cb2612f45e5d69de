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
import { StringDecoder } from 'node:string_decoder';
import { errorMessage } from './errors';
import type { Sink } from './io';
import type { Parsed, Parser } from './pool';
import type { Reporter } from './report';
import { documentOf, Outcome, parseHere, parseThere, ReadSettings } from './run';

export interface StreamOptions {
  /** How each record's text is read and parsed. */
  settings: ReadSettings;
  /** Parser threads, or null to parse in this thread. The caller closes it. */
  parser: Parser | null;
}

export interface StreamResult {
  records: number;
  parsed: number;
  failed: number;
}

/**
 * Lines of a byte stream (UTF-8), without their `\n` / `\r\n`; the last may lack one. Each
 * chunk is scanned once, so a record of many megabytes arriving in small chunks costs no more
 * than its length. A byte-order mark starting the stream is dropped: Windows tools write one,
 * and it would make the first record not JSON.
 */
export async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const stripCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let partial: string[] = [];
  let started = false;
  for await (const chunk of stream) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (!started && text !== '') {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let from = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', from)) >= 0) {
      partial.push(text.slice(from, nl));
      yield stripCr(partial.join(''));
      partial = [];
      from = nl + 1;
    }
    if (from < text.length) partial.push(text.slice(from));
  }
  const last = partial.join('') + decoder.end();
  if (last !== '') yield stripCr(last);
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
  for await (const line of lines(stdin)) {
    lineNo++;
    if (stdout.closed) break;
    if (line.trim() === '') continue;
    result.records++;
    inFlight.push({ lineNo, result: parseRecord(readRecord(line), options) });
    if (inFlight.length >= width) await emitFirst();
  }
  while (inFlight.length > 0 && !stdout.closed) await emitFirst();
  return result;
}
