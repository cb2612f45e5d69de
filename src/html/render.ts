/**
 * HTML → plain text the way a text dump of the page looks (`w3m -dump`, a browser's
 * select-all + copy), with a source map from every rendered character back into the HTML.
 *
 * - Parsing is htmlparser2's (a forgiving HTML tokenizer/parser that reports where each
 *   token lies in the source and decodes entities itself); this module only lays text out.
 * - Block elements end the line: `div`, `li`, `tr`, `br`, `article`, `section`, `header`,
 *   `footer`, `nav`, `figcaption`, …; paragraph-like blocks (`p`, `h1`–`h6`, `blockquote`,
 *   `figure`, `ul`/`ol` outside a list, `table`, `pre`, `hr`, …) stand between blank lines.
 *   Never more than one blank line in a row; `<br><br>` gives one.
 * - Inline elements flow. Runs of HTML white space collapse to one space, none at the start
 *   or end of a line (as a browser does); `pre` keeps its white space. U+00A0 is kept.
 * - List items start with "• " (unordered) or "N. " (ordered), as w3m writes them; table
 *   cells on one row are separated by a space.
 * - Not rendered: `head` (and so `title`), `script`, `style`, `noscript`, `template`, `svg`,
 *   `math`, `iframe`, `object`, `embed`, `canvas`, `video`, `audio`, `select`, `textarea`,
 *   images (no alt text), and elements a browser hides (`hidden` attribute, inline
 *   `display:none` / `visibility:hidden`).
 *
 * Headings (`h1`–`h6`) are reported with their rendered spans, for the metadata refiner.
 */
import { Parser } from 'htmlparser2';
import { SourceMap } from './source-map';
import { HtmlTooDeep, MAX_HTML_DEPTH } from './too-deep';

export interface RenderedHeading {
  level: number;
  /** The heading's rendered text, white space collapsed. */
  text: string;
  /** Offsets into the rendered text. */
  start: number;
  end: number;
}

export interface RenderedHtml {
  text: string;
  map: SourceMap;
  headings: RenderedHeading[];
}

const SKIP = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'textarea', 'datalist',
]);
/** Blocks that stand between blank lines. */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'table', 'pre', 'hr', 'address',
  'fieldset', 'dl',
]);
/** Lists: a paragraph block at the top level, a line block inside another list. */
const LIST = new Set(['ul', 'ol', 'menu']);
/** Blocks that only end the line. */
const LINE = new Set([
  'html', 'body', 'div', 'li', 'tr', 'article', 'section', 'header', 'footer', 'nav', 'aside', 'main',
  'figcaption', 'dt', 'dd', 'form', 'caption', 'details', 'summary', 'center', 'legend', 'option',
  'hgroup', 'search', 'dialog', 'frameset', 'frame', 'noframes', 'thead', 'tbody', 'tfoot',
]);
const CELL = new Set(['td', 'th']);
const HEADING = /^h([1-6])$/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** HTML white space: space, tab, LF, FF, CR (not U+00A0). */
function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

class Layout {
  readonly chars: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Per character: added by the renderer (line breaks, bullets), not text of the page. */
  readonly added: boolean[] = [];
  /** Newlines wanted before the next text: 1 ends the line, 2 leaves a blank line. */
  private newlines = 0;
  private newlineSource = 0;
  /** A collapsed space wanted before the next text on this line (its source), or null. */
  private space: [number, number] | null = null;
  /** Text put before the next text (a list bullet) and its source. */
  private prefix: { text: string; start: number; end: number } | null = null;

  get length(): number {
    return this.chars.length;
  }

  private push(ch: string, start: number, end: number, added = false): void {
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(end);
    this.added.push(added);
  }

  private trailingNewlines(): number {
    let n = 0;
    for (let i = this.chars.length - 1; i >= 0 && this.chars[i] === '\n'; i--) n++;
    return n;
  }

  private atLineStart(): boolean {
    return this.chars.length === 0 || this.chars[this.chars.length - 1] === '\n';
  }

  /** End the line (1) or the paragraph (2) before the next text; `at` is the tag's offset. */
  breakLine(level: 1 | 2, at: number): void {
    if (level > this.newlines) {
      this.newlines = level;
      this.newlineSource = at;
    }
    this.space = null;
  }

  /** `<br>`: one more line break, up to one blank line. */
  lineBreak(at: number): void {
    if (this.newlines === 0) this.newlineSource = at;
    this.newlines = Math.min(2, this.newlines + 1);
    this.space = null;
  }

  /** A space before the next text if it follows on the same line (white space, a table cell). */
  softSpace(start: number, end: number): void {
    if (this.space === null && this.newlines === 0 && !this.atLineStart()) this.space = [start, end];
  }

  setPrefix(text: string, start: number, end: number): void {
    this.prefix = { text, start, end };
  }

