/**
 * Bylines and stamps as real web pages show them once dumped to text by w3m. Each case is a
 * few lines copied from a page of ../shared/corpora/webdumps (file id in the comment), with a
 * short made-up story paragraph after it where the page's own story is long.
 */
import { parseArticle } from '../src/pipeline/parse';
import { findDates } from '../src/extractors/metadata/stamps';
import { nameLine, parseByline } from '../src/extractors/metadata/names';

const names = (text: string): string[] => parseArticle(text).authors.map((a) => a.name);
const STORY =
  'The company said on Tuesday that sales had fallen for the third quarter in a row, and that it would cut costs, close stores and review its plans for the coming year, according to a statement.';
/** A page: menus, then the header lines, then the story. */
function page(header: string, story = STORY): string {
  const menu = ['  • Home', '  • News', '  • Sports', '  • Business', '  • Opinion', '  • Weather', '', ' MenuSections', ''].join('\n');
  return `${menu}\n${menu}\n${header}\n\n${story}\n\n${story.replace('third', 'fourth')}\n\n${story.replace('Tuesday', 'Monday')}\n`;
}

describe('webdumps: bylines', () => {
  it('"Tom Krisher, Ap Auto Writer": an agency rendered in title case before a role (05844573)', () => {
    const text = page('New SUVs and electric vehicles highlight L.A. Auto Show\n\nTom Krisher, Ap Auto Writer\n\nUpdated 1:39 am EST, Wednesday, November 20, 2019');
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Tom Krisher']);
    expect(a.agencies.map((x) => x.name)).toContain('AP');
    expect(a.updated).toBe('2019-11-20T01:39:00-05:00');
    // Only "Updated" is shown: published is that stamp, and a warning says so.
    expect(a.published).toBe('2019-11-20T01:39:00-05:00');
    expect(a.warnings.map((w) => w.code)).toContain('published-from-updated');
  });

  it('"By Jonathan GarberFOXBusiness": the affiliation w3m glued to the name is cut off (51374560)', () => {
    expect(parseByline('By Jonathan GarberFOXBusiness')?.names.map((n) => n.name)).toEqual(['Jonathan Garber']);
    const text = page('Home Depot sales miss, shares plunge\n\n  • Facebook\n  • Twitter\n\nBy Jonathan GarberFOXBusiness');
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Jonathan Garber']);
    expect(text.slice(a.authors[0].start, a.authors[0].end)).toBe('Jonathan Garber');
  });

  it('"By" alone on a line, the name on the next (WSJ, 7ab16ade)', () => {
    const text = page('Is Football Violence a Crime?\n\nBy\nRandy Maniloff\nNov. 18, 2019 7:04 pm ET');
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Randy Maniloff']);
    expect(text.slice(a.authors[0].start, a.authors[0].end)).toBe('Randy Maniloff');
    expect(a.published).toBe('2019-11-18T19:04:00-05:00');
    expect(a.body.some((b) => /^By$|Randy Maniloff/.test(b.text))).toBe(false);
  });

  it('a "By" line under share buttons in the same paragraph, with an e-mail and phone (c13b9c0e)', () => {
    const text = page('Spokane ad agencies divided on viral campaign\n\nTwitter\nFacebook\nEmail\nReddit\nSMS\nBy Megan Rowe meganr@spokesman.com(509) 459-5382');
    expect(names(text)).toEqual(['Megan Rowe']);
  });

  it('"Текст: Name·date": a labelled byline in Russian with the date glued on (c82b3d1d)', () => {
    const text = page('53-летняя модель рассказала о старении\n\nТекст: Лида Буслаева·11 октября 2018');
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Лида Буслаева']);
    expect(a.published).toBe('2018-10-11');
  });

  it('a name-only line beside the stamp: bullets (The Sun, 8b194530) and a section line between (Wired, d48aeb9c)', () => {
    const sun = page('Hunter diagnosed with bubonic plague after eating a rabbit\n\n  • Debbie White\n\n  • 18 Nov 2019, 19:09\n  • Updated: 18 Nov 2019, 19:11');
    const a = parseArticle(sun);
    expect(a.authors.map((x) => x.name)).toEqual(['Debbie White']);
    expect(sun.slice(a.authors[0].start, a.authors[0].end)).toBe('Debbie White');
    expect(a.published).toBe('2019-11-18T19:09:00');
    const wired = page('Louise Matsakis\nBusiness\n11.15.2019 10:09 AM\n\nWhy My Friend Became a Grocery Store on Instagram');
    const w = parseArticle(wired);
    expect(w.authors.map((x) => x.name)).toEqual(['Louise Matsakis']);
    expect(w.published).toBe('2019-11-15T10:09:00');
  });

  it('a name-only line as the first text under the headline, after alt text (3cb5e2f4) or a standfirst (65408257)', () => {
    const auto = page(
      'All-new 2020 Sentra is what we really want from Nissan PH\n\n[marcus-deg]\n\nMarcus De GuzmanView More Articles',
      'Nissan has unveiled the all-new 2020 Sentra in Los Angeles, and it is the compact sedan we really want Nissan Philippines to bring here, with a sharper design and a roomier cabin than before.',
    );
    expect(names(auto)).toEqual(['Marcus De Guzman']);
    const mc = page(
      'Economy in stress and markets on a high; time to be careful?\n\nThe September quarter earnings were not a complete disappointment, with most of the companies reporting in-line or better-than-expected results.\n\nNishant Kumar @Nishantopines',
    );
    expect(names(mc)).toEqual(['Nishant Kumar']);
  });

  it('a blog meta line under the headline: name, date and whatever follows (3252222e, 612cd298)', () => {
    const pt = page(
      'A Fantástica Loja dos Materiais Educativos\n\nCarlos Nadalim 23/08/2018 2 comentários Alfabetização, Atividades, Brinquedos e Brincadeiras',
      'O prof. Carlos Nadalim apresenta, neste vídeo, uma loja fantástica nos EUA, repleta de materiais educativos, livros e uma quantidade enorme de recursos para crianças. Por que não temos uma assim?',
    );
    const a = parseArticle(pt);
    expect(a.authors.map((x) => x.name)).toEqual(['Carlos Nadalim']);
    expect(a.published).toBe('2018-08-23');
    const bikes = page(
      'Clymer workshop manual review\n\n13/06/2014 Tony Carter All, Books, Kit Reviews',
      'This is my first time with a Clymer workshop manual, and I have to say I am impressed: the level of detail in this review copy is superb, with very clear photographs and step-by-step instructions.',
    );
    const b = parseArticle(bikes);
    expect(b.published).toBe('2014-06-13');
    // Two name words after the date, then the categories' comma list ("All, Books, …").
    expect(b.authors.map((x) => [x.name, bikes.slice(x.start, x.end)])).toEqual([['Tony Carter', 'Tony Carter']]);
  });

  it('never a name from menus, headings or link lists', () => {
    // A caps heading beside a stamp (21486419)
    expect(names(page('Jangan Membenci Satu Kaum Secara Berlebihan\n\nPosted on Maret 30, 2015 by Admin\n\nKOMENTAR ISIS'))).toEqual([]);
    // Footer links under a wrongly chosen title (e372e42c)
    expect(names(page('Sites Of Interest\n\nConference production services\n\nJerusalem Hotels\n\nPoalim Online'))).toEqual([]);
    // A list of trending names beside a masthead date
    expect(names(page('November 20, 2019\n  • Donald Trump\n  • Greta Thunberg\n\nBudget deal reached'))).toEqual([]);
    expect(names(page('Donald Trump\nGreta Thunberg\nNovember 20, 2019\n\nBudget deal reached'))).toEqual([]);
    // Menu words beside a stamp
    expect(names(page('Deal signed in Berlin\n\n  • Contact Us\n\n  • 2 July 2018'))).toEqual([]);
    expect(nameLine('Privacy Policy')).toBeNull();
    expect(nameLine('BLACK DEATH FEARS')).toBeNull();
  });

  it('in clean text, a line under the title is not taken for a byline (BBC sport 180: a venue)', () => {
    const text = 'Brentford v Southampton\n\nGriffin Park\n\nTuesday, 1 March\n\n1945 GMT\n\nBrentford will be without their captain for the FA Cup replay, the club said on Monday, after he picked up a knee injury in training.\n';
    expect(names(text)).toEqual([]);
  });

  it('a caption credit under the headline is not a byline', () => {
    expect(names(page('Shake Shack burgers\n\nBy Xabi Vazquez (Flickr: game boy color) [CC BY 2.0], via Wikimedia Commons'))).toEqual([]);
  });
});

