/** Merging entity mentions per document. */
import { initials, mergeMentions, Mention } from '../src/entities/merge';
import { trimHeadlineMentions } from '../src/entities/trim-headline';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src';
import { EntityType, Span } from '../src/types';
import { firstNameGender, givenNameGender, titleGender } from '../src/text/gender';

/** The merged entities' names and mention counts, in order (mergeMentions' headline and isCommonWord passed on). */
function namesAndCounts(text: string, mentions: Mention[], headline?: Span | null, isCommonWord?: (lower: string) => boolean): [string, number][] {
  return mergeMentions(text, mentions, headline, isCommonWord).map((e) => [e.name, e.mentions.length]);
}

function mention(text: string, needle: string, type: EntityType, from = 0): Mention {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { text: needle, start, end: start + needle.length, type };
}

test('acronym initials skip connectives', () => {
  expect(initials('North Atlantic Treaty Organisation')).toBe('NATO');
  expect(initials('Organization for Security and Co-operation in Europe')).toBe('OSCE');
});

test('surname joins the full name; acronym joins its expansion; the fullest form names the entity', () => {
  const text =
    'Jens Stoltenberg, Secretary-General of the North Atlantic Treaty Organisation (NATO), spoke. ' +
    'NATO troops stay, Stoltenberg said. Mr Stoltenberg met Vladimir Putin; Putin left.';
  const mentions = [
    mention(text, 'Jens Stoltenberg', 'PERSON'),
    mention(text, 'North Atlantic Treaty Organisation', 'ORGANIZATION'),
    mention(text, 'NATO', 'ORGANIZATION'),
    mention(text, 'NATO', 'ORGANIZATION', 90),
    mention(text, 'Stoltenberg', 'ORGANIZATION', 100), // a tagger's mistake the merge repairs
    mention(text, 'Mr Stoltenberg', 'PERSON'),
    mention(text, 'Vladimir Putin', 'PERSON'),
    mention(text, 'Putin', 'PERSON', text.indexOf('; ')),
  ];
  const entities = mergeMentions(text, mentions).map((e) => [e.name, e.type, e.mentions.length]);
  expect(entities).toEqual([
    ['Jens Stoltenberg', 'PERSON', 3],
    ['North Atlantic Treaty Organisation', 'ORGANIZATION', 3],
    ['Vladimir Putin', 'PERSON', 2],
  ]);
});

test('a place noun after a mention makes it a location', () => {
  const text = "troops in Ukraine's Donbas region";
  const [e] = mergeMentions(text, [mention(text, 'Donbas', 'ORGANIZATION')]);
  expect(e.type).toBe('LOCATION');
});

/** The entities of `mentions` (each the first occurrence of its text from `from`), as [name, mention texts]. */
function merged(text: string, mentions: Array<[string, number?]>): Array<[string, string[]]> {
  return mergeMentions(text, mentions.map(([needle, from]) => mention(text, needle, 'PERSON', from))).map((e) => [e.name, e.mentions.map((m) => m.text)]);
}

test('people sharing a surname stay apart; the bare surname is the one the body names first (PolNeAR, wash-post 2016-09-26)', () => {
  // Condensed from the article: every "Cruz" is Ted Cruz, also after "Heidi Cruz" is named.
  const text =
    'Ah, friends once more: Ted Cruz endorses Donald Trump\n\n' +
    'Sen. Ted Cruz said Friday he will vote for Trump. Cruz had refused to. ' +
    'Trump also retweeted an unflattering photo of Heidi Cruz. "I will tell the truth," Cruz said.';
  const after = text.indexOf('Heidi');
  expect(merged(text, [['Ted Cruz'], ['Ted Cruz', 30], ['Cruz', text.indexOf('Cruz had')], ['Heidi Cruz'], ['Cruz', after + 11]])).toEqual([
    ['Ted Cruz', ['Ted Cruz', 'Ted Cruz', 'Cruz', 'Cruz']],
    ['Heidi Cruz', ['Heidi Cruz']],
  ]);
});

test('a name only in the first line (the headline) comes after the body\'s: "Classy Henman" is not the bare "Henman" (BBC News, sport/468)', () => {
  const text = 'Classy Henman makes winning start\n\nTim Henman opened his season with a win. Henman said he was pleased.';
  expect(merged(text, [['Classy Henman'], ['Tim Henman'], ['Henman', text.indexOf('Henman said')]])).toEqual([
    ['Classy Henman', ['Classy Henman']],
    ['Tim Henman', ['Tim Henman', 'Henman']],
  ]);
});

