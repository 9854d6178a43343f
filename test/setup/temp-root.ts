/**
 * vitest globalSetup: the test run gets a temporary folder of its own, and every test
 * file's `os.tmpdir()` (and every child process it starts) points inside it through
 * TMPDIR. The folder is removed when the run ends, so a run leaves nothing in /tmp, even
 * from tests that fail before cleaning up after themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'vnews-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
