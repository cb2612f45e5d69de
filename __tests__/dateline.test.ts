import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../src/pipeline/parse';
import { parseDateline } from '../src/extractors/metadata/datelines';

const seed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'nato-stoltenberg.txt'), 'utf8');

/** A wire story: title line, blank line, then the indented first paragraph. */
function wire(title: string, first: string): string {
  return `${title}\n\n    ${first}\nsaid in a statement on Thursday.\n Reuter\n`;
}

function dl(first: string): { place: string | null; date: string | null; agency: string | null } | null {
  const p = parseDateline(first);
  return p && { place: p.place, date: p.date, agency: p.agency };
}

describe('dateline: in the pipeline', () => {
  it('Reuters-21578 #110: "New York, Feb 26 -" after a byline, offsets and raw', () => {
    const text = 'AMERICAN EXPRESS <AXP> SEEN IN POSSIBLE SPINNOFF\n\n    By Patti Domm, Reuter\n    New York, Feb 26 - American Express Co remained silent on\nmarket rumors it would spinoff all or part of its Shearson\nLehman Brothers Inc.\n Reuter\n';
    const d = parseArticle(text).dateline;
    expect(d).toMatchObject({ place: 'New York', date: 'Feb 26', agency: null, raw: 'New York, Feb 26 -' });
    expect(d && text.slice(d.start, d.end)).toBe('New York, Feb 26 -');
  });

  it('Reuters-21578 #10: "COMMACK, N.Y., Feb 26 -"', () => {
    const text = 'COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE\n\n     COMMACK, N.Y., Feb 26 - Computer Terminal Systems Inc said\nit has completed the sale of 200,000 shares of its common\nstock.\n Reuter\n';
    expect(parseArticle(text).dateline).toMatchObject({ place: 'COMMACK, N.Y.', date: 'Feb 26' });
  });

  it('Reuters-21578 #1338: "WINSTON-SALEM, N.C., March 3 -" keeps the hyphen in the place', () => {
    const text = wire("PIEDMONT AIR <PIE> FEBRUARY LOAD FACTOR RISES", "WINSTON-SALEM, N.C., March 3 - Piedmont Aviation Inc's");
    expect(parseArticle(text).dateline).toMatchObject({ place: 'WINSTON-SALEM, N.C.', date: 'March 3' });
  });

  it('Reuters-21578 #1573: "CHEVY CHASE, Md., - March 4 -" (date after a second dash)', () => {
    const text = wire('GEICO CORP <GEC> NAMES NEW BOARD MEMBERS', 'CHEVY CHASE, Md., - March 4 - Geico Corp said it named two');
    const d = parseArticle(text).dateline;
    expect(d).toMatchObject({ place: 'CHEVY CHASE, Md.', date: 'March 4', raw: 'CHEVY CHASE, Md., - March 4 -' });
  });

  it('table rows between title and dateline are passed over', () => {
    const text = 'KANSAS CITY WHEAT CLOSE\n\n    KANSAS CITY WHEAT      MAR   2.71   2.70\n    MAY   2.60   2.59\n\n    KANSAS CITY, March 13 - Wheat futures closed lower on\nlight selling, traders said.\n Reuter\n';
    expect(parseArticle(text).dateline).toMatchObject({ place: 'KANSAS CITY', date: 'March 13' });
  });

  it('an agency in the dateline goes to agencies too', () => {
    const text = 'India says talks to continue\n\nNEW DELHI, Jan 17 (Reuters) - India said on Monday it would keep talking.\n';
    const a = parseArticle(text);
    expect(a.dateline).toMatchObject({ place: 'NEW DELHI', date: 'Jan 17', agency: 'Reuters', raw: 'NEW DELHI, Jan 17 (Reuters) -' });
    const ag = a.agencies.find((g) => g.name === 'Reuters');
    expect(ag && text.slice(ag.start, ag.end)).toBe('Reuters');
  });

  it('webdumps 57e2e988 at 80 columns: a press release\'s "New York, NY –" opens the body', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wrapped', 'my6sense-57e2e988.cols80.txt'), 'utf8');
    const a = parseArticle(text);
    expect(a.dateline).toMatchObject({ place: 'New York, NY', date: null, agency: null, raw: 'New York, NY –' });
    expect(a.body[0].text.startsWith('With content engagement')).toBe(true);
  });

  it('PolNeAR wash-post_2016-09-18: title, a one-sentence standfirst, then "BRUSSELS -": the standfirst is the subheadline, the dateline opens the body', () => {
    const text =
      'E.U. leaders weigh plans for greater military coordination.\n\n' +
      "After Brexit and Trump's threats, bloc aims to rely less on  U.S. support.\n\n" +
      "BRUSSELS - European leaders gathered Friday to discuss the torrent of challenges facing their continent after Britain's decision to leave the European Union.\n\n" +
      'Deeply divided about how to keep the bloc from further spiraling apart, leaders found little unity on a specific vision for a Europe without Britain.\n';
    const a = parseArticle(text);
    expect(a.subheadline).toBe("After Brexit and Trump's threats, bloc aims to rely less on U.S. support.");
    expect(a.dateline).toMatchObject({ place: 'BRUSSELS', raw: 'BRUSSELS -' });
    expect(a.body[0].text.startsWith('European leaders gathered Friday')).toBe(true);
  });

  it('PolNeAR nyt_2016-10-02: short lines of a database export ("ABSTRACT.", "FULL TEXT.", "Correction Appended.") before "FAIRVIEW, W.Va. -"', () => {
    const text =
      'A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal.\n\nABSTRACT.\n\n' +
      'Tom Clarke, a nursing home owner, concocted a strategy to cut carbon emissions by gaining control of millions of tons of coal reserves and multiple mines.\n\n' +
      'FULL TEXT.\n\nCorrection Appended.\n\n' +
      'FAIRVIEW, W.Va. - The coal was piled about as high as it could go, spilling down to the railroad tracks and towering over the elevator shaft. A yellow bulldozer pushed the mound to make room for more.\n';
    expect(parseArticle(text).dateline).toMatchObject({ place: 'FAIRVIEW, W.Va.', raw: 'FAIRVIEW, W.Va. -' });
    // After a paragraph of the story, a later one is no dateline of it.
    const later = text.replace('FULL TEXT.\n\n', 'The coal business has been in decline for years, and the mines of the state have closed one after the other since the price fell; ' +
      'the plan was to buy them, and then the reserves of coal that they hold, and to keep that coal in the ground for good.\n\n');
    expect(parseArticle(later).dateline).toBeNull();
  });

  it('webdumps f344ca5f as lynx dumps it: "HONOLULU, Hawaii (HawaiiNewsNow) -" under the byline, after a picture\'s caption block', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wrapped', 'hawaiinewsnow-f344ca5f.lynx80.txt'), 'utf8');
    expect(parseArticle(text).dateline).toMatchObject({ place: 'HONOLULU, Hawaii', agency: 'HawaiiNewsNow', raw: 'HONOLULU, Hawaii (HawaiiNewsNow) -' });
  });

  it('the seed article has no dateline ("Jens Stoltenberg, Secretary-General …" is a sentence)', () => {
    expect(parseArticle(seed).dateline).toBeNull();
  });
});