test('"miss" before a name is no title when it is written in lower case, or stands in the headline: the headline\'s Trump is Donald J. Trump (NYT via PolNeAR, nyt_2016-02-04_polls-miss-trump-s-fall-in-iowa-)', () => {
  const body = "\n\nFor months, mainstream Republicans have hoped that Donald J. Trump's support was a mirage. Mr. Trump lost Iowa to Ted Cruz.";
  for (const headline of ["Polls miss Trump's fall in Iowa vote", "Polls Miss Trump's Fall In Iowa Vote"]) {
    const text = headline + body;
    expect(merged(text, [['Trump'], ['Donald J. Trump'], ['Trump', text.indexOf('Mr.')]])).toEqual([['Donald J. Trump', ['Trump', 'Donald J. Trump', 'Trump']]]);
  }
  // In the body a capital "Miss" is the title still: "Miss Trump" is not Mr. Donald J. Trump.
  const text = "Polls after Iowa\n\nMr. Donald J. Trump lost Iowa. Miss Trump, his daughter, said he would win New Hampshire.";
  expect(merged(text, [['Donald J. Trump'], ['Trump', text.indexOf('Miss')]])).toEqual([['Donald J. Trump', ['Donald J. Trump']], ['Trump', ['Trump']]]);
});

test('one person with and without a middle name is one entity; two with different ones are not', () => {
  const lynch = 'Attorney General Loretta E. Lynch spoke. Loretta Lynch later said Lynch would stay.';
  expect(merged(lynch, [['Loretta E. Lynch'], ['Loretta Lynch'], ['Lynch', lynch.indexOf('Lynch would')]])).toEqual([
    ['Loretta E. Lynch', ['Loretta E. Lynch', 'Loretta Lynch', 'Lynch']],
  ]);
  const bush = 'George H.W. Bush and George W. Bush met; George Bush spoke.';
  const names = merged(bush, [['George H.W. Bush'], ['George W. Bush'], ['George Bush']]).map(([name]) => name);
  expect(names).toEqual(['George H.W. Bush', 'George W. Bush', 'George Bush']);
});

test('a title before a name is not part of it: "Baron Kinnock" and "Lord Kinnock" are Neil Kinnock, and so is the speaker (real BBC story)', () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'bbc-politics-289.txt'), 'utf8');
  const article = parseArticle(text);
  const kinnock = article.entities.filter((e) => e.mentions.some((m) => /Kinnock$/.test(m.text)));
  expect(kinnock).toHaveLength(1);
  expect(kinnock[0].name).toBe('Neil Kinnock');
  expect(new Set(kinnock[0].mentions.map((m) => m.text))).toEqual(new Set(['Baron Kinnock', 'Neil Kinnock', 'Lord Kinnock']));
  // His two quotes, found from "he" (a "Lord Kinnock" mention before it): the speaker is his name, not the title's.
  const speakers = article.quotes.map((q) => q.speaker).filter((name) => name !== null);
  expect(speakers).toEqual(['Neil Kinnock', 'Neil Kinnock']);
});

test('a knight is "Sir Ian", and "Mr Blair" is not him: Sir Ian Blair and Tony Blair stay apart, each with his own mentions and quotes (real BBC story)', () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'bbc-politics-379.txt'), 'utf8');
  const article = parseArticle(text);
  const mentionsOf = (name: string): string[] | undefined => article.entities.find((e) => e.name === name)?.mentions.map((m) => m.text);
  expect(mentionsOf('Ian Blair')).toEqual(['Ian Blair', 'Ian', 'Ian', 'Ian']);
  expect(mentionsOf('Tony Blair')).toEqual(['Tony Blair', 'Blair', 'Blair']);
  const speakerOf = (start: string): string | null | undefined => article.quotes.find((q) => q.text.startsWith(start))?.speaker;
  expect(speakerOf('unwise')).toBe('Ian Blair');
  expect(speakerOf('There is no greater civil liberty')).toBe('Tony Blair');
});

test('a sum of money is not part of a name, or a name: "Chelsea of £24.5m" is Chelsea, "US$42m" nothing (real BBC stories)', () => {
  // BBC News business/040 and business/250 (BBC dataset), one paragraph each.
  const umbro =
    'Umbro profits lifted by Euro 2004\n\n' +
    'In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the lucrative right to make replica shirts, would end in 2006, five years earlier than expected. The firm, which is to receive a payment from Chelsea of £24.5m, said it is "appraising a number of additional investment opportunities as a result of this compensation" . Chief executive Peter McGuigan said the firm plans to grow sales both in the UK and internationally.\n';
  const chelsea = parseArticle(umbro).entities.filter((e) => e.mentions.some((m) => m.text.includes('Chelsea')));
  expect(chelsea.map((e) => e.name)).toEqual(['Chelsea']);
  expect(chelsea[0].mentions.map((m) => umbro.slice(m.start, m.end))).toEqual(['Chelsea', 'Chelsea']);
  const lenovo =
    "Profits stall at China's Lenovo\n\n" +
    "The firm is in the international spotlight after last year signing a deal to buy the PC division of personal computer pioneer IBM. Lenovo's profit for the three months to December was HK$327m (US$42m; £22m), less than 1% up on the year before.\n";
  const names = parseArticle(lenovo).entities.map((e) => e.name);
  expect(names).toContain('Lenovo');
  for (const name of names) expect(name).not.toMatch(/[$£]\d/);
});