describe('webdumps: stamps', () => {
  it('"[Associated] Associated Press November 19, 2019, 9:02 AM": alt text beside a stamp (0d461229)', () => {
    expect(parseArticle(page('Nadal keeps Spain alive\n\n[Associated] Associated Press November 19, 2019, 9:02 AM')).published).toBe('2019-11-19T09:02:00');
  });

  it('a date inside a bracketed caption is not a stamp (PolNeAR nyt_2016-09-19)', () => {
    const text = 'Obama Sees Personal Insult\n\nThe president spoke on Saturday in Washington to the Congressional Black Caucus Foundation dinner, aides said.\n\n[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC (9/17/16) Watch on YouTube.]\n\nThat speech went beyond the usual appeals.\n';
    expect(parseArticle(text).published).toBeNull();
  });

  it('a date in brackets of its own after a label-like word (Korean "기사입력 :[ … ]", 0ec95c72)', () => {
    expect(parseArticle(page('엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유\n\n기사입력 :[ 2018-08-25 15:24 ]')).published).toBe('2018-08-25T15:24:00');
  });

  it('a date in a file name is not a stamp (57e2e988)', () => {
    expect(parseArticle(page('Mobile pioneer named strategy chief\n\n[Screen-Shot-2018-07-02-at-10]')).published).toBeNull();
  });

  it('Guardian: "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT" (5fa3154e)', () => {
    const a = parseArticle(page('The Guardian view on Hong Kong\n\nMon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT'));
    expect(a.published).toBe('2019-11-18T18:54:00Z');
    expect(a.updated).toBe('2019-11-18T18:56:00Z');
  });

  it('Slate: a year and time glued together, "Nov 15, 20195:45 AM" (851498a2)', () => {
    const hits = findDates('Nov 15, 20195:45 AM');
    expect(hits).toHaveLength(1);
    expect([hits[0].year, hits[0].hour, hits[0].minute, hits[0].start, hits[0].end]).toEqual([2019, 5, 45, 0, 19]);
    expect(parseArticle(page('The Disappearance of John M. Ford\n\nBy Isaac Butler\n\nNov 15, 20195:45 AM')).published).toBe('2019-11-15T05:45:00');
  });

  it('month names in other languages inside a full date, offsets into the original text', () => {
    const ru = 'Текст: Лида Буслаева·11 октября 2018';
    const [hit] = findDates(ru);
    expect([hit.year, hit.month, hit.day]).toEqual([2018, 10, 11]);
    expect(ru.slice(hit.start, hit.end)).toBe('11 октября 2018');
    const id = 'Posted on Maret 30, 2015 by Admin'; // Indonesian (21486419)
    expect(id.slice(findDates(id)[0].start, findDates(id)[0].end)).toBe('Maret 30, 2015');
    expect(findDates('23 de agosto de 2018').map((h) => [h.month, h.day])).toEqual([[8, 23]]);
    expect(findDates('13. März 2019, 10:00').map((h) => [h.month, h.day, h.hour])).toEqual([[3, 13, 10]]);
    expect(findDates('Mars 30 rover')).toEqual([]);
  });

  it('a stamp under a byline and a site name in one paragraph (Smithsonian, ea25dd7e)', () => {
    const a = parseArticle(page('Three Cases of Plague Diagnosed in China\n\nBy Brigit Katz\nsmithsonian.com\nNovember 18, 2019'));
    expect(a.authors.map((x) => x.name)).toEqual(['Brigit Katz']);
    expect(a.published).toBe('2019-11-18');
  });

  it('WSJ: the stamp under the byline beats the masthead date of the day (7ab16ade)', () => {
    const text = page('November 20, 2019\n\nToday\'s Paper\n\n  • Opinion\n  • Commentary\n\n' + '\n\n  • Video\n'.repeat(6) +
      '\nIs Football Violence a Crime?\n\nNFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving a charge.\n\nBy\nRandy Maniloff\nNov. 18, 2019 7:04 pm ET');
    const a = parseArticle(text);
    expect(a.published).toBe('2019-11-18T19:04:00-05:00');
    expect(a.timestamps.published?.raw).toBe('Nov. 18, 2019 7:04 pm ET');
  });

  it('the stamp under the headline beats another story\'s "Published …" teaser further down (Hawaii News Now, f344ca5f)', () => {
    const text = page('Scientists use Hawaii telescope to spot water vapor on distant moon\n\nBy HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM',
      'HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on Europa, one of the moons of Jupiter, the agency said in a statement.') +
      '\nMore stories\n\n' + '  • Weather\n\n'.repeat(8) + 'In honor of Queen Kapiolani’s birthday, you can soon tour Iolani Palace at night\n\nPublished November 19, 2019 at 6:56 PM\n';
    const a = parseArticle(text);
    expect(a.published).toBe('2019-11-18T14:26:00-10:00');
    expect(a.updated).toBe('2019-11-18T16:46:00-10:00'); // the zone stated on the same line
    expect(a.authors).toEqual([]); // "HNN Staff" is a desk
  });

  it('a year-less stamp takes the year of the copyright line (NJ.com, 3f65af7b)', () => {
    const text = page('South Dakota doubles down on its meth campaign\n\nBy Amy Kuperinsky | NJ Advance Media for NJ.com\n\nUpdated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM') +
      '\n© 2019 NJ.com. All rights reserved (About Us).\n';
    const a = parseArticle(text);
    expect(a.published).toBe('2019-11-18T20:19:00');
    expect(a.updated).toBe('2019-11-19T09:41:00');
    expect(parseArticle(page('Budget passes\n\nUpdated Nov 19, 9:41 AM')).updated).toBeNull(); // no year anywhere
  });

  it('a date in a wrapped wire sentence is still not a stamp (Reuters-21578 #2133)', () => {
    const text = 'NATIONAL GYPSUM CO 4TH QTR NET\n\n    DALLAS, March 5 -\n    Net 5,521,000 vs NA\n    NOTE: Current year includes earnings of 49.6 mln dlrs for\nthe four months ended April 30, 1986. Year-ago earnings not\ncomparable because of acquisition by Aancor Holdings Inc on\nApril 29, 1986.\n Reuter\n';
    expect(parseArticle(text).published).toBeNull();
    expect(parseArticle(text).authors).toEqual([]);
  });
});
