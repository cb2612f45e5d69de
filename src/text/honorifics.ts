/**
 * Titles written before a person's name and not part of it ("Mr", "Sen.", "President",
 * "Sir"): one list for the two places that set them aside, entity merging ("Mr Stoltenberg"
 * joins "Jens Stoltenberg"; "Sir Keir Starmer" is named "Keir Starmer" when the text also says
 * so) and speaker names ("Mayor Bill de Blasio" speaks as "Bill de Blasio").
 */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|baron|baroness|rev|st|del|lt|gen|general|sen|senator|rep|gov|governor|president|prime|minister|secretary|mayor|judge|justice|king|queen|prince|princess|pope)\.?$/i;

/** Is `word` (one word, a final full stop allowed) such a title? */
export function isHonorific(word: string): boolean {
  return HONORIFIC.test(word);
}