test('a name cut at its comma is one again when the acronym after it says so: METI (real BBC story)', () => {
  // BBC News business/046 (BBC dataset), the opening of a paragraph.
  const text =
    'Industrial output falls in Japan\n\n' +
    'According to figures from the Ministry of Economy, Trade and Industry (METI), the decline was led by a fall in demand for electronic parts for mobile phones and digital televisions. The METI figures were worse than expected.\n';
  const meti = parseArticle(text).entities.filter((e) => e.mentions.some((m) => m.text === 'METI'));
  expect(meti.map((e) => e.name)).toEqual(['Ministry of Economy, Trade and Industry']);
  const full = meti[0].mentions[0];
  expect(text.slice(full.start, full.end)).toBe('Ministry of Economy, Trade and Industry');
});

test('the headline found for the page, not just its first line, is where the recogniser\'s weak names are (a web page: menu lines first)', () => {
  const text =
    'Skip to content\nSport | Tennis\n\nClassy Henman makes winning start\n\nBy Piers Newbery\n\n' +
    'Tim Henman opened his season with a comfortable win in Doha on Monday. Henman said he was pleased with his serve. "It was a good start," Henman said.\n';
  const article = parseArticle(text);
  expect(article.headline).toBe('Classy Henman makes winning start');
  const henman = article.entities.find((e) => e.mentions.some((m) => m.text === 'Henman'));
  expect(henman?.name).toBe('Tim Henman');
  expect(article.quotes[0].speaker).toBe('Tim Henman');
});

describe('"Mr" and "Mrs" are two people', () => {
  const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

  test('"Mrs Howard" is not Michael Howard, whose "Mr Howard" is (real BBC story)', () => {
    const text = fixture('bbc-politics-011.txt');
    const article = parseArticle(text);
    const husband = article.entities.find((e) => e.name === 'Michael Howard');
    // "We want Michael to be as accessible as possible" (Liam Fox) twice: the quotes are read for names too.
    expect(husband?.mentions.map((m) => m.text)).toEqual(['Michael Howard', 'Howard', 'Michael', 'Michael']);
    expect(text.slice(0, husband?.mentions[1].start)).toMatch(/ Mr $/);
    const wife = article.entities.filter((e) => e.mentions.some((m) => text.slice(m.start - 4, m.start) === 'Mrs '));
    expect(wife).toHaveLength(1);
    expect(wife[0].mentions).toHaveLength(5);
    expect(wife[0].mentions.every((m) => /Mrs $/.test(text.slice(m.start - 4, m.start)))).toBe(true);
  });

  test('"He told Ms Sturgeon: …" is Jack McConnell speaking: "Nicola" is a woman\'s name in the counted names (real BBC story)', () => {
    const article = parseArticle(fixture('bbc-politics-019.txt'));
    const speakerOf = (start: string): string | null | undefined => article.quotes.find((q) => q.text.startsWith(start))?.speaker;
    expect(speakerOf('It is disappointing that you have contributed')).toBe('Jack McConnell');
  });

  test('"Mr. Obama" does not join "Michelle Obama", named after him; a bare "Obama" goes with the title the name has (NYT, 2016)', () => {
    // One sentence of "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton", NYT, 19 September 2016 (PolNeAR dev).
    const text =
      'President Obama is rolling out a new campaign message. The Clinton campaign plans to employ Mr. Obama and the first lady, Michelle Obama, as much as possible, Obama aides said.';
    const at = (needle: string): number => text.indexOf(needle);
    const mentions = [
      mention(text, 'Obama', 'PERSON'),
      mention(text, 'Obama', 'PERSON', at('Mr. ')),
      mention(text, 'Michelle Obama', 'PERSON'),
      mention(text, 'Obama', 'PERSON', at('Obama aides')),
    ];
    const entities = namesAndCounts(text, mentions);
    expect(entities).toEqual([
      ['Obama', 3],
      ['Michelle Obama', 1],
    ]);
  });

  test('a first name the lists give the other gender still joins when it comes first: "Philippe Sands … Mr Sands" (real BBC story)', () => {
    // BBC News politics/324 (BBC dataset), two sentences. The English name lists hold "Philippe" as a woman's name only.
    const text =
      'In his new book, Lawless World, Philippe Sands, a QC and international law professor, suggests the parliamentary answer was written in Downing Street. According to Mr Sands, Lord Goldsmith had warned Tony Blair in a document on 7 March 2003.';
    const mentions = [mention(text, 'Philippe Sands', 'PERSON'), mention(text, 'Sands', 'PERSON', at(text, 'Mr Sands')), mention(text, 'Tony Blair', 'PERSON')];
    expect(namesAndCounts(text, mentions)).toEqual([
      ['Philippe Sands', 2],
      ['Tony Blair', 1],
    ]);
  });

  test('"Mr. Clinton" and "Mrs. Clinton" join Bill and Hillary Clinton, whose names the lists leave open (NYT, 2015)', () => {
    // Three sentences of "Trump turns attacks on another Clinton", NYT, 31 December 2015 (PolNeAR train).
    const text =
      'In the past week, any semblance of a friendship between Mr. Trump and Bill Clinton came to an ugly end. ' +
      "On Saturday, Mr. Trump said on Twitter: ''Hillary Clinton has announced that she is letting her husband out to campaign.'' " +
      "Mrs. Clinton's campaign said in a statement that Mr. Clinton would campaign for her.";
    const mentions = [
      mention(text, 'Trump', 'PERSON'),
      mention(text, 'Bill Clinton', 'PERSON'),
      mention(text, 'Trump', 'PERSON', at(text, 'Saturday')),
      mention(text, 'Hillary Clinton', 'PERSON'),
      mention(text, 'Clinton', 'PERSON', at(text, "Mrs. Clinton's")),
      mention(text, 'Clinton', 'PERSON', at(text, 'Mr. Clinton')),
    ];
    expect(mergeMentions(text, mentions).map((e) => [e.name, e.mentions.map((m) => m.start)])).toEqual([
      ['Trump', [mentions[0].start, mentions[2].start]],
      ['Bill Clinton', [mentions[1].start, mentions[5].start]],
      ['Hillary Clinton', [mentions[3].start, mentions[4].start]],
    ]);
  });
});