describe('dateline: forms', () => {
  it('agency forms', () => {
    expect(dl('WASHINGTON (AP) — The Senate voted on Tuesday')).toEqual({ place: 'WASHINGTON', date: null, agency: 'AP' });
    expect(dl('Paris (AFP) - French police said')).toEqual({ place: 'Paris', date: null, agency: 'AFP' });
    expect(dl('HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper')).toEqual({ place: 'HANOI, Vietnam', date: null, agency: 'AP' });
  });

  it('Reuters-21578 place/date forms, including the irregular ones', () => {
    expect(dl('KANSAS CITY, Mo. - March 13 - Farmland Industries')).toEqual({ place: 'KANSAS CITY, Mo.', date: 'March 13', agency: null });
    expect(dl('AMSTERDAM, 2 March - Dutch')).toEqual({ place: 'AMSTERDAM', date: '2 March', agency: null }); // #296
    expect(dl('EVANSTON, ILL., March 5- The')).toEqual({ place: 'EVANSTON, ILL.', date: 'March 5', agency: null }); // #2238
    expect(dl('WASHINGTON, March 12, Reuter - The')).toEqual({ place: 'WASHINGTON', date: 'March 12', agency: 'Reuters' }); // #4545
    expect(dl('FORT WAYNE, IND., Marchg 12 - Tokheim')).toEqual({ place: 'FORT WAYNE, IND.', date: 'Marchg 12', agency: null }); // #4344
    expect(dl('NEW YORK, March 2 -The New York Mercantile Exchange')).toEqual({ place: 'NEW YORK', date: 'March 2', agency: null }); // #829
    expect(dl('****RIO DE JANEIRO, March 5 - Brazil')).toEqual({ place: 'RIO DE JANEIRO', date: 'March 5', agency: null }); // #2115
    expect(dl('WOODBRIDGE, N.J. - Engelhard')).toEqual({ place: 'WOODBRIDGE, N.J.', date: null, agency: null }); // #2021
    expect(dl('La paz, march 4 - about 1,000')).toEqual({ place: 'La paz', date: 'march 4', agency: null }); // #1887
  });

  it('ordinary sentences are not datelines', () => {
    expect(dl('Jens Stoltenberg, Secretary-General of the North Atlantic Treaty Organisation (NATO), has stated that - as')).toBeNull();
    expect(dl('The company said on March 3 - a Tuesday - that it would')).toBeNull();
    expect(dl('Apple Inc - the maker of iPhones - said')).toBeNull();
    expect(dl('Shr 10 cts vs 20 cts')).toBeNull();
    // BBC News entertainment/122: a first word in capitals does not make a place.
    expect(dl('DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead')).toBeNull();
  });

  it('a place in mixed case, without a date or an agency, names a state or country after its comma', () => {
    // webdumps 57e2e988 (my6sense press release): "New York, NY – With content engagement …"
    expect(dl('New York, NY – With content engagement migrating')).toEqual({ place: 'New York, NY', date: null, agency: null });
    expect(dl('Austin, Texas — "We are')).toEqual({ place: 'Austin, Texas', date: null, agency: null });
    expect(dl('Kyiv, Ukraine - Russian forces')).toEqual({ place: 'Kyiv, Ukraine', date: null, agency: null });
    // PolNeAR: sentences of the same shape, without a region after a comma.
    expect(dl('Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called')).toBeNull();
    expect(dl('Ferguson — a community of over 21,000')).toBeNull();
    // A state code is one in capitals only; the story goes on in a capital letter.
    expect(dl('Kall, Me — co-editor of a book')).toBeNull();
    expect(dl('Albany, NY – which the company')).toBeNull();
  });

  it('press-release wires: after the date between slashes, or glued between dashes', () => {
    expect(dl('NEW YORK, July 2, 2018 /PRNewswire/ -- Acme Corp. today announced')).toEqual({ place: 'NEW YORK', date: 'July 2, 2018', agency: 'PR Newswire' });
    expect(dl('CHICAGO, Nov. 3, 2019 /PRNewswire-FirstCall/ -- Acme')).toEqual({ place: 'CHICAGO', date: 'Nov. 3, 2019', agency: 'PR Newswire' });
    expect(dl('SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced')).toEqual({ place: 'SAN FRANCISCO', date: null, agency: 'Business Wire' });
    expect(dl('TORONTO, Dec. 7, 2020 (GLOBE NEWSWIRE) -- Acme')).toEqual({ place: 'TORONTO', date: 'Dec. 7, 2020', agency: 'GlobeNewswire' });
    const text = 'Acme names a new chief executive\n\nSAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced a new chief executive.\n';
    const a = parseArticle(text);
    expect(a.dateline).toMatchObject({ raw: 'SAN FRANCISCO--(BUSINESS WIRE)--', agency: 'Business Wire' });
    const wire = a.agencies.find((g) => g.name === 'Business Wire');
    expect(wire && text.slice(wire.start, wire.end)).toBe('BUSINESS WIRE');
    expect(a.body[0].text.startsWith('Acme Corp. today announced')).toBe(true);
  });

  it('a place alone, without a date or an agency, is in capitals (particles aside)', () => {
    expect(dl('RIO DE JANEIRO - Brazil')).toEqual({ place: 'RIO DE JANEIRO', date: null, agency: null });
    expect(dl('PORT-AU-PRINCE, Haiti - Gunmen')).toEqual({ place: 'PORT-AU-PRINCE, Haiti', date: null, agency: null });
  });
});
