/** Placeholder until the SQLite index lands: nothing to keep in step. */
import type { RunChanges } from '../store/record-store.js';

export async function syncIndex(_outDir: string, _changes: RunChanges): Promise<void> {}