function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  return i;
}

test('genders: titles, the English first-name lists, and the counted names for what the lists leave open', () => {
  expect([titleGender('Mr.'), titleGender('Mrs'), titleGender('Ms.'), titleGender('Lord'), titleGender('Dr.')]).toEqual(['male', 'female', 'female', 'male', null]);
  // One list only: the lists decide.
  expect([givenNameGender('Michelle'), givenNameGender('Jens')]).toEqual(['female', 'male']);
  // Both lists ("Hillary", "Bill") or neither ("Donald"): models/first-name-genders.json.
  expect([givenNameGender('Hillary'), givenNameGender('Bill'), givenNameGender('Donald')]).toEqual(['female', 'male', 'male']);
  expect(givenNameGender('Zzyzx')).toBeNull();
  expect(firstNameGender('Hillary Clinton')).toBe('female');
  expect(firstNameGender('Hillary')).toBeNull(); // one word: a surname as likely as a first name
});

describe('a person called by first name after the full name', () => {
  test('"Kelly" and "Jason" are Kelly Holmes and Jason Gardener, as the columnist calls them (real BBC story)', () => {
    // BBC News sport/070 (BBC dataset), from the columnist's paragraphs.
    const text =
      "Record fails to lift lacklustre meet\n\nAll in all, I thought it was a very encouraging evening's work for Kelly Holmes. " +
      'Yes, Samaria let Kelly get away, but there was no coming back for her. My gut feeling is that Kelly would like to run the 1500m. ' +
      'On the other hand, I think Jason Gardener is struggling. Jason has a lot of experience indoors.\n';
    const mentions = [
      mention(text, 'Kelly Holmes', 'PERSON'),
      mention(text, 'Samaria', 'PERSON'),
      mention(text, 'Kelly', 'PERSON', at(text, 'Kelly get')),
      mention(text, 'Kelly', 'PERSON', at(text, 'Kelly would')),
      mention(text, 'Jason Gardener', 'PERSON'),
      mention(text, 'Jason', 'PERSON', at(text, 'Jason has')),
    ];
    expect(namesAndCounts(text, mentions)).toEqual([
      ['Kelly Holmes', 3],
      ['Samaria', 1],
      ['Jason Gardener', 2],
    ]);
  });

  test('not a word that is a surname here, a first name two people share, or a name the text writes in lower case ("Scott County" ... "the county") (Politico 2016)', () => {
    const shared = 'Hillary Clinton met Bill Clinton and Bill de Blasio. Bill spoke, and so did Clinton.';
    const sharedMentions = [
      mention(shared, 'Hillary Clinton', 'PERSON'),
      mention(shared, 'Bill Clinton', 'PERSON'),
      mention(shared, 'Bill de Blasio', 'PERSON'),
      mention(shared, 'Bill', 'PERSON', at(shared, 'Bill spoke')),
    ];
    expect(mergeMentions(shared, sharedMentions).map((e) => e.name)).toEqual(['Hillary Clinton', 'Bill Clinton', 'Bill de Blasio', 'Bill']);
    // Three sentences of "Inside the swing-state trench warfare", Politico, 8 August 2016 (PolNeAR train), shortened, as the recogniser took them.
    const county =
      'These battlegrounds stretch from Jefferson County in Colorado to Scott County in Iowa. ' +
      "Iowa's Scott and Polk counties voted for Rubio. " +
      "They recounted conversations once they're introduced to him as the leader of the county he's visiting.";
    const countyMentions = [mention(county, 'Scott County', 'PERSON'), mention(county, 'Scott', 'PERSON', at(county, 'Scott and'))];
    expect(mergeMentions(county, countyMentions).map((e) => e.name)).toEqual(['Scott County', 'Scott']);
  });
});

test('a surname that could be a title is a surname: "Ms King" is Oona King (real BBC story)', () => {
  // BBC News politics/302 (BBC dataset), three sentences.
  const text =
    'George Galloway is to stand against pro-Iraq war Labour MP Oona King at the next general election. ' +
    'The Glasgow Kelvin MP accused Ms King of being a "New Labour stooge". Ms King said she was "delighted" at the chance to take on Mr Galloway.';
  const mentions = [
    mention(text, 'George Galloway', 'PERSON'),
    mention(text, 'Oona King', 'PERSON'),
    mention(text, 'King', 'PERSON', at(text, 'Ms King of')),
    mention(text, 'King', 'PERSON', at(text, 'Ms King said')),
    mention(text, 'Galloway', 'PERSON', at(text, 'Mr Galloway')),
  ];
  expect(namesAndCounts(text, mentions)).toEqual([
    ['George Galloway', 2],
    ['Oona King', 3],
  ]);
});

