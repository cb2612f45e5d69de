/**
 * The depth limit for HTML and its error, apart from render.ts so that catching the error
 * does not load the HTML parser (it is loaded only for HTML input).
 */
/**
 * Deepest element nesting rendered. Real pages nest a few dozen levels; htmlparser2 keeps its
 * open elements in an array it unshifts per tag, so each tag costs the depth, and a page of
 * 200,000 unclosed <div>s would take minutes. Deeper input throws HtmlTooDeep.
 */
export const MAX_HTML_DEPTH = 1000;

/** A page nested deeper than MAX_HTML_DEPTH: the caller reads it as text instead. */
export class HtmlTooDeep extends Error {
  constructor() {
    super(`HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
    this.name = 'HtmlTooDeep';
  }
}
