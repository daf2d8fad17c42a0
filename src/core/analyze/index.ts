import type { MailMessage, MailThread, Person, Stage, ThreadAnalysis, DecisionWindow } from '../model';
import { MAX_LINE_CHARS, MAX_MESSAGE_CHARS, MAX_THREAD_CHARS } from '../bounded-text';
import { HISTORY_DATE_LINE, historyWindows, readDecisionWindow, REPLY_ATTRIBUTION } from '../timeline/decision-window';
import { localDate } from '../timeline/calendar';
import { SENDER_HEADER, splitMessage, type MessageParts } from './message-text';
import { atsOf, domainOf, FREE_MAIL, isAutoReply, signalsIn, type SignalName } from './signals';
import { rankCompanies } from './extract-company';
import { notOfTheTitle, rankRoles } from './extract-role';
import { readInterviewers, type ScoredPerson } from './extract-people';
import { rankInterviewTimes } from './extract-time';
import { giveFields, keepEvidence } from './field-beliefs';
import type { InterviewAtKind, Ranked, WindowFamily } from './field-evidence';
import { greetsPerson, ownerOf, readOwner } from './owner';
import { WROTE_LINE } from './quoted-messages';

export { ownerOf };
import { sentencesOf } from './sentences';
import { actCounts, promisesDecision, type Act } from './acts';
import { threadStage } from './stage';
import { confidantsOf } from './confidants';
import { reportedPromises } from './reported-promises';
import { relevanceFeatures } from './relevance-features';
import { decideRelevance } from './relevance-model';
import { buildPending } from '../caseless';
import { fromOneByte, mailAsOneByte, mapStrings, oneByte } from '../one-byte';

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
  acts: Map<Act, number>;
  /** The acts of the employer mail this message forwards, one map per level of forwards (outermost first). */
  forwardedActs: Map<Act, number>[] | undefined;
  /** The text of each of those levels, whose dated promises the stage weighs as the forwarded mail's own. */
  forwardedBodies: string[] | undefined;
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

/** The messages as the engine reads them: the latest first get the thread's budget of text. */
function readMessages(thread: MailThread, owner: string | null): ReadMessage[] {
  let budget = MAX_THREAD_CHARS;
  const kept = thread.messages.slice(-MAX_MESSAGES);
  return kept
    .map((message, i) => ({ message, opensForward: i === 0 && kept.length === thread.messages.length && FORWARD_SUBJECT.test(thread.subject ?? '') }))
    .reverse()
    .map(({ message, opensForward }) => {
      const parts = withForward(splitMessage(typeof message.text === 'string' && budget > 0 ? message.text : ''), opensForward);
      const text = [parts.body, parts.forwarded].filter(Boolean).join('\n').slice(0, budget);
      budget -= text.length;
      const fromOwner = owner !== null && lower(message.from?.email) === owner;
      return { message, parts, text, fromOwner, signals: signalsIn(text), ...messageActs(message, parts, fromOwner) };
    })
    .reverse();
}

const SAYS_FORWARD = /\b(?:forwarding|forwarded|forward (?:you|to you|this|the))\b/i;

const FORWARD_SUBJECT = /^[ \t]*(?:fwd?|tr|wg)[ \t]*:/i;

const OPENS_WITH_SENDER = new RegExp(String.raw`^[ \t]*${SENDER_HEADER}:`);

/** Quoted mail that no earlier message of the thread holds (a forward opens the thread, or its sender says so) is forwarded mail. */
function withForward(parts: MessageParts, opensForward: boolean): MessageParts {
  if (parts.forwarded || !parts.quoted || !(opensForward || SAYS_FORWARD.test(parts.body))) return parts;
  // An Outlook header block ("From: …" / "Sent: …") or a Gmail attribution ("On Mon, 6 Jul 2026 at 18:20, Shermaine Koh <…> wrote:")
  // dates the forwarded mail and names its sender.
  return { ...parts, forwarded: OPENS_WITH_SENDER.test(parts.quoteHeader) || WROTE_LINE.test(parts.quoteHeader) ? `${parts.quoteHeader}\n${parts.quoted}` : parts.quoted };
}

