// Sync through the browser's own storage.sync (issue 16; docs/sync.md): pure, so the background only
// reads and writes the area and applies what these functions decide.
export * from './record';
export { mergeAll, mergeIncoming, mergeRecords, mergeStates } from './merge';
export { deletion, expireTombstones, TOMBSTONE_LIFETIME_MS } from './tombstones';
export { stampLocalChanges, type LocalFacts } from './local-changes';
export * from './facts';
export { BROWSER_LIMITS, PLANNED_LIMITS, itemBytes, type SyncLimits } from './item-size';
export { decodeItems, encodeState, isSyncItemKey, MANIFEST_KEY, SYNC_SCHEMA_VERSION, type Decoded, type Encoded, type SyncProblem } from './encoding';
export { planQuota, type LeftOut, type QuotaPlan } from './quota';
export * from './pacing';
export { diffItems, isEmptyWrite, type SyncWrite } from './diff';
export { applicationIdForThread, interviewIdFor, stableId } from './stable-id';