test('a first name in the headline joins the full name the story gives after it: "Boris opposes mayor apology" (real BBC story)', () => {
  // BBC News politics/075 (BBC dataset), its title line and first sentence.
  const text =
    'Boris opposes mayor apology\n\n' +
    'Ken Livingstone should "stick to his guns" and not apologise for his "Nazi" comment to a Jewish reporter, Tory MP Boris Johnson has insisted.\n';
  const article = parseArticle(text);
  const boris = article.entities.find((e) => e.mentions.some((m) => m.start === 0));
  expect(boris?.name).toBe('Boris Johnson');
  expect(boris?.mentions.map((m) => m.text)).toEqual(['Boris', 'Boris Johnson']);
});

test('a title with a family name that opens the full name: "Mr. Xi" is Xi Jinping; "Mr Howard" beside "Howard Flight" is not him (NYT 2016, real BBC story)', () => {
  // From "Obama on Climate Change: The Trends Are 'Terrifying'", NYT, 8 September 2016 (PolNeAR dev), two sentences of one paragraph.
  const xi =
    'Mr. Obama set about persuading President Xi Jinping of China to join the United States in setting ambitious reduction targets for carbon emissions. ' +
    'A casual, get-acquainted summit meeting between Mr. Obama and Mr. Xi at the Sunnylands estate in California in June 2013 had failed to break the ice.';
  const xiMentions = [
    mention(xi, 'Obama', 'PERSON'),
    mention(xi, 'Xi Jinping', 'PERSON'),
    mention(xi, 'Obama', 'PERSON', at(xi, 'Mr. Obama and')),
    mention(xi, 'Xi', 'PERSON', at(xi, 'Mr. Xi at')),
  ];
  expect(namesAndCounts(xi, xiMentions)).toEqual([
    ['Obama', 2],
    ['Xi Jinping', 2],
  ]);
  // BBC News politics/399 (BBC dataset), two sentences: Mr Howard is the Tory leader, Michael Howard.
  const flight =
    'Mr Tanguay backed that view on Tuesday, saying: "Howard Flight is ineligible to stand." The comments were not a "one-off", he said, claiming Mr Howard and other senior Tories were to blame.';
  const flightMentions = [mention(flight, 'Tanguay', 'PERSON'), mention(flight, 'Howard Flight', 'PERSON'), mention(flight, 'Howard', 'PERSON', at(flight, 'Mr Howard'))];
  expect(mergeMentions(flight, flightMentions).map((e) => e.name)).toEqual(['Tanguay', 'Howard Flight', 'Howard']);
});

