/** The shipped JSON Schema of the output (`schema/article.schema.json`), for `artparse --schema`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SCHEMA_FILE = path.join('schema', 'article.schema.json');

/** The schema's text, found above this file (src/cli/ in tests, dist/src/cli/ when built). */
export function schemaText(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      return readFileSync(path.join(dir, SCHEMA_FILE), 'utf8');
    } catch {
      if (path.dirname(dir) === dir) throw new Error(`${SCHEMA_FILE} not found above ${__dirname}`);
    }
  }
}
