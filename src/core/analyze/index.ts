import type { MailMessage, MailThread, Person, Stage, ThreadAnalysis, DecisionWindow } from '../model';
import { MAX_LINE_CHARS, MAX_THREAD_CHARS } from '../bounded-text';
import { findDecisionWindow } from '../timeline/decision-window';
import { localDate } from '../timeline/calendar';
import { splitMessage, type MessageParts } from './message-text';
import { atsOf, domainOf, FREE_MAIL, signalsIn, type SignalName } from './signals';
import { extractCompany } from './extract-company';
import { extractRole } from './extract-role';
import { extractInterviewers } from './extract-people';
import { threadInterviewAt } from './extract-time';
import { inferOwner } from './owner';

export interface AnalyzeOptions {
  timeZone?: string;
  /** The user's name when the page or the profile gives it: the thread may not show it with an address. */
  ownerName?: string;
}

interface ReadMessage {
  message: MailMessage;
  parts: MessageParts;
  text: string;
  fromOwner: boolean;
  signals: Set<SignalName>;
}

const MAX_MESSAGES = 400;

const RECRUITER_TITLE = /\b(?:recruit\w*|talent|sourcer|hiring|people (?:team|partner|operations)|human resources|HR\b)/i;

const NOT_RELEVANT: Omit<ThreadAnalysis, 'confidence' | 'reasons'> = {
  relevant: false,
  stage: null,
  company: null,
  role: null,
  interviewers: [],
  interviewAt: null,
  decisionWindow: null,
};

const lower = (email: string | undefined) => (email ?? '').trim().toLowerCase();

/** The mailbox owner: given, or the participant the employer's mail is addressed to (see ./owner.ts). */
export function ownerOf(thread: MailThread): string | null {
  if (thread.userEmail) return lower(thread.userEmail);
  return inferOwner(thread)?.email ?? null;
}

/** The messages as the engine reads them: the latest first get the thread's budget of text. */
function readMessages(thread: MailThread, owner: string | null): ReadMessage[] {
  let budget = MAX_THREAD_CHARS;
  return thread.messages
    .slice(-MAX_MESSAGES)
    .reverse()
    .map((message) => {
      const parts = splitMessage(typeof message.text === 'string' && budget > 0 ? message.text : '');
      const text = [parts.body, parts.forwarded].filter(Boolean).join('\n').slice(0, budget);
      budget -= text.length;
      return { message, parts, text, fromOwner: owner !== null && lower(message.from?.email) === owner, signals: signalsIn(text) };
    })
    .reverse();
}

/** Every other sender shares the owner's own (non-webmail) domain: colleagues, not an employer. */
function internalOnly(owner: string | null, employer: ReadMessage[]): boolean {
  const ownDomain = owner ? domainOf(owner) : '';
  if (!ownDomain || FREE_MAIL.test(ownDomain) || employer.length === 0) return false;
  return employer.every((m) => domainOf(m.message.from?.email ?? '') === ownDomain);
}

/** The stage one message implies, or null when it does not move the process. */
function stageOf(m: ReadMessage, hasWindow: boolean): Stage | null {
  const s = m.signals;
  if (m.fromOwner) {
    if (s.has('afterInterview')) return 'awaiting-decision';
    return null;
  }
  if (s.has('offer') && !s.has('rejected')) return 'offer';
  if (s.has('rejected')) return 'rejected';
  if (s.has('delayed')) return hasWindow ? 'awaiting-decision' : 'delayed';
  if (s.has('confirmed') && (s.has('interview') || s.has('scheduling') || /\d/.test(m.text))) return 'scheduled';
  if (s.has('scheduling') || s.has('oneWayVideo')) return 'scheduling';
  if (s.has('afterInterview') || hasWindow) return 'awaiting-decision';
  if (s.has('interview') && !s.has('conditionalInterview')) return 'scheduling';
  return null;
}

