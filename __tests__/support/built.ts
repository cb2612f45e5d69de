/**
 * The installed command for tests that run bin/artparse as a process: dist/ is built by
 * `npm install`/`npm ci` (the prepare script); when it is missing or older than a source
 * file, `ensureBuilt()` rebuilds it first (call it in beforeAll). `ensureBundled()` also
 * remakes the one-file bundle and its code cache when they are older than the compiled
 * modules (bin/artparse then runs dist/src/cli/main.js instead), as `npm run build` does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'artparse');
const MAIN_JS = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const BUNDLE = path.join(ROOT, 'dist', 'src', 'cli', 'main.bundle.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  if (existsSync(MAIN_JS) && statSync(MAIN_JS).mtimeMs >= newestSource(path.join(ROOT, 'src'))) return;
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    // tsc still emits on type errors elsewhere in the tree; only a missing CLI is fatal here
    if (!existsSync(MAIN_JS)) throw err;
  }
}

export function ensureBundled(): void {
  ensureBuilt();
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= statSync(MAIN_JS).mtimeMs) return;
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'bundle-cli.js')], { cwd: ROOT, stdio: 'pipe' });
}
