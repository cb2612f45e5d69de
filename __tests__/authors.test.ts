import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../src/pipeline/parse';
import { parseByline } from '../src/extractors/metadata/names';

const seed = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'nato-stoltenberg.txt'), 'utf8');

const names = (line: string): string[] => parseByline(line)?.names.map((n) => n.name) ?? [];
const agencies = (line: string): string[] => parseByline(line)?.agencies.map((n) => n.name) ?? [];

describe('authors: the seed article', () => {
  const a = parseArticle(seed);
  it('"Reported by: Dipaneeta Das" gives one author with the offsets of the name', () => {
    expect(a.authors.map((x) => x.name)).toEqual(['Dipaneeta Das']);
    const [au] = a.authors;
    expect(seed.slice(au.start, au.end)).toBe('Dipaneeta Das');
    expect(a.body.some((b) => b.text.includes('Reported by'))).toBe(false);
  });

  it('a no-break space between the words (a page\'s &nbsp;) is a space in the name; the offsets still give the input\'s text', () => {
    const text = seed.replace('Reported by: Dipaneeta Das', 'Reported by:\u00a0Dipaneeta\u00a0Das');
    const [au] = parseArticle(text).authors;
    expect(au.name).toBe('Dipaneeta Das');
    expect(text.slice(au.start, au.end)).toBe('Dipaneeta\u00a0Das');
  });
});

describe('authors: Reuters-21578 bylines (first lines of the stories named)', () => {
  it('#110 "By Patti Domm, Reuter": agency kept apart and normalised', () => {
    const text = 'AMERICAN EXPRESS <AXP> SEEN IN POSSIBLE SPINNOFF\n\n    By Patti Domm, Reuter\n    New York, Feb 26 - American Express Co remained silent on\nmarket rumors it would spinoff all or part of its Shearson\nLehman Brothers Inc.\n Reuter\n';
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Patti Domm']);
    const [au] = a.authors;
    expect(text.slice(au.start, au.end)).toBe('Patti Domm');
    const byline = a.agencies.find((g) => g.start < text.indexOf('New York'));
    expect(byline?.name).toBe('Reuters');
    expect(text.slice(byline?.start ?? 0, byline?.end ?? 0)).toBe('Reuter');
    expect(a.headline).toBe('AMERICAN EXPRESS <AXP> SEEN IN POSSIBLE SPINNOFF');
  });

  it('#3020 "By Allan Saunderson and Antonia Sharpe, Reuters": two authors', () => {
    expect(names('By Allan Saunderson and Antonia Sharpe, Reuters')).toEqual(['Allan Saunderson', 'Antonia Sharpe']);
    expect(agencies('By Allan Saunderson and Antonia Sharpe, Reuters')).toEqual(['Reuters']);
  });

  it('#2775 "BY TED D\'AFFLISIO, Reuters" and #1299 "by Maggie McNeil, Reuters": case kept', () => {
    expect(names("BY TED D'AFFLISIO, Reuters")).toEqual(["TED D'AFFLISIO"]);
    expect(names('by Maggie McNeil, Reuters')).toEqual(['Maggie McNeil']);
  });

  it('#3455 "By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS": capital AND splits, REUTERS is the agency', () => {
    expect(names('By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS')).toEqual(['STEPHEN JUKES', 'PHILIP SHEHADI']);
    expect(agencies('By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS')).toEqual(['Reuters']);
  });

  it('the holdout typo ", Reutersd" is still Reuters', () => {
    expect(names('By Nelson Graves, Reutersd')).toEqual(['Nelson Graves']);
    expect(agencies('By Nelson Graves, Reutersd')).toEqual(['Reuters']);
  });

  it('#60 a title "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY" is not a byline', () => {
    const text = 'ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY\n\n    BUENOS AIRES, Feb 26 - Argentina could suspend payments on\nits foreign debt, a deputy said.\n Reuter\n';
    const a = parseArticle(text);
    expect(a.authors).toEqual([]);
    expect(a.headline).toBe('ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY');
  });
});

