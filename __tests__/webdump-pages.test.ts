/**
 * Whole pages of ../shared/corpora/webdumps kept as fixtures (fixtures/webdumps/, see
 * fixtures/README.md): the w3m text dump (and for one page the HTML) parsed end to end,
 * checked against the gold metadata the corpus gives for that page.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { parseArticle } from '../src/pipeline/parse';
import { parseReferenceDate, relativeStamp, resolveRelative } from '../src/extractors/metadata/relative';
import { deskInLine, deskName, MAX_DESK_LINE } from '../src/extractors/metadata/desks';
import { signedMatch } from '../src/extractors/webmeta';
import { soleName } from '../src/extractors/metadata/names';
import { bylineNames, sameDay, sameInstant } from '../scripts/eval-meta';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'webdumps', name), 'utf8');
const codes = (a: { warnings: Array<{ code: string }> }): string[] => a.warnings.map((w) => w.code);

describe('webdumps dev pages, text dumps', () => {
  it('Fox News: the headline under a section label and "Published 22 hours ago"; the relative stamp stays null without a reference date', () => {
    const text = fixture('foxnews-7dfc3e35.txt');
    const a = parseArticle(text);
    expect(a.headline).toBe("James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife suffered miscarriage");
    expect(a.authors.map((x) => x.name)).toEqual(['Andy Sahadeo']);
    expect(a.published).toBeNull();
    const warning = a.warnings.find((w) => w.code === 'relative-date');
    expect(warning && text.slice(warning.start ?? 0, warning.end ?? 0)).toBe('Published 22 hours ago');
  });

  it('Fox News with --reference-date: 22 hours before it, in its offset (gold 2019-11-19T07:43:27-05:00)', () => {
    const a = parseArticle(fixture('foxnews-7dfc3e35.txt'), { referenceDate: '2019-11-20T05:45-05:00' });
    expect(a.published).toBe('2019-11-19T07:45:00-05:00');
    expect(a.timestamps.published?.raw).toBe('Published 22 hours ago');
    expect(codes(a)).not.toContain('relative-date');
  });

  it('Fox News with a reference date that gives no offset: --timezone gives it', () => {
    const a = parseArticle(fixture('foxnews-7dfc3e35.txt'), { referenceDate: '2019-11-20T05:45', timezone: 'America/New_York' });
    expect(a.published).toBe('2019-11-19T07:45:00-05:00');
    expect(parseArticle(fixture('foxnews-7dfc3e35.txt'), { referenceDate: '2019-11-20T05:45' }).published).toBe('2019-11-19T07:45:00');
  });

  it('ctpost (AP): only "Updated …" is shown, so published is that stamp, with a warning', () => {
    const a = parseArticle(fixture('ctpost-05844573.txt'));
    expect(a.headline).toBe('New SUVs and electric vehicles highlight L.A. Auto Show');
    expect(a.authors.map((x) => x.name.toUpperCase())).toEqual(['TOM KRISHER']);
    expect(a.updated).toBe('2019-11-20T01:39:00-05:00');
    expect(a.published).toBe(a.updated);
    expect(codes(a)).toContain('published-from-updated');
    expect(sameDay(a.published ?? '', '2019-11-20T06:35:39Z')).toBe(true);
  });

  it('The Republic: "By Staff Reports -" credits a desk, not a person', () => {
    const text = fixture('therepublic-961bd85c.txt');
    const a = parseArticle(text);
    expect(a.headline).toBe('CPD arrests six in drug investigation');
    expect(a.authors).toEqual([]);
    expect(a.authorOrganisations.map((o) => [o.name, text.slice(o.start, o.end)])).toEqual([['Staff Reports', 'Staff Reports']]);
  });

  it('Jerusalem Post: a contact and copyright footer is not the story, so the headline is found above the short story', () => {
    const a = parseArticle(fixture('jpost-e372e42c.txt'));
    expect(a.headline).toBe('Son of former German president stabbed to death in Berlin');
    expect(a.published?.slice(0, 10)).toBe('2019-11-20');
    expect(a.body.map((b) => b.text).join(' ')).toContain('Fritz Eckart von Weizsäcker');
    expect(a.body.map((b) => b.text).join(' ')).not.toContain('Customer Service Center');
  });

  it('The Guardian: the headline, not the picture title above the image under it ("Protests in Hong Kong", "[ ]") nor the two-sentence standfirst', () => {
    const a = parseArticle(fixture('guardian-5fa3154e.txt'));
    expect(a.headline).toBe('The Guardian view on Hong Kong: a city on the brink');
  });

  it('Big Brand System: a blog of one-line paragraphs; the byline after share buttons', () => {
    const a = parseArticle(fixture('bigbrandsystem-ec7fc408.txt'));
    expect(a.headline).toBe('How to Adopt an Online Leader Success Mindset');
    expect(a.authors.map((x) => x.name)).toEqual(['Pamela Wilson']);
  });

  it('GiveWell: "September 10, 2018 | by Catherine" gives the date and a one-word author', () => {
    const a = parseArticle(fixture('givewell-ac3c0355.txt'));
    expect(a.headline).toBe('September 2018 open thread');
    expect(a.authors.map((x) => x.name)).toEqual(['Catherine']);
    expect(a.published).toBe('2018-09-10');
  });
});

describe('webdumps dev pages, HTML', () => {
  it('GiveWell: of two <h1> ("The GiveWell Blog", the post title) the one the metadata headline names', () => {
    const html = fixture('givewell-ac3c0355.html');
    const a = parseArticle(html, { format: 'html' });
    expect(a.headline).toBe('September 2018 open thread');
    expect(a.authors.map((x) => x.name)).toEqual(['Catherine']);
    expect(a.published).toBe('2018-09-10T16:25:36-05:00');
  });
});

describe("HTML: metadata replaces the text's stand-ins", () => {
  const story = '<p>The company said on Tuesday that sales had fallen for the third quarter in a row, and that it would cut costs, close stores and review its plans for the coming year.</p>';
  it('a relative stamp in the text, the date in the metadata: the date, and no relative-date warning', () => {
    const html = `<!doctype html><html><head><meta property="article:published_time" content="2019-11-19T07:43:27-05:00"></head><body><p>Earnings</p><p>Published 22 hours ago</p><h1>Home Depot sales miss, shares plunge</h1>${story}${story}</body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.published).toBe('2019-11-19T07:43:27-05:00');
    expect(codes(a)).not.toContain('relative-date');
  });
  it('only "Updated" in the text, the published date in the metadata: no published-from-updated warning', () => {
    const html = `<!doctype html><html><head><meta property="article:published_time" content="2019-11-20T06:35:39Z"></head><body><h1>New SUVs highlight L.A. Auto Show</h1><p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>${story}${story}</body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.published).toBe('2019-11-20T06:35:39Z');
    expect(a.updated).toBe('2019-11-20T01:39:00-05:00');
    expect(codes(a)).not.toContain('published-from-updated');
  });
});

describe('relative stamps', () => {
  const ref = parseReferenceDate('2019-11-20T08:30:00-05:00');
  it('reads the forms pages use and nothing else', () => {
    expect(relativeStamp('Published 22 hours ago')).toMatchObject({ kind: 'published', minutesAgo: 1320 });
    expect(relativeStamp('updated 16M ago')).toMatchObject({ kind: 'updated', minutesAgo: 16 });
    expect(relativeStamp('Published 1 day ago')).toMatchObject({ minutesAgo: null, daysAgo: 1 });
    expect(relativeStamp('Today 12:01 AM')).toMatchObject({ kind: 'published', daysAgo: 0, hour: 0, minute: 1 });
    expect(relativeStamp('Updated 8:03 am ET')).toMatchObject({ kind: 'updated', hour: 8, minute: 3, zone: 'ET' });
    expect(relativeStamp('8:03 am')).toBeNull(); // a bare time needs a label
    expect(relativeStamp('About three years ago, a prospect started working out')).toBeNull();
  });
  it('resolves against the reference date', () => {
    if (!ref) throw new Error('reference date not read');
    const at = (line: string): string => {
      const stamp = relativeStamp(line);
      if (!stamp) throw new Error(line);
      return resolveRelative(stamp, ref).iso;
    };
    expect(at('Published 22 hours ago')).toBe('2019-11-19T10:30:00-05:00');
    expect(at('Published 1 day ago')).toBe('2019-11-19');
    expect(at('Yesterday at 9:15 PM')).toBe('2019-11-19T21:15:00');
    expect(at('Updated 8:03 am ET')).toBe('2019-11-20T08:03:00-05:00');
  });
  it('refuses a reference date that is not ISO 8601', () => {
    expect(parseReferenceDate('Nov 20, 2019')).toBeNull();
    expect(parseReferenceDate('2019-02-30')).toBeNull();
    expect(parseReferenceDate('2019-11-20')).toMatchObject({ year: 2019, month: 11, day: 20, hour: null });
  });
});

describe('USA TODAY Network EU page (776a1c04): a banner above, names run into the newspaper', () => {
  const text = [
    'Welcome to USA TODAY NETWORK’S EUROPEAN UNION EXPERIENCE', '', 'Learn More', '[logo-compa]', '',
    "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?", '',
    'Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader', 'Published 10:02 AM EST Nov 19, 2019', '',
    'SIOUX FALLS, S.D. – People across the nation are talking about it: South Dakota is on meth.', '',
    'The buzz on both national news and social media focused on a new anti-drug ad campaign led by Gov. Kristi Noem.', '',
    "Noem launched the campaign to bring awareness to the meth epidemic in South Dakota, and the ad going viral on its first day shows that it's already a success.", '',
    '"The mission of the campaign is to raise awareness – to get people talking about how they can be part of the solution and not just the problem," Noem told the Argus Leader Monday afternoon. "It is working."', '',
  ].join('\n');
  it('the headline is the line with the byline under it, the newspaper is not part of a name', () => {
    const a = parseArticle(text);
    expect(a.headline).toBe("South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?");
    expect(a.authors.map((x) => x.name)).toEqual(['Lisa Kaczke', 'Trevor J. Mitchell']);
    expect(a.published).toBe('2019-11-19T10:02:00-05:00');
  });
});

describe('desks and one-word names', () => {
  it('a desk ends in a desk word; a person or a publication beside a person is not one', () => {
    expect(deskName('HNN Staff')?.name).toBe('HNN Staff');
    expect(deskName('News Nation Bureau')?.name).toBe('News Nation Bureau');
    expect(deskName('Tom Gillespie')).toBeNull();
    expect(deskInLine('Updated on: November 19, 2019 / 10:07 AM / CBS News')?.name).toBe('CBS News');
    expect(deskInLine('By HNN Staff | November 18, 2019 at 2:26 PM HST')?.name).toBe('HNN Staff');
    expect(deskInLine('By Andy Sahadeo | Fox News')).toBeNull();
  });
  it('deskInLine reads lines of at most MAX_DESK_LINE characters, so its separators never see a long one', () => {
    const line = 'By HNN Staff | November 18, 2019 at 2:26 PM HST';
    expect(deskInLine(line + ' '.repeat(MAX_DESK_LINE - line.length))?.name).toBe('HNN Staff');
    expect(deskInLine(line + ' '.repeat(MAX_DESK_LINE + 1 - line.length))).toBeNull();
    expect(deskInLine(`-${'\t'.repeat(50_000)}\t-,`)).toBeNull();
  });
  it('one capitalised word may be a name, but not a month, a weekday or page furniture', () => {
    expect(soleName('LinkNaija')?.names[0].name).toBe('LinkNaija');
    expect(soleName('Catherine')?.names[0].name).toBe('Catherine');
    expect(soleName('November')).toBeNull();
    expect(soleName('Home')).toBeNull();
    expect(soleName('admin')).toBeNull();
  });
});

describe('a stamp line signed after its date ("September 10, 2018 | by Catherine")', () => {
  const signer = (text: string): string | null => {
    const m = signedMatch(text);
    return m && text.slice(m.name);
  };
  it('signedMatch: the separator before "by", and the name after the white space', () => {
    expect(signedMatch('September 10, 2018 | by Catherine')).toEqual({ index: 19, name: 24 });
    expect(signer('Nov. 18, 2019 7:04 pm ET — By: Tom Gillespie')).toBe('Tom Gillespie');
    expect(signer('13/06/2014 •by   Tony Carter')).toBe('Tony Carter');
    // Only white space after "by": the last space is the name, as (.+) took it.
    expect(signer('2019 | by  ')).toBe(' ');
    expect(signer('2019 | by ')).toBeNull();
    expect(signer('Stand by me')).toBeNull();
    expect(signer('September 10, 2018 | bylines')).toBeNull();
    // The name runs to the end and holds no line terminator.
    expect(signer('2019 | by Ann\u2028Lee')).toBeNull();
    expect(signer('2019 | by\u2028Ann - by Lee')).toBe('Ann - by Lee');
  });
  it('signedMatch finds what the pattern it replaces found', () => {
    const SIGNED = /[|•·\-–—]\s*(by:?\s+)(.+)$/iu;
    const unit = fc.constantFrom('|', '-', '—', '•', ' ', '\t', '\u2028', '\n', '\r', 'b', 'y', 'B', 'Y', ':', 'by', 'x', '1', '\u00a0', '\ud83d\ude00');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }).map((u) => u.join('')), (text) => {
        const m = SIGNED.exec(text);
        expect(signedMatch(text)).toEqual(m && { index: m.index, name: m.index + m[0].length - m[2].length });
      }),
      { numRuns: 5000, seed: 20261128 },
    );
  });
  it('a long run of white space after "by" and a line terminator (quadratic for that pattern) reads fast', () => {
    const story = 'The council said on Tuesday that the old bridge would close for two years while it is rebuilt, and that buses would replace the trams that cross it.';
    const a = parseArticle(`September 2018 open thread\n\nSeptember 10, 2018 -by${'\t'.repeat(50_000)}\u2028\n\n${story}\n\n${story}\n`);
    expect(a.headline).toBe('September 2018 open thread');
    expect(a.authors).toEqual([]);
  });
});

describe('meta eval scoring', () => {
  it('splits a byline string as the corpus normalises gold authors', () => {
    expect(bylineNames('By MEG KINNARD and ERRIN HAINES, Associated Press')).toEqual(['MEG KINNARD', 'ERRIN HAINES']);
    expect(bylineNames('Amy Kuperinsky | NJ Advance Media for NJ.com')).toEqual(['Amy Kuperinsky']);
  });
  it('compares days in the gold zone, and instants where both state a zone', () => {
    expect(sameDay('2019-11-19T21:59:00-05:00', '2019-11-20T02:59:46Z')).toBe(true);
    expect(sameDay('2019-11-18T21:59:00-05:00', '2019-11-20T02:59:46Z')).toBe(false);
    expect(sameDay('2019-11-19T20:59:00', '2019-11-20T02:59:46Z')).toBe(true); // no zone: ±1 day
    expect(sameInstant('2019-11-19T21:59:00-05:00', '2019-11-20T02:59:46Z')).toBe(true);
    expect(sameInstant('2019-11-19T21:59:00', '2019-11-20T02:59:46Z')).toBeNull();
  });
});