describe('a headline in title case runs an organisation on into the next words', () => {
  // The headline and the first sentences of "These Are The People Missing In The EgyptAir Plane Crash", HuffPost, 19 May 2016 (PolNeAR train).
  const text =
    'These Are The People Missing In The EgyptAir Plane Crash.\n\n' +
    'The names of those on board EgyptAir Flight MS804, which crashed en route from Paris to Cairo on Thursday, are surfacing as friends and family gather at airports in both cities.\n\n' +
    'EgyptAir has confirmed that there were 56 passengers and 10 crew members on board.\n';
  const headline = { start: 0, end: text.indexOf('\n') };
  const common = (lower: string): boolean => ['plane', 'crash', 'party', 'board'].includes(lower);

  test('"EgyptAir Plane Crash" is EgyptAir, which the story names; two words or more must follow', () => {
    const mentions: Mention[] = [mention(text, 'EgyptAir Plane Crash', 'ORGANIZATION'), mention(text, 'EgyptAir', 'ORGANIZATION', headline.end), mention(text, 'EgyptAir', 'ORGANIZATION', text.indexOf('EgyptAir has'))];
    const trimmed = trimHeadlineMentions(text, mentions, headline, common);
    expect(text.slice(trimmed[0].start, trimmed[0].end)).toBe('EgyptAir');
    expect(namesAndCounts(text, trimmed, headline)).toEqual([['EgyptAir', 3]]);
    // One common word after the name is as often the organisation's own ("Democratic Party"): left whole.
    const party = 'Why The Democratic Party Could Backfire\n\nThe Democratic convention opens on Monday.\n';
    const partyMentions: Mention[] = [mention(party, 'Democratic Party', 'ORGANIZATION'), mention(party, 'Democratic', 'MISC', 40)];
    expect(trimHeadlineMentions(party, partyMentions, { start: 0, end: party.indexOf('\n') }, common)[0].text).toBe('Democratic Party');
  });

  test('not a name the story writes as it stands, capitalised: "U.K. INTERVENTION BOARD" is the U.K. Intervention Board (Reuters-21578)', () => {
    // The opening of Reuters-21578 story 1440, shortened.
    const wire =
      'U.K. INTERVENTION BOARD DETAILS EC SUGAR SALES\n\n' +
      "    LONDON, March 4 - A total 60,500 tonnes of current series\nwhite sugar received export rebates at today's\nEuropean Community (EC) tender, the U.K. Intervention Board\nsaid.\n" +
      '    Out of this, traders in the U.K. Received 43,500 tonnes, in\nthe Netherlands 12,000.\n';
    const mentions: Mention[] = [mention(wire, 'U.K. INTERVENTION BOARD', 'ORGANIZATION'), mention(wire, 'U.K. Intervention Board', 'ORGANIZATION'), mention(wire, 'U.K.', 'LOCATION', wire.indexOf('the U.K. Received') + 4)];
    expect(trimHeadlineMentions(wire, mentions, { start: 0, end: wire.indexOf('\n') }, (lower) => ['intervention', 'board'].includes(lower))[0].text).toBe('U.K. INTERVENTION BOARD');
  });

  test('in a title-case headline, a mention of common words only is nobody\'s name: "Plague Diagnosed" (webdumps ea25dd7e, NPR)', () => {
    // The page's headline, a paragraph of its story, and its title again in a share line.
    const page =
      'Three Cases of Plague Diagnosed in China\n\n' +
      'Chinese authorities have confirmed a third case of plague this month, after two cases of pneumonic plague were diagnosed in Beijing.\n\n' +
      'Share: Three Cases of Plague Diagnosed in China\n';
    const headline = { start: 0, end: page.indexOf('\n') };
    const mentions: Mention[] = [mention(page, 'Plague Diagnosed', 'LOCATION'), mention(page, 'China', 'LOCATION'), mention(page, 'Beijing', 'LOCATION')];
    const common = (lower: string): boolean => ['diagnosed', 'cases'].includes(lower);
    expect(trimHeadlineMentions(page, mentions, headline, common).map((m) => m.text)).toEqual(['China', 'Beijing']);
    // In sentence case the recogniser had lower case to stop at: its mention stands.
    const sentenceCase = page.replace('Three Cases of Plague Diagnosed in China\n', 'Three cases of Plague Diagnosed in China\n');
    expect(trimHeadlineMentions(sentenceCase, mentions, headline, common).map((m) => m.text)).toEqual(['Plague Diagnosed', 'China', 'Beijing']);
  });

  test('a title-case run of names the story mentions and common words becomes those names: "Clinton Breaks With Obama" (PolNeAR west-journal_2016-09-23)', () => {
    const story =
      'Clinton Breaks With Obama On 9/11 Lawsuit Bill.\n\n' +
      'As President Obama appears set to veto legislation that would allow 9/11 families to sue Saudi Arabia, Democratic nominee Hillary Clinton apparently disagrees with her former boss.\n\n' +
      'According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win in November, she would sign this legislation.\n';
    const headline = { start: 0, end: story.indexOf('\n') };
    const body = headline.end;
    const mentions: Mention[] = [
      mention(story, 'Clinton Breaks With Obama', 'ORGANIZATION'), mention(story, 'Obama', 'PERSON', body), mention(story, 'Hillary Clinton', 'PERSON', body),
      mention(story, 'Clinton', 'PERSON', story.indexOf('Clinton spokesman')),
    ];
    const common = (lower: string): boolean => ['break', 'breaks', 'with'].includes(lower);
    const trimmed = trimHeadlineMentions(story, mentions, headline, common).filter((m) => m.start < headline.end);
    expect(trimmed.map((m) => [m.text, m.type])).toEqual([['Clinton', 'PERSON'], ['Obama', 'PERSON']]);
    expect(trimmed.map((m) => story.slice(m.start, m.end))).toEqual(['Clinton', 'Obama']);
    // One name with a common word after it may be a name of its own: "Democratic Party" stays whole.
    const party = 'Why The Democratic Party Is Losing Young Voters\n\nDemocratic leaders say the young will come back.\n';
    const partyMentions = [mention(party, 'Democratic Party', 'ORGANIZATION'), mention(party, 'Democratic', 'MISC', party.indexOf('\n'))];
    expect(trimHeadlineMentions(party, partyMentions, { start: 0, end: party.indexOf('\n') }, (lower) => lower === 'party')[0].text).toBe('Democratic Party');
  });

  test('a page\'s copy of its own title does not make the run a name the story writes: "NASA Picks SpaceX" is NASA (webdumps c50845a7, Space.com)', () => {
    // The page's headline, its first paragraph, and the title again in a list of related stories.
    const page =
      'NASA Picks SpaceX, Blue Origin and More to Join Private Moon Lander Project\n\n' +
      "NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other commercial lunar lander ideas to join its Artemis moon program.\n\n" +
      '    NASA Picks SpaceX, Blue Origin and More to Join Private Moon Lander Project\n';
    const headline = { start: 0, end: page.indexOf('\n') };
    const mentions: Mention[] = [mention(page, 'NASA Picks SpaceX', 'ORGANIZATION'), mention(page, 'NASA', 'ORGANIZATION', headline.end), mention(page, 'SpaceX', 'ORGANIZATION', headline.end)];
    expect(trimHeadlineMentions(page, mentions, headline, (lower) => lower === 'pick')[0].text).toBe('NASA');
  });

  test('webdumps 57e2e988 at 80 columns: "Names Mobile Marketing Pioneer" of a title-case headline is no organisation; Ivan Braiker stays', () => {
    const article = parseArticle(readFileSync(join(__dirname, '..', 'fixtures', 'wrapped', 'my6sense-57e2e988.cols80.txt'), 'utf8'));
    const names = article.entities.map((e) => e.name);
    expect(names).not.toContain('Names Mobile Marketing Pioneer');
    expect(article.entities.find((e) => e.name === 'Ivan Braiker')?.type).toBe('PERSON');
  });
});

