export { renderDraft, DRAFT_KINDS } from './render';
export { lintDraft } from './lint';
export { applyFix } from './fix';
export { similarity, NEAR_DUPLICATE_THRESHOLD } from './similarity';
export type { DraftContext, DraftToLint, Finding, FindingCode, Fix, RenderedDraft, Recipient, Severity, Speller } from './types';
export { draftKindFor, recipientFor } from './for-check-in';
