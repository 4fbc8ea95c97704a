/**
 * Golden files (Observable Framework's test/output pattern): a missing
 * golden file is written locally but fails in CI; on a mismatch the actual
 * output is written beside it as `*-changed.*` for review.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { expect } from 'vitest';

export async function expectGolden(actual: string, path: string): Promise<void> {
  const changed = path.slice(0, -extname(path).length) + '-changed' + extname(path);
  if (!existsSync(path)) {
    if (process.env['CI']) throw new Error(`golden file missing in CI: ${path}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, actual);
    return;
  }
  const expected = await readFile(path, 'utf8');
  if (expected === actual) {
    await rm(changed, { force: true });
    return;
  }
  await writeFile(changed, actual);
  expect(actual, `output differs from ${path}; see ${changed}`).toBe(expected);
}