function interviewInvolved(messages: ReadMessage[]): boolean {
  return messages.some(({ signals: s, fromOwner }) => {
    if (s.has('conditionalInterview') && !s.has('confirmed') && !s.has('afterInterview')) return false;
    if (s.has('interview') || s.has('oneWayVideo')) return true;
    if (s.has('afterInterview') && (fromOwner || s.has('hiring'))) return true;
    return s.has('scheduling') && s.has('hiring');
  });
}

const NEGATIVE_WEIGHTS: Partial<Record<SignalName, number>> = {
  digest: 4,
  tips: 2,
  press: 5,
  research: 5,
  exit: 6,
  admission: 6,
  ownerAsInterviewer: 6,
  webinar: 3,
  sales: 4,
};

const REASON: Partial<Record<SignalName, string>> = {
  interview: 'Mentions an interview',
  scheduling: 'Asks to schedule a time',
  oneWayVideo: 'Asks for a recorded video interview',
  confirmed: 'Confirms a time',
  afterInterview: 'Written after an interview',
  offer: 'Makes an offer',
  rejected: 'Says they are not moving forward',
  delayed: 'Says the process is paused or delayed',
  digest: 'Looks like a newsletter or job alert',
  press: 'Looks like a press or podcast interview',
  research: 'Looks like a research study',
  exit: 'Looks like an exit interview',
  admission: 'Looks like an admission or visa interview',
  ownerAsInterviewer: 'You are the interviewer here',
  webinar: 'Looks like an event invitation',
  sales: 'Looks like sales outreach',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: one per zone, kept. Null for a zone Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' });
    } catch {
      return null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formatInstant(iso: string, timeZone: string): string {
  return formatterFor(timeZone)?.format(new Date(iso)) ?? iso;
}

const RUNTIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function safeZone(zone: string | undefined): string {
  return zone && formatterFor(zone) ? zone : RUNTIME_ZONE;
}

/** ANALYSIS-SPEC.md's analyzeThread: deterministic, never throws, text in and facts out. */
export function analyzeThread(thread: MailThread, options: AnalyzeOptions = {}): ThreadAnalysis {
  try {
    return analyze(thread, safeZone(options.timeZone), options.ownerName?.trim() ?? '');
  } catch {
    return { ...NOT_RELEVANT, confidence: 0, reasons: ['Afterview could not read this thread'] };
  }
}

function analyze(thread: MailThread, timeZone: string, knownOwnerName: string): ThreadAnalysis {
  const owner = ownerOf(thread);
  const messages = readMessages(thread, owner);
  const employer = messages.filter((m) => !m.fromOwner);
  const all = new Set(messages.flatMap((m) => [...m.signals]));
  const subject = (thread.subject ?? '').slice(0, MAX_LINE_CHARS);
  const subjectSignals = signalsIn(subject);
  const reasons: string[] = [];

  const ats = employer.map((m) => atsOf(m.message.from?.email ?? '', m.parts.body)).find((a) => a !== null) ?? null;
  if (ats) reasons.push(`Sent through ${ats}`);

  const bodies = employer.map((m) => m.text);
  const company = extractCompany({
    subject,
    employerBodies: bodies,
    employerSignatures: employer.map((m) => m.parts.signature),
    employerSenders: [...employer.map((m) => m.message.from), ...messages.filter((m) => m.fromOwner).flatMap((m) => m.message.to ?? [])].filter((p): p is Person => Boolean(p)),
    ownerEmail: owner,
    ownerSignatures: messages.filter((m) => m.fromOwner).map((m) => m.parts.signature),
    ownerBodies: messages.filter((m) => m.fromOwner).map((m) => m.parts.body),
  });
  const role = extractRole(subject, messages.map((m) => m.parts.body), (title) => company !== null && title.toLowerCase() === company.toLowerCase());

  const recruiterSignature = employer.some((m) => RECRUITER_TITLE.test(m.parts.signature) || RECRUITER_TITLE.test(m.message.from?.name ?? ''));
  const hiring = all.has('hiring') || ats !== null || all.has('offer') || subjectSignals.has('hiring') || role !== null || recruiterSignature;
  const involved =
    interviewInvolved(messages) ||
    (subjectSignals.has('interview') && !subjectSignals.has('conditionalInterview') && employer.length > 0) ||
    (all.has('delayed') && hiring && !all.has('applicationReceived')) ||
    (all.has('offer') && hiring);
  const ownerReplied = messages.some((m) => m.fromOwner);

  let negative = 0;
  for (const [name, weight] of Object.entries(NEGATIVE_WEIGHTS) as [SignalName, number][]) {
    if (all.has(name) || subjectSignals.has(name)) {
      negative += weight;
      if (REASON[name]) reasons.push(REASON[name]);
    }
  }
  if (all.has('applicationReceived') && !involved) negative += 6;
  if (internalOnly(owner, employer)) {
    negative += 6;
    reasons.push('Internal mail of your own organisation');
  }
  const positive =
    (involved ? 3 : 0) +
    (all.has('scheduling') ? 2 : 0) +
    (all.has('confirmed') ? 2 : 0) +
    (all.has('afterInterview') ? 2 : 0) +
    (all.has('offer') || all.has('rejected') || all.has('delayed') ? 1 : 0) +
    (ats ? 2 : 0) +
    (hiring ? 1 : 0) +
    (ownerReplied ? 1 : 0);
  const margin = positive - negative;
  const relevant = involved && hiring && margin >= 4;
  const confidence = Math.round(Math.min(1, Math.max(0, 0.5 + margin / 16)) * 100) / 100;

  if (!relevant) {
    if (!involved) reasons.push('No interview in this thread');
    return { ...NOT_RELEVANT, confidence: Math.round((1 - confidence) * 100) / 100, reasons };
  }
  for (const name of ['interview', 'scheduling', 'confirmed', 'afterInterview'] as const) if (all.has(name) && REASON[name]) reasons.push(REASON[name]);

  // Windows first: a delay with a new dated promise is awaiting a decision again.
  const windows = messages.map((m) => {
    if (m.fromOwner) return null;
    const found = findDecisionWindow(m.text, localDate(m.message.sentAt, timeZone));
    return found?.aboutDecision ? { earliest: found.earliest, latest: found.latest, quote: found.quote } : null;
  });
  let stage: Stage | null = null;
  for (let i = messages.length - 1; i >= 0 && !stage; i--) {
    const m = messages[i];
    if (m) stage = stageOf(m, windows[i] != null);
  }
  stage ??= 'scheduling';

  // The latest promise stands, whatever happened since: a later message that revises it wins.
  const decisionWindow: DecisionWindow | null = windows.findLast((w) => w != null) ?? null;
  if (decisionWindow) reasons.push(`They said: “${decisionWindow.quote}”`);

  const ownerName = knownOwnerName || (messages.find((m) => m.fromOwner)?.message.from.name ?? messages.flatMap((m) => m.message.to ?? []).find((p) => lower(p.email) === owner)?.name ?? '');
  const interviewers = extractInterviewers({
    employerBodies: bodies,
    employerSenders: employer.map((m) => m.message.from),
    ownerNotes: messages.filter((m) => m.fromOwner).map((m) => ({ body: m.parts.body, to: m.message.to ?? [] })),
    participants: messages.flatMap((m) => [m.message.from, ...(m.message.to ?? []), ...(m.message.cc ?? [])]).filter((p): p is Person => Boolean(p)),
    owner: { name: ownerName, email: owner },
    company,
  });

  const interviewAt = threadInterviewAt(messages.map((m) => ({ text: m.text, sentAt: m.message.sentAt, fromOwner: m.fromOwner })), timeZone);
  if (interviewAt) reasons.push(`Interview on ${formatInstant(interviewAt, timeZone)}`);

  return { relevant, confidence, stage, company, role, interviewers, interviewAt, decisionWindow, reasons: [...new Set(reasons)] };
}
