/** Archive exports (src/extractors/archive-export.ts): a story saved from LexisNexis, Nexis Uni or Factiva as text. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';
import { Document } from '../src/document/document';
import { archiveExportExtractor } from '../src/extractors/archive-export';
import { findDates } from '../src/extractors/metadata/stamps';
import { Context } from '../src/pipeline/context';
import { articleProblems } from '../scripts/article-checks';
import { withFactivaCodesBlanked } from '../src/document/factiva-codes';

const fixture = (...parts: string[]): string => readFileSync(join(__dirname, '..', 'fixtures', ...parts), 'utf8');
const plain = parseArticle(fixture('bbc-politics-084.txt'));

describe.each([
  ['LexisNexis', 'bbc-politics-084.lexisnexis.txt', '2004-10-29', 'LONDON'],
  ['Nexis Uni', 'bbc-politics-084.nexis-uni.txt', '2004-10-29T10:30:00Z', 'LONDON'],
  ['Factiva', 'bbc-politics-084.factiva.txt', '2004-10-29', null],
  ['Factiva with field codes', 'bbc-politics-084.factiva-codes.txt', '2004-10-29', null],
])('%s', (_name, file, published, place) => {
  const text = fixture('exports', file);
  const article = parseArticle(text);

  test('headline, standfirst, byline, publication date and dateline come from the export header', () => {
    expect(article.headline).toBe("Job cuts 'false economy' - TUC");
    expect(article.authors.map((a) => a.name)).toEqual(['Martin Hale']);
    // The date in the header, not LOAD-DATE (the day the database took the story in).
    expect(article.published).toBe(published);
    if (place) expect(article.dateline).toMatchObject({ place, raw: place });
    else expect(article.dateline).toBeNull();
    // HIGHLIGHT: (LexisNexis, Nexis Uni) is the standfirst, its run-on line joined.
    expect(article.subheadline).toBe(place ? 'The TUC says cutting 71,000 civil service jobs would save less than ministers hope and hamper public sector reform' : null);
  });

  test('the body is the story alone, as from the plain text of it: no labels, counts, load date or copyright', () => {
    expect(article.body.map((b) => b.text)).toEqual(plain.body.map((b) => b.text));
    // Each quote's parts (one per paragraph): a quote running over Factiva's LP/TD boundary
    // holds the "TD" line in its whole span, as the input does, and not in its parts.
    const parts = (a: typeof article, t: string): Array<[string[], string | null]> => a.quotes.map((q) => [q.parts.map((p) => t.slice(p.start, p.end)), q.speaker]);
    expect(parts(article, text)).toEqual(parts(plain, fixture('bbc-politics-084.txt')));
    expect(article.entities.map((e) => e.name)).toEqual(plain.entities.map((e) => e.name));
  });

  test('every offset checks', () => {
    expect(articleProblems(text, article)).toEqual([]);
  });

  test('saved with Windows line ends (CRLF), it reads the same', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const read = parseArticle(crlf);
    const fields = (a: typeof article): unknown[] => [a.headline, a.subheadline, a.authors.map((x) => x.name), a.published, a.dateline?.place ?? null,
      a.body.map((b) => b.text.replace(/\s+/g, ' ')), a.quotes.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker]), a.entities.map((e) => `${e.type} ${e.name}`)];
    expect(fields(read)).toEqual(fields(article));
    expect(articleProblems(crlf, read)).toEqual([]);
  });
});

test.each([
  ['Reuters', [], ['Reuters']],
  ['Associated Press', [], ['AP']],
  ['Dan Sabbagh and Jennifer Rankin in Brussels', ['Dan Sabbagh', 'Jennifer Rankin'], []],
  ['By BEN QUINN', ['BEN QUINN'], []],
])('BYLINE: %s', (value, authors, agencies) => {
  const text = fixture('exports', 'bbc-politics-084.lexisnexis.txt').replace(/^BYLINE: .*$/m, `BYLINE: ${value}`);
  const article = parseArticle(text);
  expect([article.authors.map((a) => a.name), article.agencies.map((a) => a.name)]).toEqual([authors, agencies]);
  expect(articleProblems(text, article)).toEqual([]);
});

test('labels in a text that is no export are left to the other extractors', () => {
  // A web page's "Section:" and "Length:" (of a video) are no export's: no word count, no load date.
  const page = 'Section: News\nLength: 3:45\nByline: none\n\nCouncil votes to close library\n\nThe council voted on Tuesday to close the library.\n';
  for (const text of [page, fixture('bbc-politics-084.txt'), fixture('nato-stoltenberg-webdump.txt'), fixture('wire-1987.txt')]) {
    const ctx = new Context(new Document(text), {});
    archiveExportExtractor.run(ctx);
    expect(ctx.roles.filter((r) => r !== 'body')).toEqual([]);
  }
});

test('a weekday between a date and its time (as exports write them) keeps the time', () => {
  const [hit] = findDates('January 18, 2022 Tuesday 10:30 PM GMT');
  expect([hit.year, hit.month, hit.day, hit.hour, hit.minute, hit.zone?.text]).toEqual([2022, 1, 18, 22, 30, 'GMT']);
  expect(hit.end).toBe('January 18, 2022 Tuesday 10:30 PM GMT'.length);
});

describe('a ProQuest export: title; subtitle, ABSTRACT, FULL TEXT', () => {
  // The opening of a New York Times story as PolNeAR has it (train, nyt_2015-11-09_jobs-report-gives-democrats-a-li).
  const story = [
    'Jobs report gives Democrats a lift; ',
    'Solid upturn, with a rise in hourly earnings, could blunt Republican claims.',
    '',
    'ABSTRACT.',
    '',
    "A more tangible economic upswing could help Democrats keep the White House after the Obama administration's long struggle with a slow recovery.",
    '',
    'FULL TEXT.',
    '',
    'The surprisingly robust United States jobs report cheered Democrats hoping to retain the White House and capture the Senate next year, but it heralded a new atmosphere of uncertainty by flashing a green light to the Federal Reserve to raise interest rates, which could undermine economic growth.',
    '',
    "The October report exceeded economists' expectations, with 271,000 new payroll positions. The jobless rate ticked down to 5 percent, and, perhaps most important, average hourly earnings rose 0.4 percent after showing no increase in September.",
    '',
  ].join('\n');

  test('the title without its separator, the subtitle as standfirst, the story as body', () => {
    const a = parseArticle(story);
    expect(a.headline).toBe('Jobs report gives Democrats a lift');
    expect(story.slice(a.spans.headline?.start, a.spans.headline?.end)).toBe(a.headline);
    expect(a.subheadline).toBe('Solid upturn, with a rise in hourly earnings, could blunt Republican claims.');
    expect(a.body.map((b) => b.text.split(' ').slice(0, 3).join(' '))).toEqual(['The surprisingly robust', 'The October report']);
  });

  test('a subtitle shorter than a standfirst is still one; a rubric is not', () => {
    // USA Today as PolNeAR has it (train, usa-today_2016-06-30_three-amigos-take-on-donald-trum).
    const usaToday = [
      "'THREE AMIGOS' TAKE ON DONALD TRUMP POLICIES AT SUMMIT IN OTTAWA; ",
      'Presumptive GOP nominee overshadows agenda.',
      '',
      'Donald Trump was not at the "Three Amigos" summit of North American leaders Wednesday, but his presence hung over the continental conference.',
      '',
      "The leaders of the United States, Canada and Mexico took turns rebutting the Republican presidential candidate's proposals on trade and immigration. As they met in Ottawa, Trump was 340 miles away in Bangor, Maine.",
      '',
    ].join('\n');
    const a = parseArticle(usaToday);
    expect([a.headline, a.subheadline]).toEqual(["'THREE AMIGOS' TAKE ON DONALD TRUMP POLICIES AT SUMMIT IN OTTAWA", 'Presumptive GOP nominee overshadows agenda.']);
    expect(a.body).toHaveLength(2);
    // The New York Times' column name under the title (nyt_2015-12-10_immigrants-can-find-way-in-ame): the abstract stays the standfirst.
    const nyt = parseArticle(story.replace('Solid upturn, with a rise in hourly earnings, could blunt Republican claims.', 'Economic Scene.'));
    expect(nyt.subheadline).toMatch(/^A more tangible economic upswing/);
  });

  test('with no subtitle the abstract is the standfirst', () => {
    const a = parseArticle(story.replace('Jobs report gives Democrats a lift; \nSolid upturn, with a rise in hourly earnings, could blunt Republican claims.', 'Jobs report gives Democrats a lift'));
    expect(a.headline).toBe('Jobs report gives Democrats a lift');
    expect(a.subheadline).toMatch(/^A more tangible economic upswing .* slow recovery\.$/);
    expect(a.body).toHaveLength(2);
  });
});

describe('Factiva with field codes (src/document/factiva-codes.ts)', () => {
  const coded = fixture('exports', 'bbc-politics-084.factiva-codes.txt');

  test('the view blanks the codes and the indexing fields, and keeps the length', () => {
    const view = withFactivaCodesBlanked(coded) ?? '';
    expect(view).toHaveLength(coded.length);
    expect(view).toContain("\n   Job cuts 'false economy'  - TUC\n\n  Martin Hale\n   252 words\n");
    for (const gone of ['SE Politics', 'Trades Union Congress', 'Political/General News', 'United Kingdom', 'PUB ', 'IPD ']) expect(view).not.toContain(gone);
    expect(view).toContain('\n   Document BBCNO00020041029e0at0005m\n');
  });

  test('a paragraph of the story opening with "IN" or "LA" is the story\'s', () => {
    const text = coded.replace('"They may shoot a Tory fox', 'IN 1993 a strike hit Jobcentres.\n\nLA Times readers wrote in.\n\n"They may shoot a Tory fox');
    const article = parseArticle(text);
    expect(article.body.map((b) => b.text)).toEqual(expect.arrayContaining(['IN 1993 a strike hit Jobcentres.', 'LA Times readers wrote in.']));
    expect(articleProblems(text, article)).toEqual([]);
  });

  test('a tab after each code reads the same', () => {
    const tabbed = coded.replace(/^([A-Z]{2,3}) /gm, '$1\t');
    const a = parseArticle(tabbed);
    const b = parseArticle(coded);
    expect([a.headline, a.authors.map((x) => x.name), a.published, a.body.map((x) => x.text)]).toEqual([b.headline, b.authors.map((x) => x.name), b.published, b.body.map((x) => x.text)]);
  });

  test('text in no such layout is left alone', () => {
    for (const text of [fixture('bbc-politics-084.txt'), fixture('exports', 'bbc-politics-084.factiva.txt'), fixture('exports', 'bbc-politics-084.lexisnexis.txt'), fixture('wire-1987.txt'), fixture('nato-stoltenberg.txt')]) {
      expect(withFactivaCodesBlanked(text)).toBeNull();
    }
  });
});