// The header lines of a forwarded mail, in the languages whose quote headers ./message-text.ts knows (Outlook writes them in the sender's).
const HEADER_NAME = String.raw`(?:${SENDER_HEADER}|To|An|Para|A|Aan|À|Cc|Date|Datum|Sent|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Subject|Betreff|Objet|Assunto|Asunto|Oggetto|Onderwerp)`;
const LEADING_HEADER_LINES = new RegExp(String.raw`^(?:[ \t]*(?:${HEADER_NAME}:.*)?\n){0,40}`, 'i');
const FORWARD_TO = /^[ \t]*To:(.*)$/im;

/** A forward whose inner mail was addressed to its own sender: someone else's process, shared. */
function forwardsOwnMail(message: MailMessage, forwarded: string): boolean {
  const to = FORWARD_TO.exec(forwarded)?.[1]?.toLowerCase() ?? '';
  const email = lower(message.from?.email);
  return to !== '' && email !== '' && to.includes(email);
}

const EVERY_FORWARD_TO = /^[ \t>]*To:(.*)$/gim;

/**
 * Someone other than the owner, writing from personal mail, who forwards mail sent to them or greeting them: a friend
 * sharing their own process. What they write, then or later ("they offered!"), is theirs, not the employer's.
 */
function isFellowCandidate(m: ReadMessage): boolean {
  const email = lower(m.message.from?.email);
  if (m.fromOwner || !m.parts.forwarded || !FREE_MAIL.test(domainOf(email))) return false;
  const addressedToThem = [...m.parts.forwarded.slice(0, MAX_MESSAGE_CHARS).matchAll(EVERY_FORWARD_TO)].some(([, to]) => (to ?? '').toLowerCase().includes(email));
  return addressedToThem || greetsPerson(m.parts.forwarded.replace(LEADING_HEADER_LINES, ''), m.message.from);
}

/** The messages with a fellow candidate's (isFellowCandidate) read as someone else's process, each one once. */
function withFellowCandidates(messages: ReadMessage[]): ReadMessage[] {
  const fellows = new Set(messages.filter(isFellowCandidate).map((m) => lower(m.message.from?.email)));
  if (fellows.size === 0) return messages;
  const someoneElses = (): Map<Act, number> => new Map([['thirdParty', 1]]);
  return messages.map((m) => (fellows.has(lower(m.message.from?.email)) ? { ...m, acts: someoneElses(), forwardedActs: undefined, forwardedBodies: undefined } : m));
}

/** How deep the engine reads forwards inside forwards ("here's the recruiter's note, and her confirmation below it"). */
const MAX_FORWARD_DEPTH = 3;

const addCounts = (into: Map<Act, number>, from: ReadonlyMap<Act, number>) => {
  for (const [act, n] of from) into.set(act, (into.get(act) ?? 0) + n);
};

interface MessageActs {
  acts: Map<Act, number>;
  forwardedActs: Map<Act, number>[] | undefined;
  forwardedBodies: string[] | undefined;
}

const FORWARD_FROM = new RegExp(String.raw`^[ \t]*${SENDER_HEADER}:(.*)$`, 'im');
const AN_ADDRESS = /@/;

/** Whose a level of forwarded mail is, as its header names them: written by the forwarder, sent to someone else, or neither. */
function levelParties(level: string, quoteHeader: string, forwarder: string): { byForwarder: boolean; toSomeoneElse: boolean } {
  if (forwarder === '') return { byForwarder: false, toSomeoneElse: false };
  // A quote's "On … wrote:" line names only its writer; a forward's header block names both.
  const header = quoteHeader || (LEADING_HEADER_LINES.exec(level)?.[0] ?? '');
  const writer = (quoteHeader || FORWARD_FROM.exec(header)?.[1] || '').toLowerCase();
  const to = quoteHeader ? '' : (FORWARD_TO.exec(header)?.[1]?.toLowerCase() ?? '');
  const byForwarder = writer.includes(forwarder);
  return { byForwarder, toSomeoneElse: !byForwarder && AN_ADDRESS.test(to) && !to.includes(forwarder) };
}

/**
 * The acts of forwarded mail and its text, one level of forwards or of the history quoted under it held in turn
 * after another (outermost first). A level is read as the employer's, the forwarder's own as theirs; mail sent to
 * someone else (a friend's invitation passed on) does nothing but show whose it is.
 */
