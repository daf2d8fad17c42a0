// Runtime shapes of what the store accepts from outside: message payloads and backup files.
import { arr, bool, isoDate, isoInstant, literal, nullable, num, obj, optional, record, recordId, ShapeError, str, type Check } from '../core/shape';
import { mailUrl } from '../core/mail-hosts';
import { CORRECTABLE_FIELDS, type Application, type ApplicationEditableField, type CheckIn, type Contact, type ContactEvent, type Draft, type Interview, type InterviewNotes, type Reference, type ThreadAnalysis } from '../core/model';
import { settingsShape } from '../core/settings-shape';
import type { ThreadLink } from './db';
import { learnedKey, type LearnedRule } from '../core/corrections/learned';

export const stageShape = literal('scheduling', 'scheduled', 'awaiting-decision', 'delayed', 'offer', 'rejected');
export const personShape = obj({ name: str, email: str });

export const notesShape: Check<InterviewNotes> = obj({
  topics: optional(str),
  painPoint: optional(str),
  matchingSkill: optional(str),
  gap: optional(str),
  gapStrength: optional(str),
  achievement: optional(str),
  mission: optional(str),
});

export const decisionWindowShape = obj({ earliest: isoDate, latest: isoDate, quote: str });
export const storedWindowShape = obj({ earliest: isoDate, latest: isoDate, quote: str, statedOn: isoDate });

export const analysisShape: Check<ThreadAnalysis> = obj({
  relevant: bool,
  confidence: num,
  stage: nullable(stageShape),
  company: nullable(str),
  role: nullable(str),
  interviewers: arr(str, 50),
  interviewAt: nullable(isoInstant),
  decisionWindow: nullable(decisionWindowShape),
  reasons: arr(str, 50),
});

export const referenceShape: Check<Reference> = obj({ id: recordId, name: str, email: str, relation: str, lastBriefedAt: nullable(isoInstant) });

/** The checks of core's APPLICATION_EDITABLE_FIELDS: the type keeps the two lists in step. */
export const applicationEditable: { [K in ApplicationEditableField]: Check<Application[K]> } = {
  company: str,
  role: str,
  stage: stageShape,
  employerStyle: literal('tech', 'traditional'),
  decisionWindow: nullable(storedWindowShape),
  competingOffer: nullable(obj({ company: str, deadline: isoInstant, notedAt: isoInstant })),
  finalStage: bool,
  references: arr(referenceShape, 50),
};

export const applicationShape: Check<Application> = obj({
  id: recordId,
  ...applicationEditable,
  source: literal('detected', 'manual'),
  delayedSince: nullable(isoInstant),
  lastEmployerMessageAt: nullable(isoInstant),
  offer: optional(nullable(obj({ deadline: isoInstant, source: literal('detected', 'user'), notedAt: isoInstant, decision: nullable(literal('accepted', 'declined')) }))),
  pendingStage: optional(nullable(obj({ stage: literal('offer', 'rejected'), threadKey: str, at: isoInstant }))),
  corrected: optional(arr(literal(...CORRECTABLE_FIELDS), CORRECTABLE_FIELDS.length)),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

/** What the options page may change of a person; never whose application they belong to. */
export const contactEditable = { name: str, email: str, title: str, phone: str, involved: bool };

export const contactShape: Check<Contact> = obj({ id: recordId, applicationId: recordId, ...contactEditable });

/** What the options page may change of an interview round; not its application or its number. */
export const interviewEditable = {
  at: nullable(isoInstant),
  durationMinutes: num,
  interviewers: arr(str, 50),
  notes: notesShape,
  notesByInterviewer: record(notesShape),
};

export const interviewShape: Check<Interview> = obj({ id: recordId, applicationId: recordId, round: num, ...interviewEditable });

const checkInKind = literal('thank-you', 'status-check', 'check-in', 'phone-call', 'extended-delay', 'competing-offer', 'reference-update');

export const checkInShape: Check<CheckIn> = obj({
  id: recordId,
  key: str,
  applicationId: recordId,
  kind: checkInKind,
  channel: literal('email', 'phone'),
  notBefore: isoInstant,
  dueAt: isoInstant,
  contactName: nullable(str),
  interviewId: nullable(recordId),
  reason: str,
  status: literal('pending', 'done', 'snoozed', 'dismissed'),
  snoozedUntil: nullable(isoInstant),
  doneAt: nullable(isoInstant),
  notifiedAt: nullable(isoInstant),
});

export const contactEventShape: Check<ContactEvent> = obj({
  id: recordId,
  applicationId: recordId,
  kind: literal('email', 'phone-call', 'voicemail'),
  direction: literal('sent', 'received'),
  at: isoInstant,
  checkInKey: nullable(str),
  to: arr(str, 50),
});

export const draftKindShape = literal('thank-you', 'status-check', 'check-in', 'extended-delay', 'competing-offer', 'value-add', 'phone-script', 'voicemail', 'reference-update', 'withdrawal', 'offer-decline');

export const draftShape: Check<Draft> = obj({
  id: recordId,
  applicationId: recordId,
  kind: draftKindShape,
  checkInKey: nullable(str),
  subject: str,
  body: str,
  to: arr(str, 50),
  updatedAt: isoInstant,
});

export const threadLinkShape: Check<ThreadLink> = obj({
  key: str,
  host: literal('gmail', 'outlook'),
  hostThreadId: str,
  applicationId: nullable(recordId),
  dismissed: bool,
  subject: str,
  url: mailUrl,
  lastSeenAt: isoInstant,
  messageCount: num,
  joinedBy: optional(literal('new', 'known-contact', 'chosen')),
});

export { settingsShape };

/** A learned rule as a backup carries it: its key must be the one its parts make, so it replaces what it should. */
export const learnedRuleShape: Check<LearnedRule> = (v, path = '') => {
  const rule = obj({ key: str, kind: literal('company', 'role', 'relevance'), scope: literal('domain', 'thread'), target: str, value: str, learnedAt: isoInstant })(v, path);
  if (rule.key !== learnedKey(rule.kind, rule.scope, rule.target)) throw new ShapeError(`${path}.key`, 'the rule\'s kind, scope and target joined by "|"');
  return rule;
};
