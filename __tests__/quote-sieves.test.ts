/**
 * Each attribution sieve and each quote kind on short real excerpts. Sources: PolNeAR dev
 * (../shared/corpora/polnear/dev/text/<file>.txt, US political news 2016), the BBC News
 * dataset (../shared/corpora/bbc/<category>/<n>.txt), webdumps (../shared/corpora/webdumps),
 * each named above its test. Excerpts are cut from the article and put under its headline so
 * that the parser reads them as a story; the words are the article's.
 */
import { parseArticle } from '../src';
import { findQuotes, findSingleQuotes } from '../src/quotes/find';
import { Quote } from '../src/types';

/** A story: the article's own headline line, then the excerpt's paragraphs. */
const story = (headline: string, ...paragraphs: string[]): string => `${headline}\n\n${paragraphs.join('\n\n')}\n`;

function quoteOf(text: string, start: string): Quote {
  const q = parseArticle(text).quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}"`);
  return q;
}

describe('cue sieves', () => {
  // PolNeAR dev, politico_2016-09-22_house-panel-votes-to-hold-clinto
  test('cue after the quote, a title and a party tag between name and cue', () => {
    const text = story(
      'House panel votes to hold Clinton tech aide Bryan Pagliano in contempt.', 
      '"We cannot have people come here and deny the right under the Constitution for us to question them," Rep. John Mica (R-Fla.) said.',
    );
    const q = quoteOf(text, 'We cannot');
    expect([q.speaker, q.by, q.cue?.text, q.speakerMention?.text]).toEqual(['John Mica', 'cue-after:entity', 'said', 'John Mica']);
    expect(text.slice(q.cue!.start, q.cue!.end)).toBe('said');
  });

  // PolNeAR dev, huff-post_2016-09-27_obama-power-plant-rules-face-key
  test('a name after the quote with a long apposition before the cue', () => {
    const q = quoteOf(
      story('Obama Power Plant Rules Face Key Test In U.S. Court.', '“It’s an invasion, in our estimation, of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event this month.'),
      'It’s an invasion',
    );
    expect([q.speaker, q.by]).toEqual(['Scott Pruitt', 'cue-after:apposition']);
  });

  // PolNeAR dev, huff-post_2016-09-22_trump-the-dealmaker-could-addres
  test('a question mark before "X asked" does not end the sentence; the next quote keeps the speaker', () => {
    const text = story(
      'Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.', 
      'In his speech, Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of environmental awareness.',
      '“Does anybody know what the environmental platform of the Republican Party is?” Graham asked. “Neither do I.”',
    );
    expect([quoteOf(text, 'Does anybody').speaker, quoteOf(text, 'Does anybody').by]).toEqual(['Graham', 'cue-after:entity']);
    expect([quoteOf(text, 'Neither').speaker, quoteOf(text, 'Neither').by]).toEqual(['Graham', 'previous-sentence:entity']);
  });

  // PolNeAR dev, usa-today_2016-09-08_candidates-vie-for-vets-support-
  test('far from the cue before the quote, the sentence subject speaks, not a name in the relative clause', () => {
    const q = quoteOf(
      story("Candidates vie for vets' support;", `Rucker Culpepper, who runs Clinton's get-out-the-vote effort for military veterans' families, said, "Trump has been disrespecting our veterans and military for decades, proving he's unqualified and temperamentally unfit to be commander in chief."`),
      'Trump has been',
    );
    expect(q.speaker).toBe('Rucker Culpepper');
    expect(q.by).toMatch(/^cue-before:/);
  });

  // PolNeAR dev, politico_2016-10-04_trump-not-walking-the-walk-on-hi
  test('inverted cue: "Said Ellis:"', () => {
    const q = quoteOf(story('Trump not walking the walk on his tax claims.', 'Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”'), 'I don’t get');
    expect(q.speaker).toBe('Ellis');
    expect(q.by).toMatch(/^cue-before:/);
  });

  // PolNeAR dev, huff-post_2016-09-27_latinos-share-their-most-honest-
  test('dash signature closing a vox-pop line', () => {
    const q = quoteOf(
      story('31 Latinos Share Their Most Honest Thoughts On Donald Trump.', '“Trump must stop portraying Latinos as dangerous gangsters when most of us are hard-working, tax-paying, successful entrepreneurs, unlike him.”― Carla Sanchez.'),
      'Trump must stop',
    );
    expect([q.speaker, q.by, q.speakerMention?.text]).toEqual(['Carla Sanchez', 'dash', 'Carla Sanchez']);
  });
});

