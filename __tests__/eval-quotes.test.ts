/**
 * The quotes evaluation scores a speaker by the person: these check how it reads a PolNeAR
 * Source (strings from ../shared/corpora/polnear/dev/attributions) and when two names are
 * the same person.
 */
import { samePerson, sourceName } from '../scripts/eval-quotes';

test('the name a Source holds: the head of its first clause, titles and party tags dropped', () => {
  expect(sourceName('Rep. Jim Jordan (R-Ohio), an oversight panel member,')).toBe('Jim Jordan');
  expect(sourceName('Trump campaign spokesman Jason Miller')).toBe('Jason Miller');
  expect(sourceName('Senate Majority Leader Mitch McConnell, R-Ky.,')).toBe('Mitch McConnell');
  expect(sourceName('Representative Charles B. Rangel of New York')).toBe('Charles B. Rangel');
  expect(sourceName('he')).toBeNull();
  expect(sourceName('the president')).toBeNull();
  expect(sourceName("Obama's former campaign strategist")).toBeNull();
});

test('same person: the surname, and another word when both names have more', () => {
  expect(samePerson('Donald Tusk', 'European Council President Donald Tusk')).toBe(true);
  expect(samePerson('Elijah Cummings', 'Elijah E. Cummings')).toBe(true);
  expect(samePerson('Donald Trump', 'Trump')).toBe(true);
  expect(samePerson('Donald Trump', 'Ivanka Trump')).toBe(false);
  expect(samePerson('Hillary Clinton', 'Bill Clinton')).toBe(false);
  expect(samePerson('International Monetary Fund', 'IMF')).toBe(true);
  expect(samePerson('Jon Tester', 'Vitter')).toBe(false);
});
