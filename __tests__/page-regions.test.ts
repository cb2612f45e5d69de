/** Boxes of links and readers' comments on web pages (src/extractors/page-regions.ts), and what the body leaves out. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';
import { headsComment, opensLinkBox } from '../src/extractors/page-regions';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'webdumps', name), 'utf8');
const bodyOf = (name: string): string => parseArticle(fixture(name)).body.map((b) => b.text).join('\n');

test('headings of link boxes and galleries, in English and a few other languages', () => {
  for (const heading of [
    'Most read in world news', 'More from UK', 'Trending News', 'Trending Now', 'More in Minnesota Wild', 'Top stories in Nation',
    'Story continues below gallery', 'YOU MAY LIKE', 'related news', 'Você pode gostar...', 'Weitere Beiträge zum Thema', 'Baca juga:',
    // webdumps c82b3d1d, over two linked titles at the story's end; BBC pages' "More on this story".
    'Материалы по теме', 'More on this story',
  ]) expect([heading, opensLinkBox(heading)]).toEqual([heading, true]);
  for (const line of ['More from the minister later today', 'Trending upwards, the pound rose again.', 'Related', 'SCORES QUARANTINED']) {
    expect([line, opensLinkBox(line)]).toEqual([line, false]);
  }
});

test("a reader's comment is headed by a name and the date; a story's speaker is not", () => {
  expect(headsComment('• Milan Griffes on September 12, 2018 at 4:47 pm said:')).toBe(true);
  expect(headsComment('Catherine (GiveWell) on October 29, 2018 at 12:06 pm said:')).toBe(true);
  expect(headsComment('The 56-year-old said after his appointment:')).toBe(false);
  expect(headsComment('Tottenham said in a statement on Wednesday:')).toBe(false);
  expect(headsComment('The minister on 12 March 2019 said:')).toBe(true); // the shape alone; a story's run is over by then only under one
});

test('GiveWell: the post ends where the readers\' comments start, though they run far longer', () => {
  const body = bodyOf('givewell-ac3c0355.txt');
  expect(body).toContain('Our goal with hosting quarterly open threads');
  for (const comment of ['Milan Griffes', 'Hi Milan', 'Zusha report', 'Comments are closed']) expect(body).not.toContain(comment);
});

test('The Sun: a "Most read in world news" box of six teasers in the middle of the story', () => {
  const body = bodyOf('thesun-8b194530.txt');
  expect(body).toContain('Health bosses said that 28 people in close contact');
  expect(body).toContain('instituted a quarantine to prevent the disease from spreading');
  expect(body).toContain('Nowadays, plague is easily treated with antibiotics.');
  for (const teaser of ['Most read in world news', "Andrew parties in unearthed pics", 'RANDY ANDY', 'Furious mum demands', 'Popular Articles', 'Scarlett Moffatt']) {
    expect(body).not.toContain(teaser);
  }
});

test('Sky News: a "More from UK" box of six links between two paragraphs of the story', () => {
  const a = parseArticle(fixture('sky-92101975.txt'));
  expect(a.headline).toBe('Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager');
  const body = a.body.map((b) => b.text).join('\n');
  expect(body).toContain("Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager");
  expect(body).toContain('His first match in charge will be away to West Ham on Saturday.');
  for (const teaser of ['More from UK', 'Prince Andrew: BT and three universities', 'EuroMillions']) expect(body).not.toContain(teaser);
});

test('The Republic: "Story continues below gallery" and six photos between the first paragraphs and the rest', () => {
  const body = bodyOf('therepublic-961bd85c.txt');
  expect(body).toContain('Officers also arrested Christopher L. Tays, 32, of Franklin');
  expect(body).toContain('Officers arrested Christopher D. Battin, 33');
  for (const gallery of ['Story continues below gallery', '1 of 6', 'Submitted photo']) expect(body).not.toContain(gallery);
});

test('MSPoweruser: a short story above a long list of deals (title, excerpt, title, excerpt) is still the story', () => {
  const body = bodyOf('mspoweruser-aade2ec8.txt');
  expect(body).toContain('The promise of Google Stadia: high quality visuals');
  expect(body).toContain('We recently traveled to Google’s offices in London to try Stadia for ourselves.');
  for (const deal of ['Apple AirPods Pro already discounted', 'Deal Alert', 'HP Spectre Folio']) expect(body).not.toContain(deal);
});

test('ctpost (AP via Hearst): a gallery of repeated captions above the story is not the story', () => {
  const body = bodyOf('ctpost-05844573.txt');
  expect(body).toContain('New electric vehicles, several new small SUVs, a redesigned compact car');
  for (const gallery of ['Karma Automotive Andreas Thurner', '1  /  23', 'Image 1 of 23']) expect(body).not.toContain(gallery);
});

test('comwrap: a blog with its title at the top is still a web page by its menus and footer; the story opens with a short sentence', () => {
  const a = parseArticle(fixture('comwrap-ba07d1e6.txt'));
  expect(a.headline).toBe('Take C.A.R.E. - comwrap auf der DMEXCO 2018');
  expect(a.body[0]?.text).toBe('Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit dabei.');
  const body = a.body.map((b) => b.text).join('\n');
  for (const footer of ['Weitere Beiträge zum Thema', 'eZ Platform Version 2.5', 'Kompetenzen', 'Hanauer Landstr.']) expect(body).not.toContain(footer);
});

test('Ascom: a rule (<hr>) under a press release closes it; the "about the company" text and the sign-up form after it are not the story', () => {
  const body = bodyOf('ascom-c69e539d.txt');
  expect(body).toContain('Rob Goldman, President Ascom North America, says:');
  for (const after of ['Ascom is headquartered in Baar', 'Subscribe to our newsletter', 'activation link', 'Ascom News Service']) expect(body).not.toContain(after);
});

test('what opens a comment section: a comment policy, "Comments are closed.", a count of comments', () => {
  for (const opener of ['As you comment, please be respectful of other commenters and other viewpoints.', 'Comments are closed.', '10 Comments', 'Leave a Reply']) {
    expect([opener, headsComment(opener)]).toEqual([opener, true]);
  }
  expect(headsComment('Comments from the minister came later in the day, after the vote.')).toBe(false);
  expect(headsComment('300 responses were received by the council before the consultation closed.')).toBe(false);
  expect(headsComment('3 Responses to “September 2018 open thread”')).toBe(true);
});
