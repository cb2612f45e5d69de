/** The recogniser used when the caller does not pass one: the bundled NER model. */
import { getNerRecognizer } from './ner';
import { EntityRecognizer } from './recognizer';

export function defaultRecognizer(): EntityRecognizer {
  return getNerRecognizer();
}