describe('authors: web bylines', () => {
  it('"By X, Y and Z" (AP, webdumps 82b6d7…)', () => {
    expect(names('By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER')).toEqual(['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER']);
  });

  it('where the writer files from: "By X in Brussels" (as newspapers and their archive exports write it)', () => {
    expect(names('By Dan Sabbagh in Brussels')).toEqual(['Dan Sabbagh']);
    expect(names('By Dan Sabbagh and Jennifer Rankin in Brussels')).toEqual(['Dan Sabbagh', 'Jennifer Rankin']);
    expect(names('By Jennifer Rankin in Brussels and Dan Sabbagh')).toEqual(['Jennifer Rankin', 'Dan Sabbagh']);
    expect(names('By Julian Borger in Washington')).toEqual(['Julian Borger']);
    // Not a place: the line is no byline.
    expect(parseByline('By John Smith in the capital')).toBeNull();
  });

  it('a beat and a role after the name with no comma ("By Dan Sabbagh Defence and security editor", as LexisNexis gives The Guardian\'s bylines)', () => {
    expect(names('By Dan Sabbagh Defence and security editor')).toEqual(['Dan Sabbagh']);
    expect(names('By Larry Elliott Economics editor')).toEqual(['Larry Elliott']);
    expect(names('By Patrick Wintour Diplomatic editor')).toEqual(['Patrick Wintour']);
    expect(names('By Mary Clare Jalonick and Eric Tucker')).toEqual(['Mary Clare Jalonick', 'Eric Tucker']);
  });

  it('"Written by X" with an initial', () => {
    expect(names('Written by Trevor J. Mitchell')).toEqual(['Trevor J. Mitchell']);
  });

  it('a role is never glued to a name', () => {
    expect(names('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(names('TOM KRISHER, AP Auto Writer')).toEqual(['TOM KRISHER']);
    expect(agencies('TOM KRISHER, AP Auto Writer')).toEqual(['AP']);
    expect(names('By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health')).toEqual(['Yasemin Saplakoglu']);
  });

  it('an agency or affiliation after "|" or "," is not a name', () => {
    expect(names('By Andy Sahadeo | Fox News')).toEqual(['Andy Sahadeo']);
    expect(names('By Jill Disis, CNN Business')).toEqual(['Jill Disis']);
    expect(names('Lisa Kaczke and Trevor J. Mitchell, Associated Press')).toEqual(['Lisa Kaczke', 'Trevor J. Mitchell']);
    expect(agencies('Lisa Kaczke and Trevor J. Mitchell, Associated Press')).toEqual(['AP']);
  });

  it('surnames and first names that are also words stay names', () => {
    expect(names('By Emily Post, Reuters')).toEqual(['Emily Post']);
    expect(names('By Jan Smith and May Wong')).toEqual(['Jan Smith', 'May Wong']);
    expect(names('By Jan Smith Jan 5, 2020')).toEqual(['Jan Smith']);
  });

  it('a date is never glued to a name', () => {
    expect(names('By John Smith Updated Jan 5, 2020')).toEqual(['John Smith']);
    expect(names('By Tess Bonn - 11/19/19 06:56 AM EST')).toEqual(['Tess Bonn']);
  });

  it('"By X" then a role line: both claimed, only X is an author', () => {
    const text = 'City council approves budget\n\nBy Megan Rowe\nStaff Writer\n\nThe council voted 5-2 on Tuesday night to approve the budget.\n';
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Megan Rowe']);
    expect(a.body.some((b) => b.text.includes('Staff Writer'))).toBe(false);
  });

  it('an image credit starting with "By" is not a byline (webdumps 55bb63…)', () => {
    const text = 'Shake Shack burgers\n\nBy Xabi Vazquez (Flickr: game boy color) [CC BY 2.0], via Wikimedia Commons\n\nThe chain said on Monday that sales rose.\n';
    expect(parseArticle(text).authors).toEqual([]);
  });

  it('sentences and desks starting with "By" are not bylines', () => {
    expect(parseByline('By the end of the year, prices had risen')).toBeNull();
    expect(parseByline('By 2018, when I started digging into this story')).toBeNull();
    expect(parseByline('By clicking Confirm Account, I agree to the terms of service')).toBeNull();
    expect(parseByline('By Staff Reports -')).toBeNull();
    expect(parseByline('By JERUSALEM POST STAFF')).toBeNull();
    const text = 'Budget passes\n\nThe council met on Tuesday.\n\nBy the end of the night, the budget had passed 5-2.\n';
    expect(parseArticle(text).authors).toEqual([]);
  });
});

describe('authors: the credits closing wire copy', () => {
  // "St. Paul Votes To Condemn Donald Trump's Muslim Ban", a Reuters story run by HuffPost, 17 December 2015 (PolNeAR train): its headline, first paragraph and credits.
  const stPaul =
    'St. Paul Votes To Condemn Donald Trump’s Muslim Ban.\n\n' +
    'The St. Paul City Council on Wednesday approved a resolution condemning Republican presidential candidate Donald Trump’s call for a ban on Muslims entering the United States.\n\n' +
    '(Reporting by David Bailey; Editing by Cynthia Osterman.)\n';

  test('the reporter is the author, the editor is not, and the credits are no body text and name no entity', () => {
    const a = parseArticle(stPaul);
    expect(a.authors.map((x) => [x.name, stPaul.slice(x.start, x.end)])).toEqual([['David Bailey', 'David Bailey']]);
    expect(a.body.map((b) => b.text)).toEqual([expect.stringMatching(/^The St. Paul City Council/)]);
    expect(a.entities.map((e) => e.name)).not.toContain('Cynthia Osterman');
  });

  test('credits after the last sentence of a paragraph, with places and "Writing by": reporters and writer, not the one who added reporting', () => {
    // The headline and the last sentence (shortened) of "Hillary Clinton Calls ISIS Violence Against Yazidis 'Genocide'" (Reuters via HuffPost, 2015),
    // with its credits made longer in the same style ("Additional reporting by", "Writing by").
    const text =
      'Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’\n\n' +
      'Islamic State has targeted and killed members of the Yazidi religion, one of the oldest in Iraq. (Reporting by Amanda Becker in Washington; Additional reporting by Lawrence Hurley; Writing by Luciana Lopez; Editing by Eric Beech.)\n';
    const a = parseArticle(text);
    expect(a.authors.map((x) => x.name)).toEqual(['Amanda Becker', 'Luciana Lopez']);
    expect(a.authors.every((x) => text.slice(x.start, x.end) === x.name)).toBe(true);
  });

  test('a byline wins: the credits add no one; brackets in running text that are not all credits are left alone', () => {
    const bylined = 'Oil prices rise\n\nBy Florence Tan\n\n' + stPaul.slice(stPaul.indexOf('The St. Paul'));
    expect(parseArticle(bylined).authors.map((x) => x.name)).toEqual(['Florence Tan']);
    const notCredits = 'Council votes\n\nThe council met on Wednesday. (Reporting by the council was thin; it said so.)\n';
    expect(parseArticle(notCredits).authors).toEqual([]);
  });
});

describe('authors: a name written twice in a row (a picture\'s alt text, then the name)', () => {
  it('webdumps ec7fc408 as lynx dumps it (Big Brand System): "Pamela Wilson Pamela Wilson" is Pamela Wilson', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wrapped', 'bigbrandsystem-ec7fc408.lynx80.txt'), 'utf8');
    const authors = parseArticle(text).authors;
    expect(authors.map((a) => a.name)).toEqual(['Pamela Wilson']);
    expect(authors.map((a) => text.slice(a.start, a.end))).toEqual(['Pamela Wilson']);
    expect(names('By Pamela Wilson Pamela Wilson')).toEqual(['Pamela Wilson']);
    // A name whose words only repeat in part is left whole.
    expect(names('By Boutros Boutros-Ghali')).toEqual(['Boutros Boutros-Ghali']);
  });
});