describe('pronoun sieve', () => {
  // PolNeAR dev, huff-post_2016-09-27_hillary-clinton-goes-after-donal
  test('"he said" is the subject of the sentence before, not the nearest name', () => {
    const q = quoteOf(
      story(
        'Hillary Clinton Goes After Donald Trump As The New Mitt Romney.',
        'Sen. David Perdue (R-Ga.) said he didn’t believe those characterizations did Romney in in 2012, arguing that it was divisions in the Republican Party that were a bigger hurdle.',
        '“It’s not what worked in 2012. Those are just distractions,” he said.',
      ),
      'It’s not what',
    );
    expect([q.speaker, q.by, q.speakerMention?.text]).toEqual(['David Perdue', 'cue-after:pronoun', 'he']);
  });

  // PolNeAR dev, wash-post_2016-09-25_phone-video-is-first-public-look
  test('"she says" passes over a man and finds the woman, under her own first name', () => {
    const q = quoteOf(
      story(
        'Phone video is first public look at Charlotte death.',
        'The recording does not include a view of the shooting itself, which occurred Tuesday afternoon as Keith Lamont Scott, a 43-year-old black man, was sitting in his parked vehicle outside his apartment.',
        'It shows an officer aiming a gun at an unseen Scott while police shout at him to drop his gun. Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.',
        '"Don\'t shoot him," she says.',
      ),
      "Don't shoot him",
    );
    expect([q.speaker, q.by]).toEqual(['Rakeyia Scott', 'cue-after:pronoun']);
  });
  // PolNeAR dev, west-journal_2016-09-28_clinton-campaign-reportedly-scra
  test('"she said" finds a speaker the recogniser missed ("McLenney said …"), not the woman she speaks of', () => {
    const text = story(
      'Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida.',
      'McLenney said Clinton doesn’t show consistency in her concern for racial issues.',
      '“It’s not something that she continuously says, it’s only like when the media gets a video of a black person getting shot,” she said.',
    );
    const q = quoteOf(text, 'It’s not something');
    expect([q.speaker, q.by]).toEqual(['McLenney', 'cue-after:pronoun']);
  });
});

describe('description sieves', () => {
  // PolNeAR dev, politico_2016-09-17_de-blasio-says-chelsea-explosion
  test('"the mayor" is the person given that title', () => {
    const q = quoteOf(
      story(
        "De Blasio says Chelsea explosion was an 'intentional act.'",
        'Twenty-nine people were injured tonight in a densely packed Chelsea neighborhood by an explosion that Mayor Bill de Blasio described as “an intentional act.”',
        '"We do not see a link to terrorism," the mayor said, adding that it would take "more hours” before details emerge.',
      ),
      'We do not see',
    );
    expect([q.speaker, q.by, q.speakerMention?.text]).toEqual(['Bill de Blasio', 'cue-after:description', 'the mayor']);
  });

  // BBC News, business/462
  test('"the company" is the organisation the story is about', () => {
    const q = quoteOf(
      story(
        'GM issues 2005 profits warning',
        'General Motors has warned that it expects earnings this year be lower than in 2004.',
        'GMAC has been a strong contributor to profits in 2004 but GM said it will do less well this year, delivering net income of $2.5bn. "Attaining earnings of $10 a share remains GM\'s goal," the company said, adding it believes it can achieve this in 2007.',
      ),
      'Attaining earnings',
    );
    expect([q.speaker, q.by]).toEqual(['General Motors', 'cue-after:description']);
  });

  // BBC News, politics/056
  test('an unnamed spokesman of a named office speaks for it', () => {
    const text = story(
      'Citizenship event for 18s touted',
      '"It represents a move away from the one-size-fits-all approach to focus on specifics within cultural groups," said a Home Office spokesman.',
    );
    expect(quoteOf(text, 'It represents').speaker).toBe('Home Office');
  });

  // BBC News, sport/136
  test('"the spokesman" after "a Bayern spokesman" names no one, not the player spoken of', () => {
    const q = quoteOf(
      story(
        'Iranian misses Israel match',
        'A Bayern spokesman said on Monday that the decision not to take Hashemian to Israel had been motivated only by his physical condition. "He\'s got back pain and he couldn\'t train," the spokesman said.',
      ),
      "He's got back pain",
    );
    expect([q.speaker, q.cue?.text, q.by]).toEqual([null, 'said', 'cue-after:unresolved']);
  });

  // BBC News, politics/253
  test('"the prime minister" is not the deputy prime minister named later; with no one titled so, the subject before', () => {
    const q = quoteOf(
      story(
        'Blair dismisses quit claim report',
        'Tony Blair has dismissed reports he told Gordon Brown he would quit before the next general election.',
        '"You don\'t do deals over jobs like this," the prime minister told BBC One\'s Breakfast with Frost programme.',
        'And that at a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of his intention to stand down.',
      ),
      "You don't do deals",
    );
    expect([q.speaker, q.by, q.speakerMention?.text]).toEqual(['Tony Blair', 'cue-after:description', 'the prime minister']);
  });
});