  /** Pending breaks, space and prefix, written out because text follows. */
  private flush(): void {
    if (this.chars.length > 0 && this.newlines > 0) {
      const want = this.newlines - this.trailingNewlines();
      for (let i = 0; i < want; i++) this.push('\n', this.newlineSource, this.newlineSource, true);
      this.space = null;
    } else if (this.space !== null && !this.atLineStart()) {
      this.push(' ', this.space[0], this.space[1]);
    }
    this.newlines = 0;
    this.space = null;
    if (this.prefix) {
      for (const ch of this.prefix.text) this.push(ch, this.prefix.start, this.prefix.end, true);
      this.prefix = null;
    }
  }

  /**
   * Text as parsed, `source` where it lies in the HTML. A chunk whose length differs from
   * its source is one decoded entity: all its characters map to the whole reference.
   */
  text(data: string, sourceStart: number, sourceEnd: number, pre: boolean): void {
    const raw = data.length === sourceEnd - sourceStart;
    for (let i = 0; i < data.length; i++) {
      const s = raw ? sourceStart + i : sourceStart;
      const e = raw ? s + 1 : sourceEnd;
      const code = data.charCodeAt(i);
      if (pre) {
        if (code === 0x0a) {
          this.flush();
          this.push('\n', s, e);
        } else if (code === 0x0d) {
          // CR LF counts once; a lone CR is a line break
          if (data.charCodeAt(i + 1) !== 0x0a) {
            this.flush();
            this.push('\n', s, e);
          }
        } else {
          this.flush();
          this.push(data[i], s, e);
        }
        continue;
      }
      if (isHtmlSpace(code)) {
        if (this.space === null && this.newlines === 0 && !this.atLineStart()) this.space = [s, e];
        else if (this.space !== null && this.space[1] === s) this.space[1] = e; // the whole run
        continue;
      }
      this.flush();
      this.push(data[i], s, e);
    }
  }

  /** The rendered text between `from` and `to`, trimmed of white space and added bullets. */
  trimmed(from: number, to: number): [number, number] {
    let s = from;
    let e = to;
    while (s < e && (this.added[s] || /\s/.test(this.chars[s]))) s++;
    while (e > s && (this.added[e - 1] || /\s/.test(this.chars[e - 1]))) e--;
    return [s, e];
  }
}

interface Open {
  name: string;
  /** Rendered length when the element opened (headings). */
  at: number;
  /** Items seen so far (ordered lists). */
  items: number;
}

/** Render an HTML page to text with a source map; see the module comment for the rules. */
export function renderHtml(html: string): RenderedHtml {
  const out = new Layout();
  const headings: RenderedHeading[] = [];
  const stack: Open[] = [];
  /** Depth of the element that started a skipped subtree, or -1. */
  let skipDepth = -1;
  let preDepth = 0;
  let listDepth = 0;
  let attribs: Record<string, string> = {};

  const parser: Parser = new Parser(
    {
      onopentag(name: string, attributes: Record<string, string>): void {
        const at = parser.startIndex;
        const tagEnd = parser.endIndex + 1;
        stack.push({ name, at: out.length, items: 0 });
        if (stack.length > MAX_HTML_DEPTH) throw new HtmlTooDeep();
        if (skipDepth >= 0) return;
        attribs = attributes;
        if (SKIP.has(name) || 'hidden' in attribs || HIDDEN_STYLE.test(attribs.style ?? '')) {
          skipDepth = stack.length;
          return;
        }
        if (name === 'br') out.lineBreak(at);
        else if (PARAGRAPH.has(name)) out.breakLine(2, at);
        else if (LIST.has(name)) out.breakLine(listDepth > 0 ? 1 : 2, at);
        else if (LINE.has(name)) out.breakLine(1, at);
        else if (CELL.has(name)) out.softSpace(at, tagEnd);
        if (LIST.has(name)) listDepth++;
        if (name === 'pre' || name === 'listing' || name === 'plaintext') preDepth++;
        if (name === 'li') {
          const list = [...stack].reverse().find((o) => LIST.has(o.name));
          const n = list ? ++list.items : 0;
          out.setPrefix(list?.name === 'ol' ? `${n}. ` : '• ', at, tagEnd);
        }
      },
      ontext(data: string): void {
        if (skipDepth >= 0) return;
        out.text(data, parser.startIndex, parser.endIndex + 1, preDepth > 0);
      },
      onclosetag(name: string): void {
        const at = parser.startIndex;
        const open = stack.pop();
        if (skipDepth >= 0) {
          if (stack.length < skipDepth) skipDepth = -1;
          return;
        }
        if (!open) return;
        const heading = HEADING.exec(name);
        if (heading) {
          const [s, e] = out.trimmed(open.at, out.length);
          if (e > s) headings.push({ level: Number(heading[1]), text: out.chars.slice(s, e).join('').replace(/\s+/g, ' '), start: s, end: e });
        }
        if (name === 'pre' || name === 'listing' || name === 'plaintext') preDepth = Math.max(0, preDepth - 1);
        if (LIST.has(name)) listDepth = Math.max(0, listDepth - 1);
        if (PARAGRAPH.has(name)) out.breakLine(2, at);
        else if (LIST.has(name)) out.breakLine(listDepth > 0 ? 1 : 2, at);
        else if (LINE.has(name)) out.breakLine(1, at);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { text: out.chars.join(''), map: new SourceMap(out.starts, out.ends), headings };
}
