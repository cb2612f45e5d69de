/**
 * A web page copied as text: the seed article inside a page's cookie notice, menus,
 * share buttons, teasers and footer (fixtures/nato-stoltenberg-webdump.txt). The story
 * must come out as it does from the bare article.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';

const read = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const page = read('nato-stoltenberg-webdump.txt');
const bare = parseArticle(read('nato-stoltenberg.txt'));
const article = parseArticle(page);

test('headline, standfirst, byline and stamps as on the bare article', () => {
  expect(article.headline).toBe(bare.headline);
  expect(article.subheadline).toBe(bare.subheadline);
  expect(article.authors.map((a) => a.name)).toEqual(['Dipaneeta Das']);
  expect(article.published).toBe('2022-01-17T13:13:00+05:30');
  expect(article.updated).toBe('2022-01-17T13:14:00+05:30');
});

test('the body is the story: no cookie notice, menus, teasers or footer', () => {
  expect(article.body.map((b) => [b.type, b.text])).toEqual(bare.body.map((b) => [b.type, b.text]));
  const text = article.body.map((b) => b.text).join('\n');
  for (const junk of ['cookies', 'Skip to main content', 'Related stories', 'Biden warns', 'Privacy Policy', '©']) {
    expect(text).not.toContain(junk);
  }
  for (const b of article.body) expect(page.slice(b.start, b.end)).toBe(b.text);
});

test('quotes and speakers survive the page around them', () => {
  expect(article.quotes.map((q) => [q.text, q.speaker])).toEqual(bare.quotes.map((q) => [q.text, q.speaker]));
});

test('a live blog\'s entry times are headings over their entries (AP "The Latest" as Breitbart ran it, PolNeAR train, breitbart_2016-03-01)', () => {
  const text = [
    'The Latest: Sanders wins Minnesota Democratic caucuses.',
    'WASHINGTON (AP) \u2014 The Latest on campaign 2016 on Super Tuesday (all times Eastern Standard Time):',
    '11:20 p.m.',
    'Democrat Bernie Sanders has earned his latest win in the Super Tuesday nomination contest, this time in Minnesota.',
    'The Vermont senator won the state\u2019s caucuses, beating rival Hillary Clinton in his fourth win of the night.',
    '11:15 p.m.',
    'Florida Sen. Marco Rubio has won the Republican presidential caucuses in Minnesota, earning his first victory in the 2016 race for the White House.',
  ].join('\n\n');
  const article = parseArticle(text);
  expect(article.body.map((b) => `${b.type} ${b.text.slice(0, 20)}`)).toEqual([
    'paragraph The Latest on campai',
    'heading 11:20 p.m.',
    'paragraph Democrat Bernie Sand',
    'paragraph The Vermont senator ',
    'heading 11:15 p.m.',
    'paragraph Florida Sen. Marco R',
  ]);
});
