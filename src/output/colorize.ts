/**
 * jq-style colouring of a JSON value. The layout is exactly that of
 * `JSON.stringify(value, null, indent)`, so stripping the colour codes gives the plain text.
 */

/** How each kind of JSON token is painted; identity functions give plain JSON. */
export interface Palette {
  key(text: string): string;
  string(text: string): string;
  number(text: string): string;
  boolean(text: string): string;
  null(text: string): string;
  punctuation(text: string): string;
}

/** The subset of a chalk instance the jq palette needs (keeps this module free of chalk). */
export interface Painter {
  blue: { bold(text: string): string };
  green(text: string): string;
  cyan(text: string): string;
  yellow(text: string): string;
  gray(text: string): string;
  bold(text: string): string;
}

/** Keys blue, strings green, numbers cyan, booleans yellow, null grey, brackets bold (jq-like). */
export function jqPalette(paint: Painter): Palette {
  return {
    key: (t) => paint.blue.bold(t),
    string: (t) => paint.green(t),
    number: (t) => paint.cyan(t),
    boolean: (t) => paint.yellow(t),
    null: (t) => paint.gray(t),
    punctuation: (t) => paint.bold(t),
  };
}

/**
 * Serialise `value` like JSON.stringify(value, null, indent) (indent 0 = one line), painting
 * each token with the palette. Values JSON cannot hold (undefined, functions) are skipped in
 * objects and become null in arrays, as JSON.stringify does; non-finite numbers become null.
 */
export function colorizeJson(value: unknown, palette: Palette, indent = 2): string {
  const p = palette;
  const nl = indent > 0 ? '\n' : '';
  const colon = indent > 0 ? ': ' : ':';

  const walk = (v: unknown, depth: number): string | undefined => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      v = (v as { toJSON: () => unknown }).toJSON();
    }
    if (v === null) return p.null('null');
    switch (typeof v) {
      case 'string':
        return p.string(JSON.stringify(v));
      case 'number':
        return Number.isFinite(v) ? p.number(String(v)) : p.null('null');
      case 'boolean':
        return p.boolean(String(v));
      case 'object':
        break;
      default:
        return undefined; // undefined, function, symbol, bigint-free data
    }
    const pad = ' '.repeat(indent * (depth + 1));
    const closePad = ' '.repeat(indent * depth);
    if (Array.isArray(v)) {
      if (v.length === 0) return p.punctuation('[]');
      const items = v.map((item: unknown) => pad + (walk(item, depth + 1) ?? p.null('null')));
      return p.punctuation('[') + nl + items.join(p.punctuation(',') + nl) + nl + closePad + p.punctuation(']');
    }
    const entries: string[] = [];
    for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
      const rendered = walk(item, depth + 1);
      if (rendered !== undefined) entries.push(pad + p.key(JSON.stringify(k)) + p.punctuation(colon) + rendered);
    }
    if (entries.length === 0) return p.punctuation('{}');
    return p.punctuation('{') + nl + entries.join(p.punctuation(',') + nl) + nl + closePad + p.punctuation('}');
  };

  return walk(value, 0) ?? '';
}