describe('a headline in title case runs names on: they are cut back to the person the story names', () => {
  test('"… Bernie Sanders Could Backfire" is Bernie Sanders; "Sony PSP" stays whole (HuffPost 2015, BBC; the recogniser\'s spans)', () => {
    // The headline and the first sentence of "Why The Democratic Party's Move Against Bernie Sanders Could Backfire", HuffPost, 20 December 2015 (PolNeAR train).
    const text =
      'Why The Democratic Party’s Move Against Bernie Sanders Could Backfire.\n\n' +
      'In the third Democratic presidential primary debate Saturday, Sen. Bernie Sanders (I-Vt.) apologized to his supporters and to Hillary Clinton for his campaign’s accessing of her proprietary voter data earlier in the week.\n';
    const headline = { start: 0, end: text.indexOf('\n') };
    const mentions: Mention[] = [
      mention(text, 'Bernie Sanders Could Backfire', 'PERSON'),
      mention(text, 'Bernie Sanders', 'PERSON', headline.end),
      mention(text, 'Hillary Clinton', 'PERSON'),
    ];
    const common = (lower: string): boolean => lower === 'could';
    const trimmed = trimHeadlineMentions(text, mentions, headline, common);
    expect(trimmed[0].text).toBe('Bernie Sanders');
    expect(text.slice(trimmed[0].start, trimmed[0].end)).toBe('Bernie Sanders');
    expect(namesAndCounts(text, trimmed, headline)).toEqual([
      ['Bernie Sanders', 2],
      ['Hillary Clinton', 1],
    ]);
    // Not when the word after the name is no common word.
    expect(trimHeadlineMentions(text, mentions, headline, () => false)[0].text).toBe('Bernie Sanders Could Backfire');
    // A headline's verb in the -s form counts by its stem: "Sees" by "see", which news mostly writes in lower case.
    // The headline and first sentence of "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton", NYT, 19 September 2016 (PolNeAR dev).
    const sees =
      "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.\n\n" +
      'With Democratic leaders increasingly worried about a lack of passion for Hillary Clinton among young black voters, President Obama is rolling out a new and more personal campaign message: "It\'s about me."\n';
    const seesHeadline = { start: 0, end: sees.indexOf('\n') };
    const seesMentions: Mention[] = [mention(sees, 'Obama Sees', 'PERSON'), mention(sees, 'Hillary Clinton', 'PERSON', seesHeadline.end), mention(sees, 'Obama', 'PERSON', seesHeadline.end)];
    expect(trimHeadlineMentions(sees, seesMentions, seesHeadline, (lower) => lower === 'see')[0].text).toBe('Obama');
    expect(trimHeadlineMentions(sees, seesMentions, seesHeadline, () => false)[0].text).toBe('Obama Sees');
    // BBC News tech/025 (BBC dataset): its title line and one sentence. "PSP" is no word written in lower case.
    const psp = 'Sony PSP console hits US in March\n\nSony is entering a market which has been dominated by Nintendo for many years.\n';
    const pspMentions: Mention[] = [mention(psp, 'Sony PSP', 'PERSON'), mention(psp, 'Sony', 'PERSON', 10), mention(psp, 'Nintendo', 'ORGANIZATION')];
    expect(trimHeadlineMentions(psp, pspMentions, { start: 0, end: psp.indexOf('\n') }, () => false)[0].text).toBe('Sony PSP');
  });
});

test('a name the English lists lack joins the full name it opens when it is no common word: "Deng said" is Deng Xiaoping (Reuters-21578)', () => {
  // Reuters-21578, story 871 (3 March 1987), whole.
  const text =
    "DENG SAYS CHINA'S TROUBLES OVER\n\n" +
    '    PEKING, March 3 - Chinese leader Deng Xiaoping told\nvisiting U.S. Secretary of State George Shultz China\'s recent\ntroubles were over.\n' +
    "    The two discussed Washington's scandal over U.S. Arms sales\nto Iran and China's political situation after the fall of\nCommunist Party leader Hu Yaobang.\n" +
    '    Deng said: "I know the President has had some difficulties\nbut I think now it doesn\'t matter. When one is running a\ngovernment one has to deal with troubles."\n' +
    '    "As for the troubles we recently encountered, they are over,"\nDeng added.\n REUTER\n';
  const article = parseArticle(text);
  expect(article.quotes.map((q) => q.speaker)).toEqual(['Deng Xiaoping', 'Deng Xiaoping']);
  expect(article.entities.find((e) => e.name === 'Deng Xiaoping')?.mentions.map((m) => m.text)).toEqual(['DENG', 'Deng Xiaoping', 'Deng', 'Deng']);
});

