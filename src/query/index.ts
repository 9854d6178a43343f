/** The query side of vnews: reading the store, record queries, the officials registry and counts. */
export { withStore, RecordReader, openStoreReadOnly, openStoreFileReadOnly, checkReadable, readError, StoreNotReadyError, type ReadOptions } from './store-access.js';
export { NoRecordsError, DamagedStoreError, OutputError } from '../store/store-errors.js';
export { QueryInputError, resolveProvince, type QueryFilters, type ResolvedFilters } from './filters.js';
export { queryRecords, queryIds, streamRecords, matchedValues, readRecord, type QueryOptions, type MatchedValues } from './query-records.js';
export { officialsRegistry, officialsRegistryOf, type RegistryEntry, type Appearance } from './officials-registry.js';
export { stats, statsOf, type Stats } from './stats.js';
