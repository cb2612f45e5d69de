/**
 * Writes fixtures/encodings/: the UTF-8 excerpt sondland.utf-8.txt saved in every encoding
 * artparse detects (UTF-8 with a byte-order mark, UTF-16 LE and BE with one, windows-1252),
 * and fixtures/bbc-politics-084.txt in latin-1 (ISO-8859-1 has no curly quotes, so it gets
 * the BBC story, whose only non-ASCII character is "£"). The tests check each decodes to
 * the text of its UTF-8 original. Run once with `node dist/scripts/make-encoding-fixtures.js`;
 * the files are committed.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import iconv from 'iconv-lite';
import { projectRoot } from '../src/nlp/ner/index';

const root = join(projectRoot(__dirname), 'fixtures');
const dir = join(root, 'encodings');
const sondland = readFileSync(join(dir, 'sondland.utf-8.txt'), 'utf8');
const bbc = readFileSync(join(root, 'bbc-politics-084.txt'), 'utf8');

writeFileSync(join(dir, 'sondland.utf-8-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sondland, 'utf8')]));
writeFileSync(join(dir, 'sondland.utf-16le.txt'), iconv.encode(sondland, 'utf-16le', { addBOM: true }));
writeFileSync(join(dir, 'sondland.utf-16be.txt'), iconv.encode(sondland, 'utf-16be', { addBOM: true }));
writeFileSync(join(dir, 'sondland.windows-1252.txt'), iconv.encode(sondland, 'windows-1252'));
writeFileSync(join(dir, 'bbc-politics-084.iso-8859-1.txt'), iconv.encode(bbc, 'latin1'));