test('a title only a person bears makes a person of the mention, whatever the recogniser said: "Lord Browne", not "Lord Chief Justice" or "Miss Universe"', () => {
  // A sentence each of BBC News business/221 and politics/119 (BBC dataset) and of "In satirizing the elite…" (Washington Post, 8 November 2015,
  // PolNeAR train; shortened), with the types the recogniser gives them in those stories.
  const text =
    'Lord Browne said the profits were not solely down to the high oil price alone. ' +
    "The Lord Chief Justice, Lord Woolf, who is the most senior judge in England and Wales, said it was Lord Scarman's \"pioneering work\" which paved the way for the Human Rights Act 1998. " +
    'Televisa decided against broadcasting his "Miss Universe" pageant.';
  const typeOf = (needle: string, type: EntityType): string => mergeMentions(text, [mention(text, needle, type)])[0].type;
  expect(typeOf('Lord Browne', 'ORGANIZATION')).toBe('PERSON');
  expect(typeOf('Lord Woolf', 'LOCATION')).toBe('PERSON');
  expect(typeOf('Lord Chief Justice', 'ORGANIZATION')).toBe('ORGANIZATION');
  expect(typeOf('Miss Universe', 'MISC')).toBe('MISC');
});

test('a hyphenated name part is no word written in lower case: "Ban" joins "Ban Ki-moon" though the text has no "moon" (Washington Post 2016)', () => {
  // Two sentences of "Outrage, but few options on the table", Washington Post, 10 September 2016 (PolNeAR dev).
  const text =
    'Secretary General Ban Ki-moon condemned what he called a "brazen breach" of U.N. resolutions. ' +
    'Ban, a diplomat from South Korea, will finish his term by the end of the year.';
  const mentions = [mention(text, 'Ban Ki-moon', 'PERSON'), mention(text, 'Ban', 'PERSON', at(text, 'Ban, a')), mention(text, 'South Korea', 'LOCATION')];
  expect(namesAndCounts(text, mentions, null, () => false)).toEqual([
    ['Ban Ki-moon', 2],
    ['South Korea', 1],
  ]);
});

test('a first name after a kinship word joins the full name the story gives later: "his wife, Heidi, and his father, Rafael" (Washington Post 2016)', () => {
  // The headline and a paragraph of "Ah, friends once more: Ted Cruz endorses Trump, who says he is honored", Washington Post, 26 September 2016
  // (PolNeAR dev), shortened.
  const text =
    'Ah, friends once more: Ted Cruz endorses Trump, who says he is honored.\n\n' +
    'The truth, the senator said then, was that Trump had personally attacked his wife, Heidi, and his father, Rafael. ' +
    'Citing an unfounded conspiracy theory, Trump repeatedly accused Rafael Cruz, who was born and raised in Cuba, of associating with Lee Harvey Oswald. ' +
    "Trump also retweeted an unflattering photo of Heidi Cruz contrasted with a photo of Trump's wife, Melania, a former model.";
  const mentions = [
    mention(text, 'Ted Cruz', 'PERSON'),
    mention(text, 'Heidi', 'PERSON'),
    mention(text, 'Rafael', 'PERSON'),
    mention(text, 'Rafael Cruz', 'PERSON'),
    mention(text, 'Lee Harvey Oswald', 'PERSON'),
    mention(text, 'Heidi Cruz', 'PERSON'),
    mention(text, 'Melania', 'PERSON'),
  ];
  expect(namesAndCounts(text, mentions)).toEqual([
    ['Ted Cruz', 1],
    ['Heidi Cruz', 2],
    ['Rafael Cruz', 2],
    ['Lee Harvey Oswald', 1],
    ['Melania', 1],
  ]);
});

test('a name with its words clipped is the full name (BBC News, politics/054 and sport/101)', () => {
  // ../shared/corpora/bbc/politics/054.txt: its headline and two sentences of its third paragraph.
  const text =
    "Lib Dems 'to target stamp duty'\n\nThe Labour party said the Liberal Democrats needed to explain how they would pay for the plan. " +
    'The plan forms part of a wider Lib Dems policy to encourage first time buyers.\n';
  const parties = parseArticle(text).entities.filter((e) => e.mentions.some((m) => m.text.startsWith('Lib')));
  expect(parties.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Liberal Democrats', ['Lib Dems', 'Liberal Democrats', 'Lib Dems']]]);
  // A suffix makes another word: a people is not its place ("Korean", "Yorkers", "Eastern").
  const places = 'Man City beat Manchester City fans in New York, said New Yorkers from the Middle East and Middle Eastern visitors.';
  expect(
    namesAndCounts(places, [
      mention(places, 'Man City', 'ORGANIZATION'), mention(places, 'Manchester City', 'ORGANIZATION'),
      mention(places, 'New York', 'LOCATION'), mention(places, 'New Yorkers', 'MISC'),
      mention(places, 'Middle East', 'LOCATION'), mention(places, 'Middle Eastern', 'MISC'),
    ]),
  ).toEqual([['Manchester City', 2], ['New York', 1], ['New Yorkers', 1], ['Middle East', 1], ['Middle Eastern', 1]]);
});