function forwardedLevelsOf(forwarded: string, forwarder: string, forwarderIsOwner: boolean): { acts: Map<Act, number>[]; bodies: string[]; someoneElses: boolean } {
  const acts: Map<Act, number>[] = [];
  const bodies: string[] = [];
  let someoneElses = false;
  let rest = forwarded;
  let quoteHeader = '';
  while (acts.length < MAX_FORWARD_DEPTH && rest) {
    const level = splitMessage(rest.replace(LEADING_HEADER_LINES, ''));
    const { byForwarder, toSomeoneElse } = levelParties(rest, quoteHeader, forwarder);
    someoneElses ||= toSomeoneElse;
    const speaker = byForwarder && forwarderIsOwner ? 'owner' : 'employer';
    const read = !toSomeoneElse && (speaker === 'owner' || !byForwarder);
    acts.push(read ? actCounts(sentencesOf(level.body), speaker) : new Map());
    bodies.push(read && speaker === 'employer' ? level.body : '');
    [rest, quoteHeader] = level.forwarded ? [level.forwarded, ''] : [level.quoted, level.quoteHeader];
  }
  return { acts, bodies, someoneElses };
}

const CANDIDATE_LINE = /^[ \t]*candidate:[ \t]*([^\n]{1,80})$/gim;
const NAME_WORD = /[a-z][a-z'-]+/g;

/** Whether every word of a name is one of the person's, in their display name or their address. */
function namesPerson(name: string, person: Person): boolean {
  const theirs = `${person.name ?? ''} ${person.email ?? ''}`.toLowerCase();
  const words = name.toLowerCase().match(NAME_WORD) ?? [];
  return words.length > 0 && words.every((word) => theirs.includes(word));
}

/** "Candidate: Sam Okafor" in a booking sent to Sam Okafor records his own interview, not someone else's (acts.ts reads the line alone). */
function withoutOwnCandidateLines(acts: Map<Act, number>, message: MailMessage, body: string): void {
  const own = [...body.matchAll(CANDIDATE_LINE)].filter(([, name]) => (message.to ?? []).some((person) => namesPerson(name ?? '', person))).length;
  if (own === 0) return;
  const left = (acts.get('thirdParty') ?? 0) - own;
  if (left > 0) acts.set('thirdParty', left);
  else acts.delete('thirdParty');
}

/**
 * What a message does, sentence by sentence: its own text as its sender's, a forwarded mail as the employer's.
 * Relevance weighs every level of the forwarded mail (an offer under an auto-reply, a rejection above the thanks
 * for the interview); the stage reads them oldest first.
 */
function messageActs(message: MailMessage, parts: MessageParts, fromOwner: boolean): MessageActs {
  const acts = actCounts(sentencesOf(parts.body), fromOwner ? 'owner' : 'employer');
  if (!fromOwner) withoutOwnCandidateLines(acts, message, parts.body);
  if (!parts.forwarded) return { acts, forwardedActs: undefined, forwardedBodies: undefined };
  if (!fromOwner && forwardsOwnMail(message, parts.forwarded)) {
    acts.set('thirdParty', (acts.get('thirdParty') ?? 0) + 1);
    return { acts, forwardedActs: undefined, forwardedBodies: undefined };
  }
  const levels = forwardedLevelsOf(parts.forwarded, lower(message.from?.email), fromOwner);
  for (const level of levels.acts) addCounts(acts, level);
  if (levels.someoneElses) acts.set('thirdParty', (acts.get('thirdParty') ?? 0) + 1);
  return { acts, forwardedActs: levels.acts, forwardedBodies: levels.bodies };
}

/** Every other sender shares the owner's own (non-webmail) domain: colleagues, not an employer. */
function internalOnly(owner: string | null, employer: ReadMessage[]): boolean {
  const ownDomain = owner ? domainOf(owner) : '';
  if (!ownDomain || FREE_MAIL.test(ownDomain) || employer.length === 0) return false;
  return employer.every((m) => domainOf(m.message.from?.email ?? '') === ownDomain);
}

const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?|\s?(?:am|pm|a\.m\.|p\.m\.))(?!\w)/i;

