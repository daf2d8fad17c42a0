// The core engine's one door: pure TypeScript, no DOM, no extension API.
export * from './model';
export * from './shape';
export { settingsShape } from './settings-shape';
export { mailHostOf, mailUrl } from './mail-hosts';
export * from './timeline';
export { analyzeThread, ownerOf, type AnalyzeOptions } from './analyze';
export * from './schedule';
export * from './drafts';
