/** Page furniture is claimed before anything else reads the lines. */
import { Document } from '../src/document/document';
import { boilerplateExtractor } from '../src/extractors/boilerplate';
import { Context } from '../src/pipeline/context';

function roles(text: string): Array<[string, string]> {
  const ctx = new Context(new Document(text), {});
  boilerplateExtractor.run(ctx);
  return ctx.doc.lines.filter((l) => !l.blank).map((l) => [ctx.doc.lineText(l), ctx.roles[l.index]]);
}

test('the seed: adverts and image credits (credits are also reported)', () => {
  const text = 'Reported by: Dipaneeta Das\nIMAGE: AP | Image:self\nAdvertisement\n\nBody text here.\n\n(Image: AP)\n';
  const ctx = new Context(new Document(text), {});
  boilerplateExtractor.run(ctx);
  expect(ctx.roles).toEqual(['body', 'credit', 'advert', 'body', 'body', 'body', 'credit']);
  expect(ctx.found.credits.map((c) => [c.name, text.slice(c.start, c.end)])).toEqual([['AP', 'AP'], ['AP', 'AP']]);
});

test("The Sun's pictures: caption, picture count, caption with its credit run on (webdumps 8b194530)", () => {
  const text =
    'The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death, say officials.\n\n' +
    'Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatment\n6\n\n' +
    'Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatmentCredit: EPA\n\n' +
    'Health bosses said that 28 people in close contact with the hunter were initially quarantined to stop it being transmitted further.\n';
  const ctx = new Context(new Document(text), {});
  boilerplateExtractor.run(ctx);
  expect(ctx.doc.lines.filter((l) => !l.blank).map((l) => ctx.roles[l.index])).toEqual(['body', 'caption', 'boilerplate', 'credit', 'body']);
  expect(ctx.found.credits.map((c) => [c.name, text.slice(c.start, c.end)])).toEqual([['EPA', 'EPA']]);
});

test('an AP photo caption and its credit line (webdumps 82b6d780, shortened)', () => {
  expect(
    roles(
      'FILE - In this Monday, Oct. 28, 2019, file photo, U.S. Ambassador to the European Union Gordon Sondland walks to a secure area.\n' +
        'Patrick Semansky, ASSOCIATED PRESS\n\nWASHINGTON (AP) — Ambassador Gordon Sondland faces questions.\n',
    ),
  ).toEqual([
    ['FILE - In this Monday, Oct. 28, 2019, file photo, U.S. Ambassador to the European Union Gordon Sondland walks to a secure area.', 'caption'],
    ['Patrick Semansky, ASSOCIATED PRESS', 'credit'],
    ['WASHINGTON (AP) — Ambassador Gordon Sondland faces questions.', 'body'],
  ]);
});

test('a picture agency alone on a line is a credit; a news agency alone is left to the sign-off (PolNeAR train, huff-post_2015-12-22 and _2016-08-12)', () => {
  const text =
    'Salma Hayek Described Her Experience Being Discriminated Against.\n\nGetty.\n\nDuring a HuffPost Live interview in August, the actress was asked if she\u2019d ever been discriminated against.\n\n' +
    'Bloomberg/Getty Images.\n\nReuters\n';
  const ctx = new Context(new Document(text), {});
  boilerplateExtractor.run(ctx);
  expect(ctx.doc.lines.filter((l) => !l.blank).map((l) => ctx.roles[l.index])).toEqual(['body', 'credit', 'body', 'credit', 'signoff']);
  expect(ctx.found.credits.map((c) => [c.name, text.slice(c.start, c.end)])).toEqual([['Getty', 'Getty'], ['Bloomberg/Getty Images', 'Bloomberg/Getty Images']]);
});

test('an AP byline is not a photo credit (webdumps a6968f42)', () => {
  expect(roles('Deval Patrick takes nascent 2020 campaign to South Carolina\n\nMeg Kinnard and Errin Haines, Associated Press\n')).toEqual([
    ['Deval Patrick takes nascent 2020 campaign to South Carolina', 'body'],
    ['Meg Kinnard and Errin Haines, Associated Press', 'body'],
  ]);
});