const actCount = (messages: ReadMessage[], names: Act[]) => messages.reduce((sum, m) => sum + names.reduce((n, name) => n + (m.acts.get(name) ?? 0), 0), 0);

/** Acts that put the owner, as candidate, in an interview: asked to one, booked for one, or after one. */
const EMPLOYER_INTERVIEW_ACTS: Act[] = ['invite', 'askAvailability', 'confirm', 'describeInterview', 'reschedule', 'thankInterview', 'interviewHeld', 'interviewForYou'];
const OWNER_INTERVIEW_ACTS: Act[] = ['ownerThanks', 'ownerInterview'];

/** Acts of a hiring process with the owner as candidate: the more kinds a thread shows, the surer it is one. */
// Asking for times and inviting are one kind of evidence: an invitation usually does both.
const PROCESS_ACTS = new Set<Act>([...EMPLOYER_INTERVIEW_ACTS.filter((act) => act !== 'askAvailability'), ...OWNER_INTERVIEW_ACTS, 'ownerCommits', 'offer', 'reject', 'delay', 'promiseDecision']);

function totalActs(messages: ReadMessage[]): Map<Act, number> {
  const total = new Map<Act, number>();
  for (const m of messages) for (const [act, n] of m.acts) total.set(act, (total.get(act) ?? 0) + n);
  return total;
}

function interviewInvolved(messages: ReadMessage[]): boolean {
  return actCount(messages, EMPLOYER_INTERVIEW_ACTS) + actCount(messages, OWNER_INTERVIEW_ACTS) > 0;
}

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

