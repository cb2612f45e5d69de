/**
 * The public data model of artparse. Field names and meanings of the core fields follow
 * the output contract (../shared/output-contract.md); everything else is additive.
 * All offsets are UTF-16 indices into the decoded input, end exclusive.
 */
import type { EntityRecognizer } from './nlp/recognizer';

export interface Span {
  start: number;
  end: number;
}

/** A piece of the input: `input.slice(start, end) === text`. */
export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface Warning {
  code: string;
  message: string;
  start: number | null;
  end: number | null;
}

export interface SourceInfo {
  path: string | null;
  bytes: number;
  encoding: string;
  /**
   * What the input was read as: 'html' for a page (see ParseOptions.format). Absent means
   * text — text input keeps the source object it always had. For 'html' the page was
   * rendered to text first: every offset in the Article points into the HTML (from the
   * source of the first character to the end of the source of the last, so entities and tags
   * inside a span are included) and `text` fields hold the rendered text, so
   * `input.slice(start, end) === text` holds for text input only.
   */
  format?: 'text' | 'html';
}

export interface Author extends Span {
  name: string;
}

/** A news agency named in a byline, dateline or sign-off ("Reuters", "AP"). */
export interface Agency extends Span {
  name: string;
}

/** An image/photo credit such as "IMAGE: AP | Image:self" → AP. */
export interface Credit extends Span {
  /** Who is credited ("AP"). */
  name: string;
  /** The whole credit as written. */
  raw: string;
}

export interface Dateline extends Span {
  place: string | null;
  date: string | null;
  agency: string | null;
  raw: string;
}

/** A timestamp as stated in the text, resolved to ISO 8601. */
export interface Timestamp extends Span {
  iso: string;
  /** The stamp as written ("Updated January 17th, 2022 at 13:14 IST"). */
  raw: string;
  /**
   * Whether the text stated a time zone. When false the ISO value has no offset, unless
   * `options.timezone` (--timezone) supplied one.
   */
  zoneStated: boolean;
}

export interface BodyBlock extends Span {
  type: 'paragraph' | 'heading';
  text: string;
}

/**
 * `direct`: speech standing as its own sentence or clause; `partial`: quoted words inside
 * the writer's sentence (a phrase, a scare quote); `title`: a show, book or song in quotes.
 */
export type QuoteKind = 'direct' | 'partial' | 'title';

export interface Quote extends Span {
  /** The words inside the quotation marks (marks excluded). */
  text: string;
  /** What the quotation is; only `direct` quotes are speech on their own. */
  kind: QuoteKind;
  /** Full name of the speaker, or null when unknown. */
  speaker: string | null;
  /** The mention in the text the speaker was found from ("Stoltenberg", "he"). */
  speakerMention: TextSpan | null;
  /** The cue verb or phrase ("said", "according to"). */
  cue: TextSpan | null;
  /** Which rule decided the speaker (see src/extractors/quotes.ts). */
  by: string | null;
  /** The pieces of the quote when it runs over several paragraphs. */
  parts: Span[];
}

export interface Entity {
  name: string;
  type: EntityType;
  mentions: TextSpan[];
}

/** Offsets of the fields whose value is a plain string in the contract. */
export interface FieldSpans {
  headline: Span | null;
  subheadline: Span | null;
}

export interface Article {
  source: SourceInfo;
  headline: string | null;
  subheadline: string | null;
  authors: Author[];
  /**
   * Who the byline credits when it names no person: a desk or organisation ("Staff Reports",
   * "HNN Staff", "CBS News"; for HTML also a metadata author typed Organization). Empty when
   * `authors` is not.
   */
  authorOrganisations: Agency[];
  agencies: Agency[];
  credits: Credit[];
  published: string | null;
  updated: string | null;
  timestamps: { published: Timestamp | null; updated: Timestamp | null };
  dateline: Dateline | null;
  body: BodyBlock[];
  quotes: Quote[];
  /** Quotations in the headline (single marks included: Stoltenberg says 'won't agree'). */
  headlineQuotes: Quote[];
  entities: Entity[];
  spans: FieldSpans;
  warnings: Warning[];
}

export interface ParseOptions {
  /** Where the text came from, for `source.path` (null for stdin). */
  path?: string | null;
  /** Size of the raw input in bytes (defaults to the UTF-8 length of the text). */
  bytes?: number;
  /** Encoding the input was decoded from. */
  encoding?: string;
  /**
   * IANA zone name or ±HH:MM offset used for ambiguous or missing zone abbreviations,
   * e.g. "Asia/Kolkata" or "+05:30". Overrides the built-in defaults for abbreviations.
   */
  timezone?: string;
  /** The entity recogniser to use instead of the bundled NER model. */
  recognizer?: EntityRecognizer;
  /**
   * How to read the input: 'text', 'html' (a saved page: rendered to text, offsets into
   * the HTML, page metadata used), or 'auto' (the default): HTML when the input starts,
   * after white space, a byte-order mark and comments, with `<!doctype html`, `<html`,
   * `<head` or `<body` (any case).
   */
  format?: 'auto' | 'text' | 'html';
  /**
   * When the page was saved, ISO 8601 ("2019-11-20", "2019-11-20T08:00-05:00"): relative
   * stamps ("Published 22 hours ago", "Today 12:01 AM") are resolved against it. Without it
   * they stay null with a `relative-date` warning.
   */
  referenceDate?: string;
}
