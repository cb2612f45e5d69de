/** HTML → text rendering and its source map (src/html/render.ts, src/html/source-map.ts). */
import { renderHtml } from '../src/html/render';
import { remapOffsets, SourceMap } from '../src/html/source-map';

/** The HTML a rendered span comes from. */
function sourceOf(html: string, r: ReturnType<typeof renderHtml>, start: number, end: number): string {
  const s = r.map.toSource(start, end);
  return html.slice(s.start, s.end);
}

describe('renderHtml: layout', () => {
  test('paragraph blocks stand between blank lines; div, li, tr and br end the line', () => {
    const html = '<body><h1>Title</h1><p>One</p><p>Two</p><div>a</div><div>b</div>' +
      '<ul><li>x</li><li>y</li></ul><table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>' +
      '<p>line<br>next<br><br>after</p></body>';
    expect(renderHtml(html).text).toBe('Title\n\nOne\n\nTwo\n\na\nb\n\n• x\n• y\n\n1 2\n3\n\nline\nnext\n\nafter');
  });

  test('inline elements flow; white space collapses as in a browser; NBSP is kept', () => {
    const html = '<p>  Hello,\n   <b>big</b>\t<i>wide</i>world&nbsp;! </p>';
    expect(renderHtml(html).text).toBe('Hello, big wideworld\u00a0!');
  });

  test('never more than one blank line; no leading or trailing breaks', () => {
    expect(renderHtml('<div><p></p><p>a</p><br><br><br><p>b</p></div>').text).toBe('a\n\nb');
  });

  test('nested lists stay together; ordered lists are numbered', () => {
    expect(renderHtml('<ul><li>a<ul><li>b</li></ul></li></ul><ol><li>one</li><li>two</li></ol>').text)
      .toBe('• a\n• b\n\n1. one\n2. two');
  });

  test('entities are decoded', () => {
    expect(renderHtml('<p>Tom &amp; Jerry &#8217;s &#x1F600; &lt;tag&gt; &copy;</p>').text).toBe('Tom & Jerry ’s 😀 <tag> ©');
  });

  test('script, style, noscript, template, svg, iframe, head and hidden elements are dropped', () => {
    const html = '<html><head><title>Page title</title><style>p{}</style></head><body>' +
      '<script>document.write("<p>no</p>")</script><noscript>Enable JS</noscript><template><p>tpl</p></template>' +
      '<svg><text>svg text</text></svg><iframe>frame</iframe><p>kept</p><div hidden>hidden</div>' +
      '<span style="display: none">invisible</span><img alt="alt text" src="x.jpg"></body></html>';
    expect(renderHtml(html).text).toBe('kept');
  });

  test('pre keeps its white space', () => {
    expect(renderHtml('<p>a</p><pre>  x\n   y</pre><p>b</p>').text).toBe('a\n\n  x\n   y\n\nb');
  });

  test('headings are reported with their rendered spans (list bullets left out)', () => {
    const r = renderHtml('<ul><li><h1>Main  <em>title</em></h1></li></ul><h2>Sub</h2>');
    expect(r.headings.map((h) => [h.level, h.text, r.text.slice(h.start, h.end)])).toEqual([
      [1, 'Main title', 'Main title'],
      [2, 'Sub', 'Sub'],
    ]);
  });
});

describe('renderHtml: source map', () => {
  const html = '<!doctype html><html><head><title>x</title></head><body>\n' +
    '<p class="lead">Tom &amp; Jerry   said <b>hello</b>.</p>\n<div>Caf&eacute; &#x1F600;</div></body></html>';
  const r = renderHtml(html);

  test('the map has one entry per rendered character and stays inside the HTML', () => {
    expect(r.map.length).toBe(r.text.length);
    for (let i = 0; i < r.text.length; i++) {
      expect(r.map.starts[i]).toBeGreaterThanOrEqual(0);
      expect(r.map.ends[i]).toBeGreaterThanOrEqual(r.map.starts[i]);
      expect(r.map.ends[i]).toBeLessThanOrEqual(html.length);
    }
  });

  test('plain characters map to themselves', () => {
    const i = r.text.indexOf('Jerry');
    expect(sourceOf(html, r, i, i + 5)).toBe('Jerry');
  });

  test('an entity maps to the whole reference; a span over it includes it', () => {
    const amp = r.text.indexOf('&');
    expect(sourceOf(html, r, amp, amp + 1)).toBe('&amp;');
    expect(sourceOf(html, r, r.text.indexOf('Tom'), r.text.indexOf('Jerry') + 5)).toBe('Tom &amp; Jerry');
    const cafe = r.text.indexOf('Café');
    expect(sourceOf(html, r, cafe, cafe + 4)).toBe('Caf&eacute;');
    const emoji = r.text.indexOf('😀');
    expect(sourceOf(html, r, emoji, emoji + 2)).toBe('&#x1F600;');
  });

  test('a collapsed space maps to the white-space run; tags inside a span are included', () => {
    const said = r.text.indexOf(' said');
    expect(sourceOf(html, r, said, said + 1)).toBe('   ');
    const start = r.text.indexOf('said');
    expect(sourceOf(html, r, start, r.text.indexOf('.') + 1)).toBe('said <b>hello</b>.');
  });

  test('an empty span maps to a point', () => {
    const at = r.map.toSource(3, 3);
    expect(at.end).toBe(at.start);
  });
});

describe('remapOffsets', () => {
  test('rewrites every {start, end} however deep, once per object, leaving null offsets alone', () => {
    const shared = { text: 'x', start: 1, end: 2 };
    const value = {
      a: { start: 0, end: 1 },
      list: [{ start: 2, end: 3, inner: { parts: [{ start: 4, end: 5 }] } }],
      twice: [shared, shared],
      warning: { code: 'w', start: null, end: null },
      plain: 'start',
    };
    remapOffsets(value, (s, e) => ({ start: s * 10, end: e * 10 }));
    expect(value.a).toEqual({ start: 0, end: 10 });
    expect(value.list[0].start).toBe(20);
    expect(value.list[0].inner.parts[0]).toEqual({ start: 40, end: 50 });
    expect(shared).toEqual({ text: 'x', start: 10, end: 20 });
    expect(value.warning).toEqual({ code: 'w', start: null, end: null });
  });

  test('SourceMap.toSource clamps and maps the end after the last character', () => {
    const map = new SourceMap([0, 5, 6], [5, 6, 10]);
    expect(map.toSource(0, 3)).toEqual({ start: 0, end: 10 });
    expect(map.toSource(1, 2)).toEqual({ start: 5, end: 6 });
    expect(map.toSource(3, 3)).toEqual({ start: 10, end: 10 });
    expect(map.toSource(-1, 99)).toEqual({ start: 0, end: 10 });
  });
});