// Asked on first need, not when the module loads: the first Intl.DateTimeFormat of a process loads the
// locale data (about 17 ms), which a worker that answers from its kept analysis never needs.
let runtimeZone: string | undefined;
const RUNTIME_ZONE = () => (runtimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

function safeZone(zone: string | undefined): string {
  return zone && formatterFor(zone) ? zone : RUNTIME_ZONE();
}

/** docs/analysis.md's analyzeThread: deterministic, never throws, text in and facts out. */
export function analyzeThread(thread: MailThread, options: AnalyzeOptions = {}): ThreadAnalysis {
  buildPending();
  try {
    const { analysis } = analyzeOneByte(thread, options);
    const given = mapStrings(analysis, fromOneByte);
    keepEvidence(analysis.fields, given.fields);
    return given;
  } catch {
    return { ...NOT_RELEVANT, confidence: 0, reasons: ['Afterview could not read this thread'] };
  }
}

/** The numbers the relevance model weighs for a thread (./relevance-features.ts), for scripts/train-relevance.ts. */
export function relevanceFeaturesOf(thread: MailThread, options: AnalyzeOptions = {}): number[] {
  return analyzeOneByte(thread, options).features;
}

/** Every person the mail names, with what the interviewer model weighs (./interviewer-model.ts), for scripts/train-interviewers.ts; none when the thread is not an interview. */
export function interviewerCandidatesOf(thread: MailThread, options: AnalyzeOptions = {}): ScoredPerson[] {
  return mapStrings(analyzeOneByte(thread, options).people ?? [], fromOneByte);
}

/** analyze on the thread as the engine reads it: its typographic characters as one-byte twins (../one-byte.ts). */
function analyzeOneByte(thread: MailThread, options: AnalyzeOptions) {
  return analyze(mapStrings(thread, mailAsOneByte), options.timeZone, mailAsOneByte(options.ownerName?.trim() ?? ''));
}

function analyze(thread: MailThread, askedZone: string | undefined, knownOwnerName: string): { analysis: ThreadAnalysis; features: number[]; people?: ScoredPerson[] } {
  const owner = readOwner(thread);
  const messages = withFellowCandidates(readMessages(thread, owner));
  const employer = messages.filter((m) => !m.fromOwner);
  const all = new Set(messages.flatMap((m) => [...m.signals]));
  const subject = (thread.subject ?? '').slice(0, MAX_LINE_CHARS);
  const subjectSignals = signalsIn(subject);
  const reasons: string[] = [];

  const ats = employer.map((m) => atsOf(m.message.from?.email ?? '', m.parts.body)).find((a) => a !== null) ?? null;
  if (ats) reasons.push(`Sent through ${ats}`);

  const bodies = employer.map((m) => m.text);
  const companies = rankCompanies({
    subject,
    // The employer's mail the candidate forwards (to a mentor, a friend) is the employer's word too.
    employerBodies: [...bodies, ...messages.filter((m) => m.fromOwner && m.parts.forwarded).map((m) => m.parts.forwarded)],
    employerSignatures: employer.map((m) => m.parts.signature),
    // Whom the candidate forwards the employer's mail to is a confidant, not the employer.
    employerSenders: [...employer.map((m) => m.message.from), ...messages.filter((m) => m.fromOwner && !m.parts.forwarded).flatMap((m) => m.message.to ?? [])].filter((p): p is Person => Boolean(p)),
    ownerEmail: owner,
    ownerSignatures: messages.filter((m) => m.fromOwner).map((m) => m.parts.signature),
    ownerBodies: messages.filter((m) => m.fromOwner).map((m) => m.parts.body),
  });
  // The extractors' own choices, whether or not the calibrated confidence later gives them as values.
  const company = companies[0] && companies[0].kind !== 'weak' ? companies[0].value : null;
  const people = thread.messages.flatMap((m) => [m.from, ...(m.to ?? []), ...(m.cc ?? [])]).filter((p): p is Person => Boolean(p));
  const roles = rankRoles(subject, messages.map((m) => m.text), notOfTheTitle(company, people));
  const role = roles[0] && roles[0].kind !== 'weak' ? roles[0].value : null;

  const recruiterSignature = employer.some((m) => RECRUITER_TITLE.test(m.parts.signature) || RECRUITER_TITLE.test(m.message.from?.name ?? ''));
  const distinctActs = new Set(messages.flatMap((m) => [...m.acts.keys()].filter((act) => PROCESS_ACTS.has(act))));
  // A thread that goes through several steps of a process (invited, booked, thanked…) is one, whatever it calls the job.
  const hiring = distinctActs.size >= 3 || all.has('hiring') || ats !== null || all.has('offer') || subjectSignals.has('hiring') || role !== null || recruiterSignature;
  const involved =
    interviewInvolved(messages) ||
    (subjectSignals.has('interview') && !subjectSignals.has('conditionalInterview') && employer.length > 0) ||
    (actCount(messages, ['delay']) > 0 && hiring && actCount(messages, ['acknowledge']) === 0) ||
    (actCount(messages, ['offer']) > 0 && hiring);
  // An owner who thanks for, or commits to, interviews more often than the thread speaks of someone
  // else's is the candidate, whatever else is quoted ("hire him before somebody else does").
  const employerThirdParty = actCount(messages, ['thirdParty']);
  const ownerAsCandidate = actCount(messages, ['ownerThanks', 'ownerInterview', 'ownerCommits']);
  const thirdParty = actCount(messages, ['ownerThirdParty']) + (ownerAsCandidate > employerThirdParty ? 0 : employerThirdParty);
  const ownerReplied = messages.some((m) => m.fromOwner);

  const features = relevanceFeatures({
    acts: totalActs(messages),
    processActKinds: distinctActs.size,
    signals: all,
    subjectSignals,
    ats: ats !== null,
    hiring,
    involved,
    thirdParty,
    internalOnly: internalOnly(owner, employer),
    ownerReplied,
    recruiterSignature,
    roleNamed: role !== null,
  });
  const decision = decideRelevance(features);
  reasons.push(...decision.reasons);
  const { relevant, confidence } = decision;
  if (!relevant) {
    if (!involved) reasons.push('No interview in this thread');
    return { analysis: { ...NOT_RELEVANT, confidence, reasons: [...new Set(reasons)] }, features };
  }
  // Only a relevant thread needs the zone: checking it builds a worker's first Intl formatter (see RUNTIME_ZONE).
  const timeZone = safeZone(askedZone);

  // Windows first: a delay with a new dated promise is awaiting a decision again.
  const windows = messages.map((m) => {
    const sent = localDate(m.message.sentAt, timeZone);
    const reported = m.fromOwner ? reportedPromises(m.parts.body, sent) : null;
    if (m.fromOwner && !reported) return null;
    const found = reported ? readDecisionWindow(reported.text, reported.reference) : readDecisionWindow(m.text, sent);
    return found?.aboutDecision ? { earliest: found.earliest, latest: found.latest, quote: found.quote, family: found.family, paperwork: found.paperwork } : null;
  });
  const confidants = confidantsOf(messages.filter((m) => m.fromOwner && m.parts.forwarded).map((m) => ({ to: m.message.to ?? [], forwarded: m.parts.forwarded })));
  const stageInputs = messages.map((m, i) => {
    const promised = (text: string) => {
      const found = readDecisionWindow(text, localDate(m.message.sentAt, timeZone));
      return found !== null && found.aboutDecision && promisesDecision(found.quote);
    };
    return {
      acts: m.acts,
      forwardedActs: m.forwardedActs,
      // Only the owner's forwards set the stage (stage.ts): only theirs need reading for a promise.
      forwardedWindows: m.fromOwner ? m.forwardedBodies?.map(promised) : undefined,
      fromOwner: m.fromOwner,
      fromConfidant: confidants.has(lower(m.message.from?.email)),
      autoReply: isAutoReply(m.parts.body),
      hasWindow: windows[i] != null && promisesDecision(windows[i].quote),
      statesTime: CLOCK_TIME.test(m.text),
    };
  });
  const bookedStage: Stage = threadStage(stageInputs) ?? 'scheduling';

  const ownerName = knownOwnerName || (messages.find((m) => m.fromOwner)?.message.from.name ?? messages.flatMap((m) => m.message.to ?? []).find((p) => lower(p.email) === owner)?.name ?? '');
  const latestQuoting = messages.findLast((m) => m.parts.quoted !== '' && !m.parts.forwarded);
  const { ranked: interviewers, people: named } = readInterviewers({
    employerBodies: bodies,
    employerSenders: employer.map((m) => m.message.from),
    employerSignatures: employer.map((m) => m.parts.signature),
    ownerNotes: messages.filter((m) => m.fromOwner).map((m) => ({ body: m.parts.body, to: m.message.to ?? [], cc: m.message.cc ?? [], forwarded: m.parts.forwarded })),
    participants: messages.flatMap((m) => [m.message.from, ...(m.message.to ?? []), ...(m.message.cc ?? [])]).filter((p): p is Person => Boolean(p)),
    owner: { name: ownerName, email: owner },
    company,
    role,
    histories: messages.filter((m) => m.parts.quoted !== '').map((m) => `${m.parts.quoteHeader}\n${m.parts.quoted}`),
  });

  const interviewAt = rankInterviewTimes(
    messages.map((m) => {
      // m.text is the body, then the forward, within the thread's budget.
      const own = m.parts.body ? m.text.slice(0, m.parts.body.length) : '';
      // The quote's header goes with it: it dates the newest quoted message ("From: …" / "Sent: …").
      const quoted = m === latestQuoting ? [m.parts.quoteHeader, m.parts.quoted].filter(Boolean).join('\n') : '';
      return { text: own, forwarded: m.text.slice(own ? own.length + 1 : 0), quoted, sentAt: m.message.sentAt, fromOwner: m.fromOwner };
    }),
    timeZone,
    owner,
  );

  const latestSentAt = messages.at(-1)?.message.sentAt;
  const timed = heldSince(bookedStage, interviewAt, latestSentAt);
  const lastSaying = (acts: Act[]) => messages.findLastIndex((m) => actCount([m], acts) > 0);
  const stage = lastSaying(HELD_ACTS) > lastSaying(BOOKING_ACTS) ? timed : stillAhead(timed, interviewAt, latestSentAt);
  const given = giveFields({ company: companies, role: roles, interviewers, interviewAt, decisionWindow: rankWindows(statedWindows(messages, windows, owner, timeZone)) });
  if (given.decisionWindow) reasons.push(oneByte(`They said: “${given.decisionWindow.quote}”`));
  if (given.interviewAt) reasons.push(`Interview on ${formatInstant(given.interviewAt, timeZone)}`);
  return { analysis: { relevant, confidence, stage, ...given, reasons: [...new Set(reasons)] }, features, people: named };
}

/** Long enough for the interview to have ended: an onsite day, a panel with a break. */
const INTERVIEW_SPAN_MS = 6 * 60 * 60 * 1000;

/**
 * A booked interview whose time the thread's latest message comes after has taken place: the thread is awaiting
 * the decision (docs/analysis.md), whatever the message says, as a forward of the old invitation to a mentor does.
 */
function heldSince(stage: Stage, times: Ranked<string, InterviewAtKind>[], latestSentAt: string | undefined): Stage {
  const booked = times[0];
  if (stage !== 'scheduled' || !booked || booked.kind === 'proposed' || !latestSentAt) return stage;
  return Date.parse(latestSentAt) > Date.parse(booked.value) + INTERVIEW_SPAN_MS ? 'awaiting-decision' : stage;
}

/** Acts that say an interview has taken place, and acts that book one. */
const HELD_ACTS: Act[] = ['thankInterview', 'interviewHeld', 'ownerThanks', 'ownerInterview'];
const BOOKING_ACTS: Act[] = ['confirm', 'describeInterview', 'reschedule', 'ownerCommits'];

/**
 * When no interview is said to have taken place since the latest booking, a decision promised before the booked
 * time ("we aim to decide within two weeks of the panel") describes the process after it: the thread stays
 * scheduled until then.
 */
function stillAhead(stage: Stage, times: Ranked<string, InterviewAtKind>[], latestSentAt: string | undefined): Stage {
  const booked = times[0];
  if (stage !== 'awaiting-decision' || !booked || booked.kind === 'proposed' || !latestSentAt) return stage;
  return Date.parse(latestSentAt) < Date.parse(booked.value) ? 'scheduled' : stage;
}

const MAX_HISTORY_CHARS = 20_000;

type StatedWindow = DecisionWindow & { family: WindowFamily; paperwork: boolean; stated: string };

/**
 * Each message's window, and those of the employer's mail quoted or forwarded inside a message (a forward to a
 * mentor, a reply above its own history), each dated by the message that stated it, oldest first. Quoted
 * history repeats itself down a thread: only the latest message's history is read (the latest with headers, and the
 * latest Gmail reply), and the owner's forwards.
 */
function statedWindows(messages: ReadMessage[], windows: ((DecisionWindow & { family: WindowFamily; paperwork: boolean }) | null)[], owner: string | null, timeZone: string | undefined): StatedWindow[] {
  const all: StatedWindow[] = [];
  const hasHistory = (m: ReadMessage) => typeof m.message.text === 'string' && m.message.text.search(HISTORY_DATE_LINE) >= 0;
  const latest = messages.findLast(hasHistory);
  const latestReply = messages.findLast((m) => typeof m.message.text === 'string' && m.message.text.search(REPLY_ATTRIBUTION) >= 0);
  messages.forEach((m, i) => {
    const own = windows[i];
    const sent = localDate(m.message.sentAt, timeZone);
    const history = m === latestReply || ((m === latest || (m.fromOwner && m.parts.forwarded !== '')) && hasHistory(m)) ? (m.message.text ?? '').slice(0, MAX_HISTORY_CHARS) : '';
    for (const h of historyWindows(history)) {
      if (h.window.aboutDecision && h.stated <= sent && !(owner && h.from.includes(owner))) all.push({ earliest: h.window.earliest, latest: h.window.latest, quote: h.window.quote, family: h.window.family, paperwork: h.window.paperwork, stated: h.stated });
    }
    if (own) all.push({ ...own, stated: sent });
  });
  return all.sort((a, b) => (a.stated < b.stated ? -1 : a.stated > b.stated ? 1 : 0));
}

/**
 * The latest promise first (a later message that revises it wins), corroborated when another message promised the
 * same date. A promise of the offer's paperwork stands only where the thread promised no decision.
 */
function rankWindows(windows: StatedWindow[]): Ranked<DecisionWindow, WindowFamily>[] {
  const decided = windows.some((w) => !w.paperwork);
  const stated = windows
    .filter((w) => !decided || !w.paperwork)
    .map(({ stated: _stated, paperwork: _paperwork, ...window }) => window)
    .reverse();
  const seen = new Set<string>();
  return stated
    .filter((w) => !seen.has(w.latest) && Boolean(seen.add(w.latest)))
    .map(({ family, ...window }) => ({ value: window, kind: family, corroborated: stated.filter((w) => w.latest === window.latest).length >= 2 }));
}