// BBC News, politics/072
test('continuation: a quote paragraph with no cue carries on the previous speaker', () => {
  const text = story(
    "'No more concessions' on terror",
    'But Mr Clarke told BBC Radio 4\'s Today programme he believed the changes he had made to the Bill to win over critics in the Commons should be sufficient to satisfy colleagues in the Lords. "No Bill goes through Parliament without detailed consideration being made, but I believe that what I announced yesterday will be sufficient to secure the agreement of the House of Lords," he said.',
    '"I have no desire to make further so-called concessions on the Bill." Mr Clarke\'s proposed amendment will be debated by the Lords on Tuesday.',
  );
  const q = quoteOf(text, 'I have no desire');
  expect([q.speaker, q.by]).toEqual(['Clarke', 'continuation']);
});

// PolNeAR dev, huff-post_2016-09-20_hillary-clinton-speaks-directly-
test('a split quote ("A?" X said. "B.") gives both parts the same speaker', () => {
  const text = story(
    'Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.',
    '“How many times do we have to see this in our country?” Clinton said. “In Tulsa, an unarmed man with his hands in the air. This is just unbearable. And it needs to be intolerable.”',
  );
  // The headline names her in full.
  expect(quoteOf(text, 'How many').speaker).toBe('Hillary Clinton');
  expect(quoteOf(text, 'In Tulsa').speaker).toBe('Hillary Clinton');
});

describe('quote kinds', () => {
  // PolNeAR dev, breitbart_2016-09-29_politifact-donald-trump-is-right and breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-
  test('direct speech, a partial quote with its speaker, a title', () => {
    const text = story(
      'Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year.', 
      'Trump responded by using the example of Chicago to prove that gun control is not the solution. He said: "We have a situation where we have our inner cities."',
      'Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago this year alone.',
      'On this weekend’s broadcast of “Fox News Sunday,” Republican vice-presidential nominee Gov. Mike Pence spoke.',
    );
    expect(quoteOf(text, 'We have a situation').kind).toBe('direct');
    expect(quoteOf(text, 'thousands of shootings').kind).toBe('partial');
    expect(quoteOf(text, 'Fox News Sunday').kind).toBe('title');
  });

  // PolNeAR train, huff-post "Broad City" (a list of actors' remarks)
  test('a title opening a sentence and qualifying the next word is a title, not speech', () => {
    expect(quoteOf(story('17 Of The Most Powerful Things Latinos Said In 2015 That Got Us Thinking.', '“Broad City” star Arturo Castro turned the tables.'), 'Broad City').kind).toBe('title');
  });

  // PolNeAR dev, huff-post_2016-09-20_elizabeth-warren-hammers-wells-f
  test('quoted words the sentence runs on from are partial', () => {
    const q = quoteOf(
      story('Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’', '“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price and your compensation, she said.'),
      'You squeezed',
    );
    expect(q.kind).toBe('partial');
    expect(quoteOf(story('Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’', '“This just isn’t right,” Warren said.'), 'This just').kind).toBe('direct');
  });
});

describe('quotation marks', () => {
  // webdumps, c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829 (a Russian page)
  // and 7ab16ade32386ece353b8d31fc3bb7e660189efd5bf3c8549aaba101ad3f5ef5 (a stray mark in a footer)
  test('guillemets pair; a lone one opens nothing', () => {
    const text = '53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»';
    const [q] = findQuotes(text, [{ start: 0, end: text.length }]);
    expect(text.slice(q.start, q.end)).toBe('Посмотри на красотку, которая превратилась в старуху');
    const footer = '  • Back to Top «';
    expect(findQuotes(footer, [{ start: 0, end: footer.length }])).toHaveLength(0);
  });

  // BBC News headlines: business/031 ("Call centre users 'lose patience'"), business/004, business/010
  test('single quotes in headlines, apostrophes never', () => {
    const single = (t: string): string[] => findSingleQuotes(t, { start: 0, end: t.length }).map((q) => t.slice(q.start, q.end));
    expect(single("Call centre users 'lose patience'")).toEqual(['lose patience']);
    expect(single("Rover deal 'may cost 2,000 jobs'")).toEqual(['may cost 2,000 jobs']);
    expect(single("High fuel prices hit BA's profits")).toEqual([]);
    expect(single("India's rupee hits five-year high")).toEqual([]);
  });

  // The seed (fixtures/nato-stoltenberg.txt): headline and standfirst
  test('the seed headline quote is attributed; the standfirst\'s "allies\' troops" is no quote', () => {
    const seed = parseArticle(
      "NATO chief Jens Stoltenberg says 'won't agree' to keep military within pre-1997 borders\n\n" +
        "Stoltenberg said the military alliance would not pull back its allies' troops from member states that joined since 1997.\n",
    );
    expect(seed.headlineQuotes.map((q) => [q.text, q.speaker, q.cue?.text])).toEqual([["won't agree", 'Jens Stoltenberg', 'says']]);
    const standfirst = "stated that the military alliance would not pull back its allies' troops from member states";
    expect(findSingleQuotes(standfirst, { start: 0, end: standfirst.length })).toHaveLength(0);
  });
});