test('cookie notices, skip links, menus and share buttons; a story about cookies is left alone', () => {
  expect(
    roles(
      'We use cookies to personalise content and ads. By continuing to use our service, you agree to our use of cookies.\n' +
        'Skip to main content\n  • World\n      □ Europe\nShare\n\n' +
        'Kraft plans to cut back on advertising of products like Oreo cookies and sugary Kool-Aid drinks.\n\n Reuter\n',
    ).map(([, role]) => role),
  ).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'signoff']);
});

test('links set in a story, labels under it, gallery and share controls (webdumps 3c5bf8db, c13b9c0e, 05844573, 57e2e988, 2c46804d)', () => {
  const lines = [
    'Related: The 15 Weirdest Galaxies in Our Universe',
    'READ MORE: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing',
    'Tags: ads, advertisement, awareness, meth, methamphetamine, nation, news, south dakota',
    'Wordcount: 717',
    'Image 1 of / 23',
    'Image 3 of 5',
    'Back to Gallery',
    'Share on facebook',
    'Shares',
    '• Video shows dramatic rescue of kidnapped girl: "We got her!"   • Man arrested after 7 trafficking victims found',
  ];
  expect(roles(lines.join('\n\n'))).toEqual(lines.map((l) => [l, 'boilerplate']));
});

test('sentences that open with those words stay story', () => {
  const lines = [
    'Related: the company said its profits rose by a fifth.',
    'Tags are attached to every parcel that leaves the depot.',
    'Image rights were sold in 2019, the club said.',
    '• The first point of the plan is to cut the waiting lists.',
  ];
  expect(roles(lines.join('\n\n'))).toEqual(lines.map((l) => [l, 'body']));
});

test('a photo caption printed twice, line after line, or with its "less"/"more" toggle is a caption; a paragraph repeated after a blank line, and wire copy sent twice, stay story', () => {
  // A gallery on a Hearst page (webdumps aec5deea and db6b0816), shortened.
  const caption =
    'Democratic presidential candidate South Bend, Ind., Mayor Pete Buttigieg speaks during a fundraiser for the Nevada Democratic Party, Sunday, Nov. 17, 2019, in Las Vegas.';
  const toggled =
    'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019. less';
  expect(roles(`• ${caption}\n${caption}\n\n${toggled}\n\nImage 1 of 13\n\nLAS VEGAS (AP) — The candidates spoke on Sunday.\n`).map((r) => r[1])).toEqual([
    'caption', 'caption', 'caption', 'boilerplate', 'body',
  ]);
  expect(roles(`${caption}\n\n${caption}\n`).map((r) => r[1])).toEqual(['body', 'body']);
  // A space.com slide (webdumps c50845a7): counter, caption, blank lines, caption, credit.
  const slide = "An artist's concept of Blue Origin's Blue Moon lander.";
  expect(roles(`Image 2 of 5\n\n${slide}\n\n\n${slide}\n\n(Image credit: Blue Origin)\n`).map((r) => r[1])).toEqual([
    'boilerplate', 'caption', 'caption', 'credit',
  ]);
  // A headline printed twice under a menu's bullet (webdumps f344ca5f) is no caption.
  const headline = 'Scientists use Hawaii telescope to spot water vapor on distant moon';
  expect(roles(`  • Top Local Stories\n\n${headline}\n\n${headline}\n`).map((r) => r[1])).toEqual(['boilerplate', 'body', 'body']);
  // Reuters-21578 #4744, lines 15-18, which the story repeats from line 25: lines wrapped at 70.
  const wire =
    '    Among finished goods, the index for energy products rose\nfour pct in February after a 9.8 pct increase in January. But\n' +
    'price increases slowed sharply for gasoline and home heating\noil, the department said.\n';
  expect(roles(wire + wire).every(([, role]) => role === 'body')).toBe(true);
});

test('a numbered list of titles, 1, 2, 3 …, is a box of links; a story\'s own numbered steps are sentences and stay (webdumps 264dc3ae, 851498a2)', () => {
  const links = [
    '1. St. Paul police chief sought state funding for gunshot-location system, but mayor unswayed',
    '2. The Dakota County Fair will be free to attend starting next summer',
    '3. Minnesotan Casey Mittelstadt finding his legs in Buffalo',
  ];
  expect(roles(`Most Popular\n\n${links.join('\n')}\n`).map((r) => r[1])).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate']);
  const steps = ['1. Define early retirement.', '2. Take inventory of what you have.', '3. Establish your target number.'];
  expect(roles(steps.join('\n')).every(([, role]) => role === 'body')).toBe(true);
});
