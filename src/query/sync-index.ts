/**
 * Keeps output/index.sqlite in step with the records after each ingest or refresh run:
 * the run's changes in one transaction when the index is current, a full rebuild from
 * records.jsonl when it is missing, of another schema version, or out of step.
 */
import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../record/schema.js';
import type { RunChanges } from '../store/record-store.js';
import { applyChanges, rebuildIndex, recordPath } from './index-db.js';

export async function syncIndex(outDir: string, changes: RunChanges): Promise<void> {
  const read = (id: string): ArticleRecord | null => {
    try {
      return JSON.parse(readFileSync(recordPath(outDir, id), 'utf8')) as ArticleRecord;
    } catch {
      return null; // removed since: its rows are deleted and the count check decides the rest
    }
  };
  if (await applyChanges(outDir, changes.writtenIds, changes.removedIds, read)) return;
  await rebuildIndex(outDir);
}
