/**
 * A small JSON reader that keeps where each string lies, for JSON-LD blocks: metadata values
 * must point back into the HTML. JSON.parse gives no positions, so this reads the grammar
 * itself (objects, arrays, strings, numbers, literals). It is lenient the way JSON-LD in the
 * wild needs: a comment or CDATA wrapper around the block, trailing commas, raw control
 * characters inside strings. It reads only the first JSON value of the text.
 */

/** A string with its place: `map[i]` is the offset of character i's source (escapes included). */
export interface JsonString {
  kind: 'string';
  value: string;
  /** Offsets of the string's contents (inside the quotes) in the text given to the reader. */
  start: number;
  end: number;
  /** Per character of `value`: [start, end) of its source in the text. */
  starts: number[];
  ends: number[];
}

export type JsonValue =
  | JsonString
  | { kind: 'number'; value: number }
  | { kind: 'literal'; value: boolean | null }
  | { kind: 'array'; items: JsonValue[] }
  | { kind: 'object'; entries: Map<string, JsonValue> };

class Reader {
  pos = 0;
  constructor(readonly text: string, readonly base: number) {}

  fail(what: string): never {
    throw new SyntaxError(`JSON-LD: ${what} at ${this.base + this.pos}`);
  }

  space(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0' || c === '\ufeff') this.pos++;
      else if (this.text.startsWith('//', this.pos)) {
        const nl = this.text.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.text.length : nl + 1;
      } else if (this.text.startsWith('/*', this.pos)) {
        const end = this.text.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? this.text.length : end + 2;
      } else return;
    }
  }

  value(depth: number): JsonValue {
    if (depth > 200) this.fail('nested too deep');
    this.space();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    const literal = /^(?:true|false|null)\b/.exec(this.text.slice(this.pos, this.pos + 6));
    if (literal) {
      this.pos += literal[0].length;
      return { kind: 'literal', value: literal[0] === 'null' ? null : literal[0] === 'true' };
    }
    const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 40));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    return this.fail('unexpected character');
  }

  object(depth: number): JsonValue {
    this.pos++; // {
    const entries = new Map<string, JsonValue>();
    for (;;) {
      this.space();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return { kind: 'object', entries };
      }
      if (this.text[this.pos] !== '"') this.fail('expected a key');
      const key = this.string().value;
      this.space();
      if (this.text[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      const value = this.value(depth + 1);
      if (!entries.has(key)) entries.set(key, value);
      this.space();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== '}') this.fail('expected "," or "}"');
    }
  }

  array(depth: number): JsonValue {
    this.pos++; // [
    const items: JsonValue[] = [];
    for (;;) {
      this.space();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return { kind: 'array', items };
      }
      items.push(this.value(depth + 1));
      this.space();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ']') this.fail('expected "," or "]"');
    }
  }

  string(): JsonString {
    this.pos++; // opening quote
    const start = this.pos;
    let value = '';
    const starts: number[] = [];
    const ends: number[] = [];
    const add = (s: string, from: number, to: number): void => {
      value += s;
      for (let k = 0; k < s.length; k++) {
        starts.push(this.base + from);
        ends.push(this.base + to);
      }
    };
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string');
      const c = this.text[this.pos];
      if (c === '"') break;
      if (c !== '\\') {
        add(c, this.pos, this.pos + 1);
        this.pos++;
        continue;
      }
      const e = this.text[this.pos + 1];
      const from = this.pos;
      if (e === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        this.pos += 6;
        add(String.fromCharCode(parseInt(hex, 16)), from, this.pos);
        continue;
      }
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      this.pos += 2;
      add(simple[e] ?? e, from, this.pos); // lenient: an unknown escape stands for itself
    }
    const end = this.pos;
    this.pos++; // closing quote
    return { kind: 'string', value, start: this.base + start, end: this.base + end, starts, ends };
  }
}

/**
 * Read the JSON value in `text` (the contents of a `<script type="application/ld+json">`),
 * `base` being where `text` starts in the HTML; offsets in the result are HTML offsets.
 * Throws SyntaxError when the block is not JSON even leniently.
 */
export function readJson(text: string, base: number): JsonValue {
  const first = text.search(/[[{]/);
  if (first < 0) throw new SyntaxError('JSON-LD: no object or array');
  const reader = new Reader(text, base);
  reader.pos = first;
  return reader.value(0);
}
