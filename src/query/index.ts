/** The query side of vnews: the SQLite index, record queries, the officials registry and counts. */
export { syncIndex } from './sync-index.js';
export { ensureIndex, rebuildIndex, indexPath, NoRecordsError } from './index-db.js';
export { INDEX_SCHEMA_VERSION } from './index-schema.js';
export { QueryInputError, resolveProvince, type QueryFilters, type ResolvedFilters } from './filters.js';
export { queryRecords, queryIds, matchedValues, readRecord, type QueryOptions, type MatchedValues } from './query-records.js';
export { officialsRegistry, type RegistryEntry, type Appearance } from './officials-registry.js';
export { stats, type Stats } from './stats.js';
