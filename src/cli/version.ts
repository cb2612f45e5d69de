/** The package version, read from package.json (found above this file in src/ or dist/src/). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function packageVersion(): string {
  let dir = __dirname;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'artparse' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here; keep looking
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
