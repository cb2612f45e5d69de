/**
 * Input discovery keeps pace with the batch (src/cli/listing-pace.ts): fast-glob's walk reads
 * the next folder only when the batch has taken what was listed, so a batch of many folders
 * does not hold every path found. The files and their order are fast-glob's own.
 */
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { discover, InputItem } from '../src/cli/inputs';
import { AHEAD } from '../src/cli/listing-pace';

let work: string;
const FOLDERS = 5;
// more than AHEAD files in each folder, so that one folder fills what the walk may hold
const PER_FOLDER = AHEAD + 44;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'artparse-discovery-'));
  for (let f = 0; f < FOLDERS; f++) {
    const dir = path.join(work, 'archive', `year-${f}`);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < PER_FOLDER; i++) writeFileSync(path.join(dir, `story-${i}.txt`), 'BRUSSELS (Reuters) - NATO met.\n');
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
/** A file a test adds to the last folder while discovery is under way. */
const lateFile = (): string => path.join(work, 'archive', `year-${FOLDERS - 1}`, 'late.txt');

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(lateFile(), { force: true });
});

/** Let pending file system work finish (several turns of the event loop). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));

async function all(items: AsyncGenerator<InputItem>): Promise<string[]> {
  const paths: string[] = [];
  for await (const item of items) paths.push(item.display);
  return paths;
}

test.each([
  ['a folder', 'archive'],
  ['a glob', 'archive/**/*.txt'],
])('%s is listed one folder ahead of the batch, in fast-glob\'s order', async (_what, arg) => {
  const reads = jest.spyOn(fs, 'readdir');
  const found = await discover([arg], work, { onProblem: () => undefined });
  const first = await found.items.next();
  expect(first.done).toBe(false);
  await settle();
  // A file written now in the last folder is found: that folder has not been read yet.
  const late = lateFile();
  writeFileSync(late, 'LONDON (Reuters) - Filed late.\n');
  // read so far: the archive folder and the first year's, whose files fill what the walk may hold
  const readEarly = reads.mock.calls.length;
  const rest = await all(found.items);
  const listed = [(first.value as InputItem).display, ...rest];
  expect(listed).toContain(path.join('archive', `year-${FOLDERS - 1}`, 'late.txt'));
  expect(listed).toHaveLength(FOLDERS * PER_FOLDER + 1);
  expect(readEarly).toBe(2);
  expect(reads).toHaveBeenCalledTimes(FOLDERS + 1);
  // the same files in the same order as fast-glob lists them unpaced
  const pattern = arg === 'archive' ? 'archive/**/*.{txt,text,html,htm}' : arg;
  expect(listed).toEqual(fg.sync(pattern, { cwd: work, concurrency: 1 }));
});
