/**
 * What extractors share while one document is parsed: the Document, the role each line
 * has been given so far, the values found, and the warnings. Extractors run in the order
 * declared in ./extractors.ts; each reads what earlier ones found.
 */
import { Document } from '../document/document';
import { defaultRecognizer } from '../nlp/default-recognizer';
import type { EntityRecognizer } from '../nlp/recognizer';
import {
  Agency, Author, BodyBlock, Credit, Dateline, Entity, ParseOptions, Quote, TextSpan, Timestamp, Warning,
} from '../types';

/** What a line is, as decided by the extractors; `body` until something claims it. */
export type LineRole =
  | 'body'
  | 'headline'
  | 'subheadline'
  | 'heading'
  | 'byline'
  | 'stamp'
  | 'credit'
  | 'caption'
  | 'advert'
  | 'boilerplate'
  | 'signoff'
  /** An archive export's own lines (LOAD-DATE, LENGTH, …): read by no other extractor. */
  | 'export';

export interface Found {
  headline: TextSpan | null;
  subheadline: TextSpan | null;
  authors: Author[];
  authorOrganisations: Agency[];
  agencies: Agency[];
  credits: Credit[];
  published: Timestamp | null;
  updated: Timestamp | null;
  dateline: Dateline | null;
  body: BodyBlock[];
  entities: Entity[];
  quotes: Quote[];
  headlineQuotes: Quote[];
}

/** Where the story's running text lies (see src/extractors/layout.ts). */
export interface Layout {
  webLike: boolean;
  first: number;
  last: number;
  /** Paragraphs of boxes of links (or galleries) set inside the story: not body. */
  boxes: ReadonlySet<number>;
}

export class Context {
  readonly doc: Document;
  /** Set by the headline extractor, read by the body sections. */
  layout: Layout | null = null;
  readonly options: ParseOptions;
  readonly warnings: Warning[] = [];
  /** One role per line of `doc.lines`. */
  readonly roles: LineRole[];
  readonly found: Found = {
    headline: null,
    subheadline: null,
    authors: [],
    authorOrganisations: [],
    agencies: [],
    credits: [],
    published: null,
    updated: null,
    dateline: null,
    body: [],
    entities: [],
    quotes: [],
    headlineQuotes: [],
  };

  constructor(doc: Document, options: ParseOptions) {
    this.doc = doc;
    this.options = options;
    this.roles = doc.lines.map(() => 'body');
  }

  /** The entity recogniser of this parse: `options.recognizer`, else the bundled NER model. */
  recognizer(): EntityRecognizer {
    return this.options.recognizer ?? defaultRecognizer();
  }

  /** Is the line still unclaimed (plain body so far)? */
  isFree(lineIndex: number): boolean {
    return this.roles[lineIndex] === 'body';
  }

  claim(lineIndex: number, role: LineRole): void {
    this.roles[lineIndex] = role;
  }

  warn(code: string, message: string, start: number | null = null, end: number | null = null): void {
    this.warnings.push({ code, message, start, end });
  }

  /** A TextSpan for [start, end) of the input. */
  span(start: number, end: number): TextSpan {
    return { text: this.doc.text.slice(start, end), start, end };
  }

  /** The same for a title (headline, standfirst): its value is titleText of what it covers. */
  titleSpan(start: number, end: number): TextSpan {
    return { text: titleText(this.doc.text.slice(start, end)), start, end };
  }
}

/**
 * A title's value as a reader sees it, white space collapsed ("GM <GM>  LAYING OFF" → "GM <GM>
 * LAYING OFF"); its span still covers the text as written.
 */
export function titleText(written: string): string {
  return written.replace(/\s+/g, ' ');
}

/** An extractor: a named step that reads the context and records what it finds. */
export interface Extractor {
  readonly name: string;
  run(ctx: Context): void;
}
