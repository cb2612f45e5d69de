/** The shipped JSON Schema of the output (`schema/article.schema.json`), for `artparse --schema`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../nlp/ner';

/** The schema's text, from the project root above this file (src/cli/ in tests, dist/src/cli/ when built). */
export function schemaText(): string {
  return readFileSync(path.join(projectRoot(__dirname), 'schema', 'article.schema.json'), 'utf8');
}
