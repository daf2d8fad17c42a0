// What each sentence does. An act counts only when the sentence asserts it: a conditional ("If you
// are selected for an interview…"), a negation ("we won't be scheduling an interview") or, for acts
// that state a fact, a question asserts nothing. Who speaks matters: an act is read as the employer's
// or as the mailbox owner's.
import { builtNow, builtOnFirstUse, caseless, caselessTest, lowerAscii, withoutIgnoreCase } from '../caseless';
import type { Sentence } from './sentences';
import { oneByte } from '../one-byte';
import { keptAnswers } from './kept';

export type EmployerAct =
  | 'invite' // asks the candidate to interview
  | 'askAvailability' // asks when the candidate can interview, or offers times to choose from
  | 'confirm' // states a booked interview
  | 'describeInterview' // says who the candidate will meet: booked, unless the time is still being asked
  | 'reschedule'
  | 'cancel'
  | 'thankInterview' // thanks the candidate for an interview that happened
  | 'interviewHeld' // refers to an interview that happened
  | 'promiseDecision'
  | 'delay'
  | 'reject'
  | 'badNews' // "we regret to inform you…": a rejection unless the news is something else the message does
  | 'noTimeline' // says it cannot tell when the process will move again
  | 'offer'
  | 'acknowledge' // application received
  | 'interviewForYou' // any other mention of the candidate's own interview
  | 'thirdParty'; // the interview is someone else's: the owner is recruiter, interviewer or referee

export type OwnerAct = 'ownerThanks' | 'ownerAccepts' | 'ownerCommits' | 'ownerCheckIn' | 'ownerInterview' | 'ownerThirdParty';

export type Act = EmployerAct | OwnerAct;

interface ActRule {
  act: Act;
  /**
   * Lower-case words every match of the pattern holds, one of each list at least (tests/unit/acts-words.test.ts
   * proves it from the source): a sentence that lacks them is never run against the pattern, which then is
   * never built. Most sentences lack them, and every rule's words are found in one pass (WordGate).
   */
  words?: readonly (readonly string[])[];
  pattern: RegExp;
  /** A request asked as a question still does the act ("Could you come in on Thursday?"). */
  questionsCount?: boolean;
  /** The pattern carries its own negation ("not moving forward"): a negation before it does not undo it. */
  negationIsTheAct?: boolean;
  /** Said of the future ("I will confirm the appointment"), the act has not happened yet. */
  futureUndoes?: boolean;
  /** The act is only a preface when the same sentence asserts one of these. */
  yieldsTo?: Act[];
  /** Text before the match that shows the act is someone else's ("I will have a conversation with our CEO"). */
  undoneBefore?: RegExp;
  /** Only a question does the act: "45 min call Thu 1 Oct, 16:00?" proposes, the same words stated book. */
  questionOnly?: boolean;
}

const MEETING = String.raw`(?:interview|discussion|face-to-face|(?:final|next|second|third) stage|phone screen|screen(?:ing)?(?: call)?|call|chat|conversation|meeting|onsite|on-site|panel|video call|visit|session|assessment|trial shift|coffee|yarn|round|appointment|presentation|tour|meet)`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|today|tonight|then|next|this|at|on)`;

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** A clock time or a day: what a booking or an accepted slot names. */
const WHEN = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|h)?|${WEEKDAY}|(?:mon|tue|tues|wed|thu|thurs|fri)\b|tomorrow|today|noon|midday)`;

/** A name or greeting before a terse note: "Rachel, confirmed Thursday", "Owen — onsite confirmed". */
const VOCATIVE = oneByte(String.raw`(?:(?:hi|hey|hello|dear) )?(?:[\w'-]+ ?[,—–-]+ )?`);

/** Someone other than the candidate: "another applicant", "someone else", "an internal candidate". */
const OTHER_PERSON = String.raw`(?:another|a different|one of the other|the other|an internal|an external|other) (?:[\w-]+ )?(?:candidate|applicant|finalist|person|individual|colleague)s?|someone (?:else|internal|who|whose|with)|somebody else|(?:other|internal) (?:candidates|applicants|finalists)`;

/** Words that put a sentence's meeting ahead: a past date in it then dates something else. */
const FUTURE_WORDS = String.raw`will|'ll|shall|going to|next|tomorrow|upcoming|invite|schedule|arrange|set up`;
const FUTURE_IN_SENTENCE = new RegExp(String.raw`\b(?:${FUTURE_WORDS})\b`, 'i');

const EMPLOYER_RULES: ActRule[] = [
  { act: 'offer', words: [[' got the ', ' is yours', ' to appoint you', ' to have you ', ' to welcome you ', ' you onboard', 'aboard', 'appointment ', 'attached ', 'base ', 'chosen ', 'contract ', 'decided in', 'employment contract', 'enclosed ', 'extend', 'in your', 'make ', 'making ', 'offer', 'on bo', 'selected ', 'send you ', 'sending you ', 'sends you ', 'sent you ', 'to the team', 'to your', 'you to j']], pattern: /\b(?:(?:pleased|happy|delighted|thrilled|excited|glad) to (?:extend|offer|appoint you\b|make you|share (?:an?|the|your|our) offer)|offer letter|(?:extend|extending|make|making) (?:to )?you (?:an?|the|our)\b[^.]{0,30}\boffer|(?:conditional|formal|verbal|written|official|final) offer|like to offer you(?! (?:an? |the )?(?:[\w-]+ )?(?:interview|call|chat|meeting|slot|time|opportunity to (?:interview|meet|speak|talk)))|(?:extend|extending) (?:to you )?(?:an?|the|our) (?:[\w-]+ ){0,3}offer\b(?! to\b)|(?:offer|offering) you (?:the|a|this|our)\b[^.]{0,40}\b(?:role|position|job|post|contract)|offer of employment|offer you (?:an? )?employment\b|decided in your favou?r|offer (?:details|package)|offer (?:is )?(?:attached|enclosed)|offer (?:letter )?for (?:the |your )?(?:(?!\b(?:will|would|be|once|when|if|after)\b)[^.,;]){1,60}? (?:is )?(?:attached|enclosed)|(?:attached|enclosed)\b[^.]{0,30}\b(?:contract of employment|employment contract)|(?:bring|have|welcome) you (?:on ?board|aboard)\b(?! (?:for|to) (?:an? |the )?(?:interview|call|chat|meeting|visit))|(?:attached|enclosed) (?:is |please find )?(?:your|the|our|an?) (?:[\w-]+ ){0,2}offer|(?:chosen|selected) you for the (?:[\w-]+ ){0,4}(?:role|position|job|post)|you(?:'ve| have) been (?:chosen|selected) for the (?:[\w-]+ ){0,4}(?:role|position|job|post)|(?:job|role|position|post) is yours|you(?:'ve| have)? got the (?:job|role|position|post)|(?:employment )?contract (?:is )?(?:attached|enclosed) for your (?:signature|review)|base (?:salary|pay) (?:of|is|will be)|sign-on bonus|welcome (?:you )?(?:aboard|to the team)|(?:sent|sending|send|sends) you (?:an?|the|your|our) (?:[\w-]+ ){0,2}offer\b(?! to\b)|(?:accept|sign|view|respond to) (?:and (?:sign|accept|respond to) )?(?:the|this|your) (?:[\w-]+ )?offer\b(?! to\b)|(?:love|like|want|delighted|excited|thrilled|pleased) (?:for )?you to join (?:us|the team|our team|[\w&.'-]+(?: [\w&.'-]+){0,2}) as (?:an?|our|the)\b|(?:love|like|want|delighted|excited|thrilled|pleased|happy) to (?:have|welcome) you (?:join|on board at|aboard at|at) (?:us|the team|our team|\S{1,40}(?: \S{1,40}){0,2}) as (?:an?|our|the)\b|(?:an?|your|the) (?:[\w-]+ )?offer (?:is |has been )?(?:now )?(?:available|ready|waiting) (?:for (?:you|your review)|to (?:view|review)|in (?:the|your) (?:[\w-]+ )?portal)|offer(?:'s| is| has been (?:sent|posted|uploaded))? (?:now )?(?:in|waiting in|sitting in|to) your (?:[\w-]+ )?(?:inbox|portal|account|email|dashboard)|appointment (?:to|as) (?:the (?:post|position|role)|an? |our )|your (?:[\w-]+ )?offer (?:for (?:the )?[^.;,]{1,60}? )?(?:is|has been) (?:now )?(?:ready|available|attached|enclosed|live)\b)\b/i },
  {
    act: 'reject',
    words: [[' a different ca', ' another ca', ' be inviti', ' directio', ' is no l', ' pass', ' unsuc', 'appointed t', 'candidate w', 'chosen', 'closer match', 'continue with y', 'continuing with y', 'decide', 'elected', 'extending', 'filled', 'go wi', 'going wi', 'gone wi', 'job to ', 'not ', 'offering', 'opted', 'other candidates whose', 'place to ', 'position to ', 'post to ', 'pursue', 'recommended f', 'role to ', 'short-listed', 'shortlisted', 'successful', 'vacancy to ', 'went wi', "won't b"]],
    negationIsTheAct: true,
    pattern:
      /\b(?:not (?:to )?(?:be )?(?:moving|move|progress(?:ing)?|proceed(?:ing)?|advanc(?:e|ing)|tak(?:e|ing) (?:your application|your candidacy|you|this|it) (?:any )?(?:further|forward))|(?:decide[sd]?|chosen|opted|elected) (?:to )?(?:move|go|proceed|continue|progress)(?: f(?:or|o|ro)ward| ahead)? with (?:another|other|a different|someone|an? (?:\w+ )?candidate)|(?:not|no longer) (?:to )?continu(?:e|ing) with your (?:application|candidacy)|(?:chose|chosen|selected|hired|picked|appointed) (?:another|a different|an?) (?:\w+ )?candidate (?:who|whose|with)|decided (?:for|on) (?:an)?other candidate|(?:decided|chosen|opted) to (?:take|hire|offer the (?:role|position) to|appoint|go with) (?:another|a different|someone)|pursue (?:other|another|different) (?:candidates|applicants|profiles)|(?:decided|chosen|opted) to (?:proceed|move forward|continue|go ahead|progress) with (?:other |the )?(?:candidates|applicants)|not (?:been )?(?:shortlisted|short-listed)|(?:going to|decided to|have to|will have to|'ll have to|must) pass(?: on (?:this|your (?:application|candidacy|profile)|you))?(?=[.!,;]|$| (?:at this time|for now|this time))|will not be (?:moving|proceeding|progressing)|won't be (?:moving|proceeding|progressing)|not (?:been )?(?:selected|successful|recommended for (?:appointment|the (?:post|position|role|job))|appointed to the (?:post|position|role|job))|(?:were|was|been) unsuccessful|position has been filled|role has been filled|(?:position|role|job|post|vacancy) is no longer (?:available|open)|(?:not|won't|will not) be inviting you (?:for|to) (?:any )?(?:further|another|the next|an?|the)\b|(?:have|has) (?:now )?filled the (?:position|role|vacancy|post|job|opening)|decided not to (?:proceed|move|progress|offer)|not (?:be )?(?:extending|offering) (?:you )?(?:an? )?offer|(?:not|won't|will not) (?:be )?(?:extending|offering) you (?:the|this|that) (?:[\w-]+ ){0,3}(?:post|role|position|job|place)|other candidates whose|closer match|(?:different|another|other) direction|(?:offer(?:ed|ing)?|give|gave|given|giving) the (?:[\w-]+ ){0,4}(?:role|position|job|post|place|vacancy) to (?:another|someone|somebody|a|an|one of)\b|(?:gone|go|going|went) with (?:another|a different|someone|somebody|an? (?:internal|external) (?:candidate|applicant|hire))|(?:gone|went|going|decided to go) with an? (?:[\w-]+ ){1,3}(?:who|whose)|(?:gone|went|decided to go) with an? (?:[\w-]+ ){0,2}(?:candidate|applicant|person|finalist|profile)\b|(?:selected|hired|chosen) (?:another|a different) candidate)\b/i,
  },
  // The rejection's structure rather than its phrase: a choice that fell on another person, the post filled, the
  // application not taken further.
  {
    act: 'reject',
    words: [[' given to', ' offered to', 'a different ', 'able to o', 'advanced', 'an external ', 'been fi', "can't o", 'forward', 'further', 'internal ', 'not o', 'other ', 'pass o', 'progressed', 'somebody else', 'someo', 'taken ']],
    negationIsTheAct: true,
    pattern: new RegExp(
      oneByte(String.raw`\b(?:(?:chose|chosen|selected|hired|appointed|picked|approved|recommended|endorsed|preferred|offer(?:ed)? (?:it|the (?:[^.;]{1,60} )?(?:role|position|job|post)) to|(?:made|extended) (?:an|the) offer to|(?:go|gone|going|went) (?:ahead )?with|proceed(?:ed|ing)? with|mov(?:e|ed|ing) (?:f(?:or|o|ro)ward|ahead) with|decided on|settled on) (?:${OTHER_PERSON})(?![\w'’])|(?:position|role|job|post|vacancy|opening) (?:has|have|was|were|had) (?:now |already |since )?been filled|(?:not|won't|will not|cannot|can't|unable to|not able to) (?:be )?(?:tak(?:e|ing)|mov(?:e|ing)|progress(?:ing)?|advanc(?:e|ing)) (?:your (?:application|candidacy)|you) (?:any )?(?:further|forward)|(?:application|candidacy) (?:will not|won't|cannot|can't|is not going to) be (?:progressed|advanced|taken (?:any )?(?:forward|further)|moved forward|considered further)|(?:position|role|job|post|vacancy|place) (?:was|has been|had been|is being) (?:offered|given) to (?:another|a|an|someone|somebody|one of)\b|pass on (?:your (?:application|candidacy|profile)|you)\b(?! to\b)|(?:cannot|can't|can not|not able to|unable to) offer (?:you\b(?! (?:an? |any |the )?(?:[\w-]+ )?(?:option|alternative|dates?|times?|slots?|feedback|reimbursement|expenses|sponsorship|relocation|accommodation)\b)|(?:the|this|that) (?:[\w-]+ ){0,3}(?:role|position|job|post|place|vacancy)\b))`),
      'i',
    ),
  },
  // The outcome said of the application or the match rather than of a choice: not progressed, not the right fit,
  // others a closer match, the post gone to someone, "it's a no".
  {
    act: 'reject',
    words: [[' aligned', ' gone to', ' is going to', ' not to ', ' suited', ' went to', ' will go to', 'advanc', 'chosen', 'decided', 'decision ha', 'decision was', 'elected', 'fit', 'it is ', 'it was ', "it's ", 'its ', 'match', 'opted', 'picked f', 'progre', 'put forward', 'shortlisted', 'successful', 'taken ', 'that is ', "that's "]],
    negationIsTheAct: true,
    pattern: new RegExp(
      String.raw`\b(?:(?:application|candidacy|profile|cv|resume) (?:has|have|was|were|is|will) not (?:been |be )?(?:progressed|advanced|successful|shortlisted|taken (?:any )?(?:forward|further)|put forward|selected)|(?:not|won't|will not|cannot|can't|unable to|not able to) (?:be )?(?:progress(?:ing)?|advanc(?:e|ing)) (?:with )?(?:your (?:application|candidacy)|you)\b|not (?:been )?(?:chosen|selected|picked|put forward) for (?:the |an? )?(?:next|final|second|third|further|interview)|(?:(?:is|was|are|were) not|isn't|wasn't|aren't|weren't) (?:quite )?(?:the right |a (?:good |strong |close |great )?|an (?:ideal |exact )?)(?:fit|match)\b|(?:other|another|the other|remaining) (?:[\w-]+ )?(?:candidates?|applicants?|finalists?|profiles?)\b[^.]{0,40}\b(?:stronger|better|closer|more (?:closely|suitable|relevant|experienced)) (?:match|fit|aligned|suited)|(?:role|position|job|post|vacancy|offer) (?:went|has gone|had gone|is going|will go) to (?:another|an? (?:[\w-]+ )?(?:candidate|applicant|person|colleague|internal)|someone|somebody|one of)\b|(?:it's|its|it is|it was|that's|that is) (?:a )?(?:no|pass)(?: from (?:the )?(?:client|team|them|us|the panel|the hiring manager))?(?=[.!,;]|$| for (?:this|now|the role|you)| on (?:this|your))|decide[sd]? not to (?:continue|pursue|take|proceed|move|progress|offer)\b|(?:decided|chosen|opted|elected|decision (?:was|has been|had been) (?:made|taken)) to (?:take|hire|appoint|offer the (?:role|position|job|post) to|go with|proceed with) (?:${OTHER_PERSON}|other|an? (?:internal|external))\b)`,
      'i',
    ),
  },
  // "We regret to inform you that…" announces bad news; when the news is a pause, the pause is the act, and
  // when the message goes on to book or ask for a time, the news is about that (see stage.ts).
  { act: 'badNews', words: [['do not ha', "don't ha", 'not g', 'not positive news', 'not the news', 'regret ', 'sorry to']], yieldsTo: ['delay', 'cancel', 'reschedule'], pattern: /\b(?:regret (?:that|to (?:inform|let you know|tell you))|sorry to (?:tell|inform|let) you|not (?:good|great|positive|the) news|(?:don't|do not) have (?:the |good )?news)\b/i },
  // "Postponed to Thursday" moves the interview; it does not pause the process.
  {
    act: 'delay',
    words: [[' appointm', ' changed', ' shifted', ' slipped', 'approve the budget', 'budget ', 'delay', 'freez', 'frozen', 'funding ', 'halt', 'headcount', 'held up', 'hold o', 'holding of', 'longer ', 'more ti', 'on hold', 'on ice', 'paus', 'postpon', 'pushed back', 're-org', 'reor', 'restru', 'slow', 'stalled', 'stop ', 'stopp', 'suspend', 'waiting ']],
    yieldsTo: ['reschedule'],
    pattern:
      /\b(?:hiring freeze|freeze on hiring|on (?:hold|pause|ice)\b|(?:placed|put|putting|placing|place) (?:a )?(?:temporary |formal )?(?:hold|pause|freeze) on (?:all |the |this |our |new |any )?(?:[\w-]+ ){0,3}(?:hiring|hires|appointments|recruitment|recruiting|role|position|vacancy|post|process|search)\b|(?:paused|pausing|pause|postpone|postponed|postponing|suspend|suspended|suspending|halt|halted|halting) (?:the |all |our |this )?(?:[\w-]+ ){0,2}(?:hiring|search|process|procedure|role|position|post|vacancy|interviews|recruitment|selection|decision|appointments|hires?\b)|hold(?:ing)? off (?:on )?(?:hiring|filling|recruiting|making|(?:all |any |new )?hires\b|the (?:hire|role|position|decision))|(?:hiring |recruitment |budget )?freeze\b|\bfrozen\b|\bfreez(?:e|ing) (?:all|on|new|the|hiring)|(?:hiring|search|process|procedure|role|position|post|vacancy|opening|req|requisition|interviews?|recruitment|recruiting|selection|decision|plans|project|funding|budget)(?: action| exercise| campaign| drive)? (?:is|are|was|were|has been|have been|will be|got|gets|has got) (?:now |therefore |temporarily |currently |a (?:bit|little) )?(?:paused|delayed|postponed|frozen|suspended|halted|stalled|held up)|(?:paus(?:e|ed|ing)|suspend(?:ed|ing)?) (?:this|the|our) appointment\b|(?:stop|stopping|stopped|freeze|freezing) (?:the|our|this|all) (?:[\w-]+ )?(?:process|search|hiring|recruitment|recruiting|selection)(?: process)? (?:for (?:the moment|now|the time being|a (?:while|few weeks|few months))|temporarily|until)\b|(?:moving|going|progressing) (?:a (?:bit|little) )?(?:more )?slow(?:er|ly)? than|(?:process|search|hiring|recruitment|decision) (?:has|have) (?:now )?stalled|(?:recruitment|hiring|recruiting|selection) (?:activity|activities|actions?|process(?:es)?|campaign|exercise|plans?)\b[^.]{0,80}\b(?:is|are|was|were|has been|have been|will be) (?:now |temporarily |currently )?(?:paused|postponed|frozen|suspended|halted|on hold)|\bpaused (?:for now|until further notice|indefinitely|temporarily|for the time being)|budget (?:review|approval|constraints|cuts|freeze)|(?:budget|funding|headcount) (?:sign-?off|approvals?|confirmation)|approve the budget|restructur(?:e|ing)|reorgani[sz](?:e|ation|ing)|re-org|taking (?:a (?:bit|little) )?longer than (?:expected|anticipated|planned|we)|(?:decision|process|review|search|selection|approvals?|feedback|sign-?off)\b[^.]{0,30}\b(?:take|takes|took|taken) (?:a (?:bit|little) |much |slightly |somewhat )?longer than|(?:is|are|has been|have been|there's|there is|there are|(?:we've|we have|we) (?:had|hit|have)) (?:a |an |some )?(?:slight |short |small |unexpected |further |internal |little )?delays? (?:on (?:our|their|the client's|the company's) (?:side|end)|(?:in|with|to) (?:the |our |their )?(?:process|decision|approvals?|timeline|hiring|review|budget|sign-?off|recruitment|selection))\b|waiting (?:for|on) (?:the )?(?:budget|headcount|funding|approvals?|sign-?off|board approval)\b|need (?:a (?:bit|little) )?more time|pushed back|(?:timeline|process) (?:has|have) (?:shifted|changed|slipped)|delay(?:s|ed)? (?:in|to|with|on) (?:our|the|a|your) (?:process|decision|timeline|hiring)|headcount|no longer able to (?:move|proceed))\b/i,
  },
  {
    act: 'noTimeline',
    words: [[' knows', 'can not', "can't", 'cannot', "couldn't", 'did not ', "didn't ", 'do not ', 'does not ', "doesn't ", "don't ", 'dont ', 'no ', 'not able to', 'not sure ', 'timeframe', 'timeline', 'timescale', 'unable to', 'uncertain ', 'unclear ']],
    negationIsTheAct: true,
    pattern:
      /\b(?:(?:can't|cannot|can not|unable to|not able to|couldn't) (?:\w+ ){0,2}(?:say|tell you|give (?:you )?(?:a|any)|indicate|predict|promise)|(?:don't|dont|do not) (?:yet )?know|(?:don't|do not|doesn't|does not|didn't|did not) (?:yet )?(?:\w+ ){0,2}(?:a|any) (?:[\w-]+ )?(?:timeline|timeframe|date)|\bnot (?:yet )?(?:\w+ ){1,5}(?:a|any) (?:[\w-]+ )?(?:timeline|timeframe|timescale)|no (?:[\w-]+ )?(?:timeline|timeframe|timescale|date)s?\b|(?:nobody|no one|no-one) knows|(?:not sure|unclear|uncertain) (?:when|how long))\b/i,
  },
  { act: 'cancel', words: [['called off', 'cancel'], [' stag', 'appointment', 'assessment', 'booking', 'call', 'chat', 'coffee', 'conversation', 'discussion', 'event', 'face-to-face', 'interview', 'invi', 'meet', 'on-site', 'onsite', 'panel', 'presentation', 'reservation', 'round', 'scree', 'session', 'tour', 'trial shift', 'visit', 'yarn']], negationIsTheAct: true, pattern: new RegExp(String.raw`\b(?:${MEETING}s?|(?:calendar |meeting )?invit(?:e|ation)s?|event|booking|reservation)\b[^.]{0,60}\b(?:is|are|has been|have been|was|were|will be|needs to be|has to be|had to be|must be) (?:now |therefore |also |hereby |\w{2,12}ly )?(?:cancel(?:l)?ed|called off)\b`, 'i') },
  { act: 'cancel', words: [[' canc'], ['booking', 'event', 'invitation', 'invite'], ['l our', 'l the', 'l this', 'l your', 'led our', 'led th', 'led your', 'ling our', 'ling th', 'ling your']], pattern: /\b(?:i|we)(?:'m| am|'re| are|'ve| have)? (?:going to |had to |have to |just |now )?cancel(?:l?ed|l?ing)? (?:the|your|this|our) (?:calendar |meeting )?(?:invite|invitation|booking|event)\b/i },
  { act: 'cancel', words: [[' ahead', 'call off', 'calling off', 'cance', 'happen', 'take place']], negationIsTheAct: true, pattern: /\b(?:(?:cancel(?:l?ed|l?ing)?|call(?:ing)? off) (?:your|the|our|this|tomorrow's|the upcoming) (?:interview|call|meeting|onsite|visit|panel)|(?:cannot|can't|can not|won't|will not|(?:will )?no longer) (?:go ahead|take place|happen|be going ahead)\b)/i },
  // A move told in thanks for the meeting it moved ("thank you for coming in, and for being flexible when we pushed it") is past.
  {
    act: 'reschedule',
    words: [[' now be held', ' now take place', 'amend', 'brought forward', 'bump', 'change', 'delay', 'got to ', 'had to ', 'have to ', 'move', 'must ', 'need to ', 'needed to ', 'new date ', 'new time ', 'postpone', 'push', 'resch', 'shift']],
    yieldsTo: ['thankInterview', 'interviewHeld'],
    // "You can reschedule through the link" offers a way, and "when we rescheduled" recalls one: neither moves anything now.
    undoneBefore: /\b(?:(?:you|candidates) (?:can|could|may|are (?:welcome|free|able) to)|(?:when|since|after|before|once|until) (?:we|i|they|the (?:team|panel)) (?:had to |needed to |have to )?)\s{0,3}$/i,
    pattern: new RegExp(String.raw`\b(?:reschedul(?:e|ed|ing)|(?:postponed|pushed(?: back)?|bumped|moved|shifted|brought forward) (?:to|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next(?! (?:year|quarter|month|financial|fiscal|budget|spring|summer|autumn|fall|winter))|the \d|\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]m)?)|move(?:d)? (?:your|the|our) (?:interview|call|meeting|chat|onsite|visit) (?:to|from)|(?:moved|changed|shifted|pushed|postponed) from [^.()]{0,30} to\b|new (?:date|time) (?:for|is|will be)|(?:will|shall) now (?:be held|take place)\b|(?:change|shift|amend)(?:d|ed)? (?:the )?(?:date|time|day|timing)s?\b(?: (?:of|for) (?:your|the|our)\b)?|(?:postpone|push|bump|move|delay)(?:d|ed)? (?:your|the|our|this|tomorrow's) (?:[\w-]+ )?(?:interview|call|meeting|chat|onsite|visit|panel) (?:back )?(?:to|until|till|by)\b|push(?:ed|ing)? (?:your|the|our|this|tomorrow's) (?:[\w-]+ )?(?:interview|call|meeting|chat|onsite|visit|panel) back\b|(?:(?:had|have|need(?:ed)?|got) to|must) (?:bail on|move|push(?: back)?|postpone|reschedule|rearrange|shift|bump) (?:our |the |your |this |tomorrow's )?(?:${WEEKDAY}|tomorrow|today|(?:[\w-]+ )?${MEETING}s?)\b)\b`, 'i'),
  },
  {
    act: 'confirm',
    words: [[' call is ', ' call will be ', ' call you ', ' for booking', ' for scheduling', ' forward to', ' interview is ', ' interview will be ', ' meeting is ', ' meeting will be ', ' on for', ' phone you ', ' ring you ', ' sent', ' to confir', ' visit is ', ' visit will be ', 'booked', 'chat ', 'confirmed', 'fixed', 'good luck ', 'is yours', 'locked ', 'meet you ', 'reminder', 'scheduled', 'see you ', 'set', 'speak ', 'talk ']],
    // "Your interview scheduled for Thursday is cancelled" names the booking it undoes.
    yieldsTo: ['cancel'],
    pattern: new RegExp(
      oneByte(String.raw`\b(?:(?:is|are|has been|have been|you(?:'re| are)|youre|we(?:'re| are)|it's|its|it is|that's|thats|that is|you're now|now|all) (?:now )?(?:confirmed|booked|(?:re)?scheduled|locked in|locked for|all set|set for)|(?:i|we)(?:'ll| will) (?:call|ring|phone) you (?:${DAY})|^${VOCATIVE}(?:(?:ok(?:ay)?|great|perfect|done|cool|super|excellent|brilliant|lovely|thanks)[,!.]? ){0,2}(?:locked in|confirmed|booked|all set)(?:[.!:,—–-]|$| for\b| in for\b| on\b| ${WHEN})|^(?!(?:once|when|until|till|after|before|if|unless)\b)${VOCATIVE}(?:your )?(?:[\w-]+ ){0,3}${MEETING}s? (?:with (?:[\w&.'-]+ ){1,3})?(?:is |has been )?(?:confirmed|booked|rescheduled|set|fixed|scheduled|locked in)(?:[.!:,—–-]|$| for\b| on\b| ${WHEN})|(?:rescheduled|moved|booked) and (?:confirmed|booked)\b|(?:pleased|happy|glad|delighted|thrilled|writing) to confirm\b|thank(?:s| you) for (?:scheduling|booking) your\b|look(?:ing)? forward to (?:meeting|seeing|speaking with|talking (?:with|to)|welcoming|hosting) you (?:at|on|tomorrow|next|this)\b|(?:${WHEN}|slot|time) (?:slot )?is yours\b|(?<!\b(?:was|been) (?:really |so |very )?(?:good|nice|great|lovely|a pleasure|wonderful) to )(?:see|meet|speak with|speak to|talk to) you (?:then|on|at|tomorrow|next|this|${DAY})|^(?:[\w,'-]+ ){0,4}(?:speak|talk|chat) (?:then|tomorrow|${WEEKDAY})[.!]|(?:all |still ){1,2}on for|good luck (?:for|with|on) (?:tomorrow|today|your (?:[\w-]+ )?(?:interview|call|visit|panel|onsite|assessment|presentation))|reminder(?: that| of| about| for|:) (?:your|the|our|tomorrow's|today's)\b[^.]{0,40}\b${MEETING}|(?:invite|invitation) (?:has been|was|is) sent|(?:your|the) (?:interview|call|meeting|chat|visit) (?:is|will be) (?:on(?! hold| pause| ice)|at|scheduled|confirmed|set(?! to\b)|booked))`),
      'i',
    ),
  },
  // A booking stated of the meeting: held, fixed, set or arranged for a day or an hour ("your interview is fixed on 5th June").
  // Of one meeting only: "interviews will be held on 3 June" tells every applicant the plan.
  {
    act: 'confirm',
    words: [[' arranged ', ' booked ', ' confirmed ', ' fixed ', ' held ', ' locked in ', ' planned ', ' scheduled ', ' set ', ' slated '], [' stage', 'appointment', 'assessment', 'call', 'chat', 'coffee', 'conversation', 'discussion', 'face-to-face', 'interview', 'meet', 'on-site', 'onsite', 'panel', 'presentation', 'round', 'screen', 'session', 'slot', 'tour', 'trial shift', 'visit', 'yarn'], ['has been ', 'is ', 'will be ']],
    yieldsTo: ['cancel'],
    pattern: new RegExp(String.raw`\b(?:${MEETING}|appointment|slot)\b[^.]{0,40}\b(?:is|will be|has been) (?:now )?(?:held|fixed|set|scheduled|arranged|booked|confirmed|planned|slated|locked in) (?:for |on |at )?(?:${WEEKDAY}|tomorrow|today|\d{1,2}(?:st|nd|rd|th)?|the \d)\b`, 'i'),
  },
  // A booking however worded, said in the first person ("I've booked you in for Monday", "we have you down for
  // 2pm", "Thursday it is") or of the meeting ("your interview stands confirmed").
  {
    act: 'confirm',
    words: [[' got you ', ' have you ', ' pop', ' put', 'amended ', 'booked', 'i have', "i've", 'is still ', 'it is!', 'it is.', 'penc', 'reissued ', 'remains ', 'sent ', 'stands ', 'stays ', 'updated ', 'we have', "we've"]],
    pattern: new RegExp(
      String.raw`\b(?:(?:i|we)(?:'ve| have)(?: now| just| already| also)? (?:booked|scheduled|set up|arranged|locked in|pencil(?:l)?ed|reserved|organi[sz]ed|confirmed)(?! with| that| whether| if| receipt)\b[^.]{0,60}\b(?:you|your|${MEETING}|${WHEN})|(?:i|we)(?:'ve| have|'ll| will)? (?:got|have|put|pop|popped) you (?:down|booked|in|scheduled|confirmed|pencil(?:l)?ed in)(?: in)? for|(?:booked|pencil(?:l)?ed) (?:you )?in for|(?:i|we)(?:'ve| have) (?:put|popped)\b[^.]{0,40}\b(?:in|into) (?:the|my|our) (?:diary|diaries|calendars?)\b|(?:stands|remains|stays|is still) (?:confirmed|booked|scheduled|(?:on|set) for)|(?:i|we)(?:'ve| have)? (?:just )?(?:updated|sent|resent|re-sent|amended|reissued) (?:you )?(?:the|a|an|your) (?:updated |new |revised )?(?:calendar |meeting |teams |zoom )?(?:invite|invitation)\b|^(?:[\w,:-]+ ){1,4}it is[.!]$|^(?=[^.]{0,60}\b${WHEN}\b)(?:[\w,:-]+ ){5,8}it is[.!]$)`,
      'i',
    ),
  },
  // When the meeting takes place, stated as a fact ("the interview is tomorrow at 10"): booked, unless the same
  // message still asks the candidate to choose or confirm a time (stage.ts).
  {
    act: 'describeInterview',
    words: [['at ', 'on friday', 'on monday', 'on saturday', 'on sunday', 'on thursday', 'on tuesday', 'on wednesday', 'this afternoon', 'this evening', 'this morning', 'today', 'tomorrow', 'tonight'], [' stage', 'appointment', 'assessment', 'call', 'chat', 'coffee', 'conversation', 'discussion', 'face-to-face', 'interview', 'meet', 'on-site', 'onsite', 'panel', 'presentation', 'round', 'screen', 'session', 'tour', 'trial shift', 'visit', 'yarn'], [' place ', 'begins ', 'is ', 'starts ', 'will be ']],
    undoneBefore: /\b(?:another|one (?:more|further|other|last)|the other|other|remaining) (?:[\w-]+ )?(?:candidate|applicant|finalist|interviewee)s?\b/i,
    pattern: new RegExp(String.raw`\b${MEETING}s?\b[^.]{0,40}\b(?:is|will be|takes place|will take place|starts|begins) (?:tomorrow|today|tonight|this (?:morning|afternoon|evening)|on ${WEEKDAY}|at \d)`, 'i'),
  },
  // A calendar notice ("When: Friday, 6 November 2026 2:00 PM", "find the invitation for your interview above") fixes the time.
  { act: 'describeInterview', words: [['invitation for y', 'invitation to y', 'invite for y', 'invite to y', 'when:']], yieldsTo: ['cancel'], pattern: new RegExp(String.raw`^when: ?(?:${WEEKDAY}|(?:mon|tue|wed|thu|fri|sat|sun)\b|\d)|\b(?:find|see|attached|enclosed|sent you)\b[^.]{0,20}\b(?:calendar |meeting )?invit(?:e|ation) (?:for|to) your\b`, 'i') },
  // A reminder books only when it does not remind the candidate to pick a time.
  // A note that opens by confirming the day or the meeting: "Confirming tomorrow, Friday at 2 pm, with…".
  { act: 'confirm', words: [['confirming ']], yieldsTo: ['cancel'], pattern: new RegExp(oneByte(String.raw`^${VOCATIVE}(?:just )?confirming (?:${WHEN}|(?:for )?(?:the |your |our )?(?:[\w-]+ ){0,2}${MEETING}s?\b)`), 'i') },
  // The candidate's meeting given its day: "your interview for Inspector I (Job No. 26-0913) is tomorrow".
  { act: 'confirm', words: [[' friday', ' monday', ' saturday', ' sunday', ' this afternoon', ' this evening', ' this morning', ' thursday', ' today', ' tomorrow', ' tuesday', ' wednesday'], [' stage', 'appointment', 'assessment', 'call', 'chat', 'coffee', 'conversation', 'discussion', 'face-to-face', 'interview', 'meet', 'on-site', 'onsite', 'panel', 'presentation', 'round', 'screen', 'session', 'tour', 'trial shift', 'visit', 'yarn'], ['your']], yieldsTo: ['cancel'], pattern: new RegExp(String.raw`\byour (?:[\w-]+ ){0,3}${MEETING}(?: (?:for|with|at) [^;]{1,60}?)? (?:is|will be) (?:on |at |for )?(?:tomorrow|today|this (?:morning|afternoon|evening)|${WEEKDAY})\b`, 'i') },
  { act: 'confirm', words: [[' is a friendly rem', ' is a quick rem', ' is a rem']], yieldsTo: ['askAvailability'], pattern: /\bthis is a (?:friendly |quick )?reminder\b(?![^.]{0,80}\b(?:not yet|yet to|haven't|have not|hasn't|has not)\b)/i },
  { act: 'confirm', words: [['confirm for you ', 'confirm our', 'confirm th', 'confirm you ', 'confirm your', 'confirmed ', 'confirming ', 'confirms '], [' stage', 'appointment', 'assessment', 'call', 'chat', 'coffee', 'conversation', 'discussion', 'face-to-face', 'interview', 'meet', 'on-site', 'onsite', 'panel', 'presentation', 'round', 'screen', 'session', 'tour', 'trial shift', 'visit', 'yarn'], [' for you th', ' you our', ' you this', ' you your', 'm our', 'm the', 'm this', 'm you the', 'm your', 'med our', 'med th', 'med you', 'ming our', 'ming th', 'ming you', 'ms our', 'ms th', 'ms you']], futureUndoes: true, pattern: new RegExp(String.raw`\bconfirm(?:s|ed|ing)? (?:you |for you )?(?:your|the|our|this)\b[^.]{0,40}\b${MEETING}`, 'i') },
  { act: 'describeInterview', words: [[' call you ', ' interview you ', ' meet you ', ' phone you ', ' ring you ', ' see you ', 'calendar in', 'it will', "it'll", 'join ', 'meet.google.com', 'teams.microsoft.com', 'you will', "you'll", 'zoom.us/j']], yieldsTo: ['cancel'], pattern: /\b(?:(?:will|'ll) (?:see|meet|call|ring|phone|interview) you (?:on|at|tomorrow|monday|tuesday|wednesday|thursday|friday)\b|you(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)? (?:with|to)|interview(?:ing)? with|joined by)\b|it(?:'ll| will) (?:just )?be (?:me|myself|with me) (?:and|&|plus)\b|calendar invit(?:e|ation)|join (?:the )?(?:zoom|teams|google meet|meeting|call)|zoom\.us\/j|teams\.microsoft\.com|meet\.google\.com)/i },
  {
    act: 'askAvailability',
    words: [[' either', ' know if', ' of these', ' the below ', ' the followi', ' the these ', 'are you ', 'attendanc', 'availabi', 'below ar', 'book ', 'calendly.com', 'can of', 'can we', 'can you ', 'choose ', 'convenient for y', 'could of', 'could we', 'could you ', 'does th', 'find ', 'good for y', 'goodtime.io', 'grab ', 'here ar', 'kindly confirm ', 'ok for y', 'okay for y', 'options ', 'pick ', 'please confirm ', 'possible ', 'preferred ', 'reserve ', 'schedule ', 'scheduling ', 'select ', 'shall we', 'slots are', 'slots below', 'suit', 'times are', 'times below', 'were you ', 'what ', 'which ', 'whichever ', 'will th', 'will you ', 'work', 'would th', 'would you ']],
    questionsCount: true,
    pattern: new RegExp(String.raw`\b(?:(?:can|could|shall) we (?:do|have|set up|schedule|book|arrange|find|meet|move|push|shift|reschedule|change)|(?:could|can|would|will) you (?:come|pop|stop|swing|join|meet|do|make it|be (?:available|free|around|able to (?:come|join|meet)))|(?:are|were) you (?:free|available|around)|(?:your|share your|send (?:me|us) your|send over your|with your) (?:general |current |updated |full )?availability|(?:pick|choose|select|book|grab|find|schedule|reserve) (?:a|an|your|one|another) (?:(?:new|different|another|available|preferred|convenient|[\d-]+-minute|interview|exam) ){0,2}(?:time|slot|day|date|appointment)|(?:can|could) offer (?:you )?(?:two|three|four|five|several|a few|some|a couple of|a choice of|\d) (?:[\w-]+ )?(?:dates|times|slots|days|options)|(?:would|does|will) (?:this|that|either|any of these|one of these) (?:[\w-]+ )?work\b(?! out)|schedule your (?:interview|call|chat|visit)|scheduling (?:link|page|tool)|calendly\.com|goodtime\.io|(?:what|which) (?:times?|days?|slots?|dates?|of these)\b[^.]{0,30}\b(?:work|suit|best)|(?:would|does|do|could)\b[^.]{0,40}\b(?:work|suit) for you|works? for you|let (?:me|us) know if (?:that|this|it|either|any) (?:time |one )?works|(?:options|slots|times) (?:are|below)|(?:would|does|do|could|will)\b[^.?]{0,80}\b(?:work|suit)\b(?=[^.!?]{0,40}\?)|(?:choose|pick|select) one\b|which (?:one|option|day|date|time|slot)s?\b[^.]{0,30}\b(?:better|best|prefer)|(?:(?:one|either|any) of|from) the (?:following|below|these) (?:times|slots|dates|days|options)|(?:please|kindly) confirm (?:by|your (?:attendance|availability)|(?:that|if|whether) (?:this|the|you))|confirm (?:your )?attendance|(?:your )?preferred (?:[\w-]+ )?(?:days?|dates?|times?|slots?|start time|option)|(?:here|below) are (?:some|a few|the|our|my)? ?(?:[\w-]+ ){0,2}(?:times|slots|dates|options)|whichever (?:[\w-]+ )?(?:suits|works)|(?:propose|proposing|suggest|suggesting) the following|(?:times?|timings?|slots?|dates?) (?:that )?(?:is |are |would be )?(?:ok|okay|good|convenient|suitable) for you|possible (?:time )?slots)`, 'i'),
  },
  // Asking for times in other words: what suits, when is convenient, slots to choose from, availability to send.
  {
    act: 'askAvailability',
    words: [[' are convenient for y', ' fit y', ' free', ' suit y', ' work for y', 'availabi', 'available', 'choice o', 'confirm whi', 'give me ', 'give us ', 'open', 'propose ', 'send me ', 'send us ', 'share me ', 'share us ', 'suggest ', 'that su', 'that work', 'to choose f', 'to pick f', 'to select f', 'what', 'when', 'which']],
    questionsCount: true,
    pattern:
      /\b(?:(?:know|tell (?:me|us)|advise|confirm)\b[^.]{0,12}\b(?:what|which|when)\b[^.]{0,40}\b(?:works?|suits?|convenient|good for you|best for you|fitting|fits you|you can (?:do|make|manage|come)|you(?:'re| are) able to (?:do|make|come))|(?:which|what) of the (?:following|below|above|these|two|three)\b[^.]{0,30}\b(?:works?|suits?|best|better|prefer)|(?:times?|slots?|dates?|days?|timings?)\b[^.]{0,30}\b(?:that|which) (?:suit|work for|fit|are convenient for) you|(?:times?|slots?|dates?|days?|windows?|openings?|options?|ones?) (?:that|which) suits?\b|(?:send|give|share|suggest|propose) (?:me|us)\b[^.]{0,20}\b(?:days|dates|times|slots|options)\b[^.]{0,60}\b(?:that|which) (?:work|suit)\b|(?:send|give|share|suggest|propose) (?:me|us) (?:\d|two|three|four|a few|some|several|a couple of)(?:(?:-| or | to )(?:\d|two|three|four))? (?:[\w-]+ )?(?:days|dates|times|slots|options|windows)\b|(?:send|share|provide|give|forward|reply with|let (?:me|us) know|update (?:me|us) (?:on|with))\b[^.]{0,20}\b(?:ur|your|yr) (?:[\w-]+ )?availability|(?:slots|times|dates|openings) (?:are |still )?(?:available|open)\b|available (?:slots|times|dates)\b|choice of (?:interview )?(?:dates?|days?|times?|slots?)\b|\bwhich (?:one |day |date |time |slot |option )?(?:works|suits)(?: (?:best|better|for you))?(?=[:?])|confirm which (?:[\w-]+ )?(?:dates?|days?|times?|slots?|options?)\b|(?:indicate|list|send|share|tell (?:me|us)|let (?:me|us) know|provide|give|submit|mark)\b[^.]{0,20}\b(?:times?|dates?|days?|slots?) (?:that |when )?you(?:'re| are| would be|'d be| will be) (?:available|free)|(?:times?|slots?|dates?|options) (?:for you )?to (?:pick|choose|select) from)/i,
  },
  // The candidate asked to choose, or to say when they are free, in any wording: "tell me which you'd prefer",
  // "send me a few moments when you are available", "reply with the one that works", "open slots".
  {
    act: 'askAvailability',
    words: [[' back to me with ', ' back to us with ', ' pref', 'free dates', 'free slots', 'free times', 'open dates', 'open slots', 'open times', 'reply with ', 'respond with ', 'when y', 'write back with ']],
    questionsCount: true,
    pattern: /\b(?:which (?:[\w-]+ ){0,2}(?:you(?:'d| would)?|do you) prefer\b|(?:send|give|share|tell|let (?:me|us) know|indicate|list|provide|suggest)\b[^.?]{0,40}\bwhen you(?:'re| are| would be|'d be| will be)? (?:available|free)\b|(?:reply|respond|write back|get back to (?:me|us)|come back to (?:me|us)) with (?:the (?:one|slot|time|date|day|option)\b|your (?:choice|pick|preference|preferred))|(?:open|free) (?:slots|times|dates)\b)/i,
  },
  // A meeting and a day or time, asked: a proposal the candidate answers ("30 min call Tue 3pm?").
  {
    act: 'askAvailability',
    questionsCount: true,
    questionOnly: true,
    pattern: new RegExp(String.raw`\b(?:call|chat|interview|meeting|coffee|zoom|teams|video call|phone call)\b[^.?]{0,40}\b(?:${WEEKDAY}|(?:mon|tue|tues|wed|thu|thurs|fri)\b|tomorrow|\d{1,2}(?:[:.]\d{2}|\s?[ap]m))|\b(?:is|are|would|will) (?:${WEEKDAY}|tomorrow|\d{1,2}(?:[:.]\d{2}|\s?[ap]m))\b[^.?]{0,30}\b(?:ok|okay|good|fine|convenient|suitable|possible)\b`, 'i'),
  },
  // The candidate picks the time: a one-way interview done by a deadline, or a time held but not yet final.
  {
    act: 'askAvailability',
    words: [['async', 'not final', 'not yet final', 'one-w', 'online ', 'possible ', 'potential ', 'propose a new time', 'provisional', 'recorded ', 'tbc', 'tentative', 'to be confirmed', 'video ']],
    pattern:
      /\b(?:(?:complete|record|start|take) (?:a|the|your) (?:one-way |recorded |video |online |asynchronous |async )+interview|one-way (?:video )?interview|(?:dates?|times?|slots?|days?)(?: is| are)? (?:not (?:yet )?final|(?:still )?(?:to be confirmed|tbc|tentative|provisional))|(?:tentative|possible|provisional|potential) (?:holds?|bookings?|slots?|dates?|times?|options?)|propose a new time)\b/i,
  },
  {
    act: 'invite',
    words: [[' attend ', ' round', ' some time ', ' stage', ' step', 'advance ', 'advancing ', 'are you ', 'arrange ', 'ask you fo', 'book ', 'call you fo', 'chosen', 'come ', 'complete ', 'delighted to ', 'excited to ', 'glad to ', 'happy to ', 'hoping to ', 'interview you', 'invite ', 'invited', 'inviting you', 'keen to ', 'like to ', 'like you t', 'love to ', 'love you t', 'move ', 'moving ', 'offer you ', 'one-way video', 'organise ', 'organize ', 'pleased to ', 'progress', 'record ', 'selected', 'set up ', 'short-listed', 'shortlisted', 'want to ', 'want you t', 'wants to ', 'were you ', 'would you ']],
    questionsCount: true,
    pattern: new RegExp(
      String.raw`\b(?:invit(?:e|ing) you|(?:like|love|keen|wants?|happy|pleased|excited|glad|delighted|hoping) to (?:invite|schedule|set up|arrange|book|meet|speak|talk|chat|(?:have|do) (?:a|an) (?:[\w-]+ ){0,2}${MEETING}|have you|bring you|get you|move you|advance you|progress you|see you|hear from you about (?:your )?availability)|(?:move|moving|advance|advancing|progress|progressing|invite) (?:you|your application|your candidacy) (?:forward |on |through )?to (?:the |a |an )?(?:next|interview|final|second|first|third|onsite|panel|stage)|(?:you(?:'ve| have)? been|you(?:'re| are)|you were|your (?:application|candidacy|cv|profile) (?:has been|was)) (?:now )?(?:selected|shortlisted|short-listed|invited|chosen)\b[^.]{0,40}\b(?:interview|screen|call|assessment|round|stage)|offer you (?:an? |the )?(?:[\w-]+ )?(?:interview|call|chat|meeting|conversation)|next (?:step|stage|round) (?:is|will be|would be) (?:an?|the|to)|(?:are|were|would) you (?:be )?(?:open|up|interested|keen) (?:to|for) (?:an? |the )?(?:[\w-]+ ){0,2}${MEETING}|come (?:in )?(?:for|to) (?:an? |the |your )?(?:[\w-]+ )?${MEETING}|(?:kindly|please) attend (?:the|an|your) (?:[\w-]+ )?${MEETING}|(?:set up|find|book|schedule|grab) some time (?:to (?:chat|talk|speak|meet|connect)|for a (?:chat|call))|(?:like|love|want) you to (?:meet|speak with|talk (?:to|with)|come in)\b|(?:complete|record) (?:a|the|your) (?:one-way |recorded |video |online )+interview|one-way video|come (?:in|by|out|over|and meet|meet|visit)|interview you|(?:call|invite|ask) you for (?:an?|the|your) (?:[\w-]+ ){0,2}(?:interview|round|discussion)|(?:set up|arrange|book|organi[sz]e) (?:a|an|your|the) (?:quick |short |brief |first |video |phone |virtual )?${MEETING}|(?:first|second|next|final) (?:round|stage|step)\b[^.]{0,30}\b(?:would|will|is) be (?:an?|the|with|in person|held|on)\b)`,
      'i',
    ),
  },
  // An invitation by where it puts the candidate rather than by its verb: through to the next stage, asked to
  // attend a meeting, welcomed or shortlisted for one, a meeting with the candidate proposed ("hop on a call with you").
  {
    act: 'invite',
    words: [['advanced to ', 'asked to ', 'chosen yo', 'get on ', 'hop on ', 'invited t', 'jump on ', 'like you to ', 'made it to ', 'minutes with y', 'moved ', 'need you to ', 'proceeded to ', 'progressed to ', 'requested to ', 'required to ', 'selected yo', 'shortlisted yo', 'successful i', 'through to ', 'time with y', 'want you to ', 'welcome yo']],
    questionsCount: true,
    pattern: new RegExp(
      String.raw`\b(?:(?:you(?:'re| are|'ve| have)?|your (?:application|candidacy|cv|profile)(?: has| have|'s)?) (?:now |successfully |been )?(?:through|progressed|advanced|made it|proceeded|moved (?:on|up|forward)|been (?:moved|progressed|advanced)) to (?:the )?(?:next|interview|final|second|third|shortlist)\b|successful in (?:progressing|advancing|moving|getting) (?:through |forward )?to\b|you(?:'ve| have| are|'re)? (?:been )?(?:[\w-]+ ){0,8}invited to (?:the |a |an )?(?:next|final|second|third|oral|interview)\b|(?:requested|asked|like you|want you|need you|required) to (?:appear|attend|come|join|sit|participate|take part)\b[^.]{0,30}\b(?:${MEETING}|assessment|test)|(?:welcome|shortlisted|selected|chosen) you (?:for|to) (?:an?|the|your) (?:[\w-]+ ){0,2}(?:${MEETING}|stage|shortlist)|(?:hop|jump|get) on (?:a|an) (?:quick |short |brief )?(?:call|video call|zoom|phone call|chat) with you|(?:grab|find) (?:a few |some |\d{1,3} )?(?:minutes|time) with you)`,
      'i',
    ),
  },
  // "A chat with us" invites, unless the sentence thanks for one that happened ("thank you for meeting with our
  // committee") or the meeting is the employer's own ("I will have a conversation with our CEO").
  {
    act: 'invite',
    words: [[' with the hiring', ' with the team', 'call with ', 'chat with ', 'coffee with ', 'conversation with ', 'interview with me', 'interview with our', 'interview with us', 'meeting with '], [' with me', ' with our', ' with the hiring', ' with the team', ' with us']],
    questionsCount: true,
    yieldsTo: ['thankInterview', 'interviewHeld'],
    undoneBefore: /\b(?:i|we)(?:'ll| will| also| still)? (?:have|hold|had|having)\b[^.]{0,40}$/i,
    pattern: /\b(?:chat|call|meeting|interview|conversation|coffee) with (?:me|us|our|the (?:team|hiring))/i,
  },
  // The last alternative reads thanks whose object, however worded ("for spending Thursday with us for the nurse
  // interview", "for the time you gave us during the conversations last week"), ends on a meeting: it was held.
  // Thanks for a step before one (confirming, booking, the invitation, patience while it moves) are not.
  {
    act: 'thankInterview',
    words: [['a pleasure ', 'also for ', 'and for ', 'appreciated ', 'enjoyed ', 'good ', 'great ', 'lovely ', 'nice ', 'thank', 'thx', 'time to ', 'wonderful ']],
    pattern:
      /\b(?:(?:thank(?:s| you)|thx)(?: (?:so|very) much| sincerely| warmly| again| once again){0,2} for (?:(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday)\b(?!'| (?:works|is|at|would))|coming|attending|(?:making|finding) (?:the )?time to (?:see|meet|speak|talk|chat)|taking the time(?! to (?:apply|submit|complete|fill|send|share|consider|review|express|register))|the trial day|spending (?:the day|the morning|the afternoon|time|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: and (?:mon|tues|wednes|thurs|fri|satur|sun)day)?|(?:the )?(?:two|2|three|3|both) days|yesterday|today) with|your time(?! and interest| and consideration)|the time you (?:spent|took|gave)|your (?!interest|application)(?:[\w-]+ ){0,2}(?:interview|visit|presentation|talk|conversation|lecture)\b(?! (?:availability|request|slot|time|details|invit))|meeting|speaking|talking|chatting|interviewing|joining|visiting|the (?:\w+ )?(?:conversation|chat|interview|call|visit|meeting|discussion)|your patience (?:after|since)|(?:participating|taking part) in (?:the |your |our |today's |yesterday's )?(?:[\w-]+ ){0,3}(?:interview|panel|oral (?:board|exam)|selection (?:day|process|interview)|assessment (?:day|centre|center)))|(?:thank(?:s| you)|thx)\b[^?!]{0,200}\b(?:and|also) for (?:interviewing|meeting|speaking|talking|chatting|coming\b(?! up| back| forward| across)|(?:taking|making|finding) (?:the )?time to (?:meet|see|speak|talk|chat|come|visit|interview)|attending|visiting|joining|(?:the|your|our) (?:[\w-]+ ){0,2}(?:interview|conversation|visit|presentation|lecture))\b|(?:great|nice|lovely|good|a pleasure|wonderful|really enjoyed) (?:to meet|meeting|to speak|speaking|talking|chatting|to talk|connecting|to have you|having you)|appreciate(?:d)? (?:you |your )?(?:taking|making|finding) (?:the )?time to (?:meet|speak|talk|chat|interview|come|visit)|(?:enjoyed|appreciated) (?:meeting|speaking|talking|chatting|our|the|having you|getting to know|your (?:[\w-]+ ){0,2}(?:job talk|presentation|visit|interview|demo|lesson|answers|insights)\b)|\bthank(?:s| you)\b(?:(?!\bfor\b)[^.?!;]){0,30}\bfor (?!(?:confirm|book|schedul|accept|repl|respond|send|submit|apply|regist|choos|select|pick|let|arrang|organi[sz]|set|reach|ask|offer|invit|the invit|the opportunit|an? |your (?:reply|response|availability|interest|application|quick|prompt|flexib|understanding|cv|resume)))(?:(?!resched|postpon|upcoming|mov(?:e|ing)\b|tomorrow|next|(?:be|sit|sitting|serving) on\b)[^.?!;]){0,80}\b(?:the|your|our|these|those)\b(?:(?!resched|postpon|upcoming|tomorrow|next)[^.?!;]){0,40}\b(?:interviews?|conversations?|visit|discussions?|seminar|presentation|job talk|onsite)\b(?! (?:invit|request|slot|time|details|confirmation|link|schedule|availability|tomorrow|next|later|this coming)))/i,
  },
  // "After the interview" dates what the sentence says: a negation of its verb ("decided not to proceed with you
  // after the panel interview") leaves the interview held; what the sentence puts ahead ("we'll walk the site after the
  // chat") has not happened.
  {
    act: 'interviewHeld',
    words: [['after our ', 'after the ', 'after your ', 'following our ', 'following the ', 'following your ', 'since '], [' stage', 'appointment', 'assessment', 'call', 'chat', 'coffee', 'conversation', 'discussion', 'face-to-face', 'interview', 'meet', 'on-site', 'onsite', 'panel', 'presentation', 'round', 'screen', 'session', 'tour', 'trial shift', 'visit', 'yarn']],
    negationIsTheAct: true,
    undoneBefore: FUTURE_IN_SENTENCE,
    pattern: new RegExp(String.raw`\b(?:after|following|since) (?:your|the|our) (?!(?:[\w-]+ )?(?:shortlisting|board|committee|staff|internal|budget|planning|leadership|management|team|trustees'?|governors'?) meetings?\b)(?:[\w-]+ ){0,2}${MEETING}`, 'i'),
  },
  {
    act: 'interviewHeld',
    words: [[' enjoyed', ' was impressed', 'after meeting', 'after speaking', 'after talking', 'complete', 'concluded', 'done', 'feedback from', 'feedback on', 'finished', 'interviewed', 'met ', 'over', 'spoke', 'who met', 'your call ', 'your chat ', 'your conversation ', 'your interview ', 'your onsite ', 'your panel ', 'your visit ']],
    pattern: new RegExp(
      String.raw`\b(?:your (?:interview|visit|conversation|chat|call|onsite|panel) (?:yesterday|last|earlier|this (?:morning|afternoon|week))|(?:interviewed|met) (?:with )?you|who (?:met|interviewed|spoke) (?:with )?you|you (?:met|spoke) with\b|after (?:meeting|speaking|talking) (?:with )?you|(?:everyone|the (?:team|panel)) (?:enjoyed|was impressed)|feedback (?:from|on) (?:your|the) (?:[\w-]+ ){0,2}(?:${MEETING}|team|final)|you interviewed\b|you(?:'ve| have)? (?:now |already )?(?:met|interviewed with|spoken (?:to|with)) (?:the|our|both|all|everyone)\b|(?:completed|finished) (?:your|all|the) (?:interviews|interview|final round|(?:the )?(?:stages|rounds))|interview(?:s| process)? (?:\w+ ){0,6}(?:is|are|was|were|has been|have been|(?:has|have) (?:now |already |all )?been) (?:now |all )?(?:complete|completed|concluded|over|finished|done)|interviews (?:\w+ ){0,6}(?:have|has) (?:now )?concluded)`,
      'i',
    ),
  },
  // A meeting dated in the past, however the sentence frames it: "great to chat on the phone last week", "your first
  // conversation with Nandini last Wednesday was a pleasure", "the panel you met yesterday". A sentence that also
  // looks ahead ("after our call last week, we will set up a panel next Tuesday") dates something else.
  {
    act: 'interviewHeld',
    words: [['earlier t', 'last friday', 'last monday', 'last s', 'last t', 'last wednesday', 'last week', 'the other day', 'yesterday'], [' stag', 'appointment', 'assessment', 'call', 'came in', 'chat', 'coffee', 'conversation', 'discussion', 'face-to-face', 'interview', 'meet', 'met', 'on-site', 'onsite', 'panel', 'presentation', 'presented', 'round', 'scree', 'session', 'spoke', 'tour', 'trial shift', 'visit', 'yarn']],
    undoneBefore: FUTURE_IN_SENTENCE,
    pattern: new RegExp(String.raw`\b(?:${MEETING}s?|met|spoke|chatted|visited|presented|interviewed|came in)\b(?![^.?!]{0,80}\b(?:${FUTURE_WORDS})\b)[^.?!]{0,60}\b(?:yesterday|last (?:week|${WEEKDAY})|earlier (?:today|this week)|the other day)\b`, 'i'),
  },
  { act: 'promiseDecision', words: [[' anticipated', ' back to ', ' be in tou', ' decide', ' due', ' expected', ' likely', ' to you with ', 'answer ', 'answers ', 'collecting feedback', 'contact y', 'debrief', 'decisi', 'feedback ', 'feedbacks ', 'gathering feedback', 'hear back f', 'hear f', 'inform y', 'news ', 'newss ', 'notify y', 'outcome', 'reach out to y', 'revert to y', 'update ', 'updates ', 'write to y']], pattern: /\b(?:(?:'ll|will) be in touch|(?:update|get back to|come back to) (?:you|all (?:candidates|applicants)|everyone|each candidate) (?:by|in|within|early|next|before|once)|(?:revert|get back|come back|write back|respond) to you with (?:feedback|an? update|the outcome|(?:a|our) decision|news|an answer)|(?:decision|outcome|update|news|answer)s? (?:is|are|should be|will be) (?:expected|due|anticipated|likely)\b|(?:share|give you|send you|let you know|communicate|convey) (?:an|the|our) (?:final )?(?:outcome|decision)|outcome (?:within|by|in)|next update (?:\w+ ){0,8}(?:within|by)|hear (?:back )?from (?:us|me)|(?:decision|update|feedback|answer|news|outcome)s? (?:to you |for you )?(?:by|within|in|early|next|before|until)|decision (?:should|will|would|is expected to|ought to) be (?:made|reached|taken|final(?:i[sz]ed)?|communicated|shared|announced|sent)|(?:update|contact|notify|inform|revert to|write to|reach out to) you\b[^.]{0,40}\b(?:by|within|early next|next week|before the end)\b(?! (?:e-?mail|phone|post|letter|text|sms))|(?:make|reach|have|give you|take) (?:a|our|its|their|the) (?:final )?decision|(?:will|'ll|should|expect to|hope to|aim to|plan to) decide\b[^.]{0,30}\b(?:by|within|before|early|next|this)\b|get back to you|(?:collecting|gathering) feedback|debrief)\b/i },
  { act: 'acknowledge', words: [[' for applying', ' for sending ', ' for your application', 'application confirmation', 'got your', 'received', 'recieved your', 'review ', 'reviewing ', 'submitted']], pattern: /\b(?:(?:we(?:'ve| have)?|have) (?:successfully )?(?:received|recieved|got) your (?:application|cv|resume)|thank(?:s| you) for (?:applying|your application|sending (?:in )?your application)|application (?:has been |was )?(?:successfully )?(?:received|submitted)|application confirmation|(?:'ll|will|are|is) (?:now |carefully )?review(?:ing)? (?:your|every|all|the) (?:application|resume|profile)s?)/i },
  { act: 'interviewForYou', words: [['interview', 'onsite', 'panel', 'phone screen', 'screening', 'video call']], pattern: /\b(?:your (?:[\w-]+ ){0,3}(?:interview|onsite|phone screen|video call|panel|screening)s?\b|interview(?:ing)? with you\b)/i },
  {
    act: 'thirdParty',
    words: [[' added ', ' be interviewi', ' her', ' him', ' invited ', ' scheduled ', ' you as ', 'agency ', 'both candidates', 'candidate: ', 'dear panel', 'exit interview', 'following candidates', 'her ', 'his ', 'interview kit', 'interviewer', 'provided your name', 'referee', 'referenc', 'scorecard', 'scoring ', 'sitting i', 'stay interview', 'submit ', 'the candidate', 'who is ', 'your candidate', 'your fee']],
    // Whose interview it is holds for a question too ("Can your candidate do tomorrow?").
    questionsCount: true,
    // A rule for every applicant ("Candidates must bring…; failure… will result in the candidate not being interviewed") names no one.
    undoneBefore: /\b(?:candidates|applicants) (?:must|should|shall|may|will be (?:required|expected|asked)|are (?:required|requested|expected|advised|asked))\b/i,
    pattern:
      /\b(?:(?:interview|meet|hire|schedule|invite) (?:him|her)\b|(?:interview|call|meeting) with (?:him|her)\b|dear panel|scoring (?:sheet|rubric|form)|candidate: |your candidates\b|(?:both|following) candidates\b|sitting in (?:on )?(?:the|both|all|an?)\b|(?<!\bby |\bdisqualify |\bdisqualifies |\bsubject to |\bresult in |\bresults in |\blead to )(?:the|your) candidate\b(?! (?:portal|home|profile|experience|login|site|center|centre|page|account|pool|field|list|search|privacy|non-disclosure|records?|data|details|number|id|information|status|dashboard|journey|hub))|(?:his|her) (?:[\w-]+ ){0,2}(?:interview|availability|cv|resume|application|candidacy)|(?:as|be) (?:a|one of (?:his|her)) (?:professional )?(?:references?|referees?)|(?:named|listed|nominated|given) you as (?:a |one of (?:his|her|their) )?(?:references?|referees?)|who is (?:a|one) (?:candidate|applicant)\b|reference (?:request|questionnaire|form)|reference call(?=:| with me\b| about\b| regarding\b| for (?:him|her|them)\b)|a (?:[\w-]+ )?reference call\b(?! with your)|provided your name|scorecard|interview kit|submit (?:your )?(?:feedback|scorecard)|as (?:an? |the )?interviewer|you(?:'re| are| have been) (?:added|scheduled|invited) (?:to|as) (?:the )?(?:interview|interviewer|panel)\b(?! (?:for|with|at|on|in)\b)|you(?:'ll| will) be interviewing|rate the candidate|(?:exit|stay) interview|agency (?:portal|fee)|your fee\b)/i,
  },
];

const OWNER_RULES: ActRule[] = [
  // Congratulating someone, after a greeting too ("Hey Jas, congrats!!"): the news is theirs.
  { act: 'ownerThirdParty', words: [['grats', 'gratulations']], pattern: new RegExp(oneByte(String.raw`^${VOCATIVE}congrat(?:s|ulations)\b`), 'i') },
  {
    act: 'ownerThirdParty',
    words: [[' a referen', 'all three candidates', 'both candidates', 'congra', 'good luck ', 'her ', 'his ', 'interview h', 'meet h', 'my candidat', 'my feedback', 'my scorecard', 'prep ', 'referee fo', 'reference fo', 'the candidate', 'the two candidates', "you'l"]],
    pattern: /\b(?:^congrat(?:s|ulations)\b|good luck (?:tomorrow|on the day|(?:with|on|in) (?:the|your|his|her) (?:[\w-]+ )?(?:interview|round|panel|screen|onsite))|you'll (?:be fine|do great|nail it|crush it)|the candidate\b(?! (?:portal|home|profile|experience|login|site|center|centre|page|account|pool))|my candidates?|(?:both|the two|all three) candidates\b|(?:his|her) (?:[\w-]+ ){0,2}(?:interview|availability|cv|resume)|(?:interview|meet) (?:him|her)\b|prep (?:call |session )?with (?:him|her)\b|(?:as|be) (?:a|his|her) references?|(?:give|provide|be) (?:a |the )?(?:reference|referee) for|my (?:feedback|scorecard) (?:on|for))/i,
  },
  {
    act: 'ownerThanks',
    words: [['a pleasure ', 'appreciated ', 'enjoyed ', 'for a ', 'for our ', 'for such a', 'for the ', 'for your time ', 'great ', 'hospitality', 'lovely ', 'nice ', 'thank', 'this afternoon', 'this morning', 'today', 'welcome', 'wonderful ', 'yesterday']],
    pattern:
      /\b(?:thank(?:s| you)\b[^.]{0,40}\b(?:(?:yesterday|today|this morning|this afternoon)(?:'s)? (?:interview|meeting|call|conversation|visit|chat)|for (?:yesterday|today)\b)|thank(?:s| you)\b[^.]{0,40}\bfor your time (?:yesterday|today|this|on|last)|thank(?:s| you)(?: (?:so|very) much)?(?: again)? for (?:having me|(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday)(?:'s (?:[\w-]+ )?(?:interview|chat|call|visit|meeting|conversation|session))?\b(?!'| (?:works|is|at|would))|(?:your|the) time (?:yesterday|today|this|on|last)|the time you (?:spent|took)|meeting|speaking|talking|chatting|interviewing|your time|taking the time|the (?:\w+ )?(?:conversation|chat|interview|call|visit|tour|meeting|discussion|opportunity to (?:meet|speak|interview|talk|visit))\b(?! (?:invit|request|slot|details|confirmation|link)))|thank(?:s| you)\b[^.]{0,60}\bfor (?:a|the|our|such an?) (?:(?!invit|opportun|chance|to\b)[\w-]+ ){0,2}(?:conversation|chat|interview|discussion|visit|meeting)\b(?! (?:invit|request|slot|time|details|confirmation|link))|thank(?:s| you)\b[^.]{0,30}\bfor (?:the|your) (?:warm |kind |lovely )?(?:welcome|hospitality)|(?:great|nice|lovely|a pleasure|wonderful) (?:to meet|meeting|to speak|speaking|talking|chatting)|(?:\bi (?:really |very much |truly |genuinely )?|^(?:really )?)(?:enjoyed|appreciated) (?:meeting|speaking|talking|chatting|our|the|learning|seeing|getting))/i,
  },
  {
    act: 'ownerInterview',
    words: [[' went ', 'after ', 'i atten', 'i interviewe', 'i met', 'interviewed with', 'met with', 'my call with', 'my final round', 'my interview', 'my onsite', 'my p', 'my visit', 'since i ', 'since we ']],
    pattern: new RegExp(String.raw`\b(?:my (?:interview|onsite|panel|final round|phone screen|call with|visit)|(?:interviewed|met) with|i interviewed (?:for|at|on|last)|i attended the (?:\w+ )?interview|since (?:we|i) (?:spoke|met|interviewed)|after (?:our|my|the|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|yesterday's|today's) (?:interview|conversation|call|chat|meeting|visit|discussion)|(?:the|my|our) (?:[\w-]+ )?(?:interview|call|chat|meeting|conversation|panel|onsite|visit|round) went (?:really |very |quite |pretty )?(?:well|great|ok|okay|fine|badly|alright|smoothly)|\bi met (?:with )?(?:the|your|both|all) (?:[\w-]+ ){0,2}(?:manager|team|panel|director|recruiter|founder|ceo|cto|partners?|head|lead)\b[^.]{0,30}\b(?:yesterday|today|last|on (?:mon|tues|wednes|thurs|fri)day|this (?:morning|afternoon|week)))`, 'i'),
  },
  {
    act: 'ownerAccepts',
    words: [[' accept ', ' booked a', ' choose ', ' chosen a', ' forward to', ' good', ' ok', ' pick ', ' picked a', ' select ', ' selected a', ' take ', 'confirm my', 'confirm the', 'confirming ', 'fine', 'glad to confirm', 'great', 'happy to confirm', 'i can do ', 'i can make ', 'ideal', 'm available', 'm free', 'my availability', 'perfect', 'suits', 'work for me', 'work well', 'works']],
    pattern: new RegExp(
      String.raw`\b(?:(?:that|this|it|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?|${DAY}\w*)\b[^.]{0,40}\b(?:works|suits)(?: (?:great|perfectly|well|fine|for me|nicely|best|me)|(?=[.!]|$))|\b(?:would|will|should) (?:be )?(?:perfect|great|fine|ideal|work (?:well|great|perfectly|for me|fine))\b|works (?:great|perfectly|for me)|(?:happy|glad) to confirm|(?:i(?:'m| am)) (?:available|free)|my availability|(?:confirm|confirming) (?:my|the)\b[^.]{0,30}\b${MEETING}|look(?:ing)? forward to (?:meeting|speaking|talking|chatting|seeing|the (?:interview|call|chat|conversation|visit))|i(?:'ve| have) (?:booked|selected|picked|chosen) a|${WHEN}\b[^.]{0,30}\b(?:is|sounds|looks) (?:perfect|great|fine|ideal|good|ok|okay)\b|\bi can (?:make|do) (?:it )?(?:on |at )?${WHEN}|\bi(?:'ll| will)? (?:accept|take|choose|pick|select) (?:the )?(?:[\w-]+ )?(?:slot|time|option|date)\b)`,
      'i',
    ),
  },
  // Booked through the employer's link or calendar: "just booked Thursday at 10", "accepted the invite", "count me in".
  {
    act: 'ownerCommits',
    words: [[' booked ', ' chose', ' picked ', ' reserved ', ' selected ', 'accepted ', 'confirmed from m', 'confirmed on m', 'count me in', 'll j']],
    pattern: new RegExp(
      String.raw`\b(?:(?:i(?:'ve| have)?|just|done,?) (?:booked|reserved|picked|selected|chose|chosen) (?:the |a |my )?(?:[\w-]+ ){0,3}(?:slot|time|${WHEN})|confirmed (?:on|from) my (?:side|end)\b|(?:i(?:'ve| have)? |just )?accepted (?:the|your) (?:calendar |meeting |teams |zoom )?(?:invite|invitation)|^accepted (?:the )?invite\b|count me in\b|i(?:'ll| will) join (?:the|you|your) (?:zoom|teams|call|meeting|video call|google meet|interview)\b)`,
      'i',
    ),
  },
  // "See you then", to the whole panel too: "see you both then", "see you and Ravi on Tuesday".
  { act: 'ownerCommits', words: [[' attend', ' be there', 'i confirm', 'see y']], pattern: /\b(?:i(?:'ll| will| shall) (?:see you|be there|attend)|i confirm|see you(?: both| all| and [\w-]{1,30}(?: [\w-]{1,30})?)? (?:then|on|at|there|next|tomorrow|thursday|monday|tuesday|wednesday|friday|the \d{1,2}(?:st|nd|rd|th)?\b))/i },
  // The booking stated as done: "Tuesday 22 September at 10am is confirmed", "Monday 3pm is booked, thanks";
  // inside a clause that asks or waits ("let me know which is confirmed", "once it is booked") it is not.
  {
    act: 'ownerCommits',
    words: [[' booked', ' confirmed', ' locked in'], ["'s ", 'are ', 'is ']],
    undoneBefore: /\b(?:which|whether|what|when|once|until|after)\b[^.;,]{0,60}$/i,
    pattern: /\b(?:is|are|'s) (?:now |all )?(?:confirmed|booked|locked in)\b/i,
  },
  // A terse yes to the proposed slot: "Confirmed, Tuesday 3pm", "Sam - booked for the 4th", "Thursday at 10 it is."
  { act: 'ownerCommits', words: [['booked', 'confirmed', 'it is', 'locked in']], pattern: new RegExp(oneByte(String.raw`^${VOCATIVE}(?:(?:yes|great|perfect|ok(?:ay)?|thanks)[,!.]? ){0,2}(?:confirmed|booked|locked in)(?:[.!,:—–-]|$| for\b| ${WHEN})|^(?:[\w,:-]+ ){1,4}it is[.!]?$`), 'i') },
  // Confirming the meeting books it; promising to confirm it later does not.
  { act: 'ownerCommits', words: [[' to confirm', 'can confirm', 'confirm my', 'confirm the', 'confirming ', 'hereby confirm']], futureUndoes: true, pattern: new RegExp(String.raw`\b(?:(?:hereby|happy to|glad to|writing to|can) confirm\b|confirm(?:ing)? (?:my|the)\b[^.]{0,30}\b(?:${MEETING}|attendance))`, 'i') },
  { act: 'ownerCheckIn', words: [[' stand', 'an update ', 'any feedback', 'any news', 'any progress', 'any timeline', 'any update', 'any word', 'checking in', 'follow up', 'following up', 'just checking ', 'status of my', 't heard ', 'wanted to check', 'wanted to see']], questionsCount: true, pattern: /\b(?:follow(?:ing)? up|checking in|just checking (?:in|whether|if|on|to see|back)\b|any (?:update|news|feedback|word|progress|timeline)|(?:haven't|have not|not yet) heard (?:back|anything)|where (?:things|we|it|the process|my application) stands?\b|(?:an|any) update (?:on|about|regarding)|status of my|wanted to (?:check|see))/i },
];

const caselessRules = (rules: ActRule[]): ActRule[] =>
  rules.map(({ undoneBefore, ...rule }) => ({ ...rule, pattern: withoutIgnoreCase(rule.pattern), ...(undoneBefore ? { undoneBefore: withoutIgnoreCase(undoneBefore) } : {}) }));
const EMPLOYER_READ = caselessRules(EMPLOYER_RULES);
const OWNER_READ = caselessRules(OWNER_RULES);
/** The rules as each speaker's sentences are read with them: for the tests of their words. */
export const ACT_RULES: Readonly<Record<'employer' | 'owner', readonly Pick<ActRule, 'act' | 'words' | 'pattern'>[]>> = { employer: EMPLOYER_READ, owner: OWNER_READ };

// A rule's patterns are built, as native code, on its first run: one whose words no sentence holds is never built.
const builtRules = new WeakSet<ActRule>();

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every word of `rules`, longest first: at each place a scan for them finds the longest there, which every shorter one there begins. */
const wordsOf = (rules: readonly ActRule[]) => [...new Set(rules.flatMap((rule) => rule.words?.flat() ?? []))].sort((a, b) => b.length - a.length);

/** Which of a speaker's rules a sentence may match, by their words: all found in one pass of `scan`, not one search per word. */
class WordGate {
  /** For each word the scan finds, the lists it meets: those that hold it or a word it begins with. */
  private readonly listsMet = new Map<string, number[]>();
  private readonly ruleOfList: readonly number[];
  private readonly listCounts: readonly number[];
  private readonly buildScan: () => void;

  /** `scan` finds any of wordsOf(rules), longest first. */
  constructor(
    rules: readonly ActRule[],
    private readonly scan: RegExp,
  ) {
    const lists = rules.flatMap((rule, index) => (rule.words ?? []).map((words) => ({ rule: index, words })));
    this.ruleOfList = lists.map((list) => list.rule);
    this.listCounts = rules.map((rule) => rule.words?.length ?? 0);
    this.buildScan = builtOnFirstUse(() => [scan]);
    const listsOfWord = new Map<string, number[]>();
    lists.forEach((list, index) => list.words.forEach((word) => listsOfWord.set(word, [...(listsOfWord.get(word) ?? []), index])));
    for (const word of wordsOf(rules)) {
      const met = new Set<number>();
      for (let end = 1; end <= word.length; end++) for (const list of listsOfWord.get(word.slice(0, end)) ?? []) met.add(list);
      this.listsMet.set(word, [...met]);
    }
  }

  /** Whether each rule may match `lowered`: it holds a word of each of the rule's lists (every rule without words may). */
  open(lowered: string): boolean[] {
    this.buildScan();
    const met = new Uint8Array(this.ruleOfList.length);
    const metCounts = new Uint8Array(this.listCounts.length);
    this.scan.lastIndex = 0;
    for (let match = this.scan.exec(lowered); match; match = this.scan.exec(lowered)) {
      for (const list of this.listsMet.get(match[0]) ?? []) {
        if (met[list]) continue;
        met[list] = 1;
        const rule = this.ruleOfList[list] as number;
        metCounts[rule] = (metCounts[rule] as number) + 1;
      }
      this.scan.lastIndex = match.index + 1;
    }
    return this.listCounts.map((count, rule) => metCounts[rule] === count);
  }
}

function buildOnFirstRun(rule: ActRule): void {
  if (builtRules.has(rule)) return;
  builtRules.add(rule);
  builtNow(rule.pattern);
  if (rule.undoneBefore) builtNow(rule.undoneBefore);
}


const ASK_BACK: ActRule = { act: 'askAvailability', pattern: /$/ };

// "If you could send your availability" asks politely; it is no condition.
// "Even if", "not sure if you saw it" (whether) and "in case you missed it" set no condition on what follows;
// "let me know if" does.
const CONDITIONAL_BEFORE = caseless(/\b(?:(?<!\b(?:even|as|sure|unsure|wonder|wondering|grateful|obliged|thankful|appreciate it) )if(?! you (?:could|can)\b)|unless|should (?:you|your|we|there|the|it|anything)|in case(?! (?:you missed|you didn't see|it helps))|once (?:you|we|your|the|all|a)\b|before (?:we|you|i)\b(?=[^,;]{0,120}$)|in the event|as soon as)\b|\b(?:before|once|until)\s{1,3}$/i);
// A negation reaches to the act only within its own clause: "No worries, we'd like to invite you" invites.
const NEGATION_BEFORE = caseless(oneByte(/(?:\b(?:not|cannot|never|nor|without|neither)\b|\bno\b(?! (?:worries|problem|rush|pressure|need|doubt))|n't\b|n’t\b)[^.;,!]{0,40}$/i));
/** A request to confirm is a scheduling step, not a confirmation. */
const REQUEST_BEFORE = caseless(/\b(?:please|kindly|can you|could you|reply to|need you to|asked? (?:you )?to|want you to|will|'ll|shall)\s{1,3}$/i);
/** "Until the funding is confirmed", "when your slot is booked": a booking inside a time clause has not happened. */
const TIME_CLAUSE_BEFORE = caseless(/\b(?:until|till|when|once|after)\b[^.;,!]{0,60}$/i);
const FUTURE_BEFORE = caseless(/(?:\b(?:will|shall)\b|'ll\b)/i);

/** "Any offer of employment will be contingent on…", "after a conditional offer" describe a policy, not an offer. */
const ANY_OFFER_BEFORE = caseless(/\b(?:any|no|an|after an?|following an?|upon|prior to|before)\s{1,3}$/i);

/** A condition reaches through commas ("If you are shortlisted, we will invite you") but not past "but" or a semicolon. */
const CLAUSE_BREAK = /;|:|\bbut\b|\bhowever\b|\beither way\b/g;

function lastClauseStart(before: string): number {
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return start;
}

/** `lowered` is lowerAscii(sentence.text), which the rules read (see ../caseless.ts). */
function asserted(rule: ActRule, sentence: Sentence, lowered: string): boolean {
  if (sentence.question ? !rule.questionsCount : rule.questionOnly) return false;
  buildOnFirstRun(rule);
  const match = rule.pattern.exec(lowered);
  if (!match) return false;
  const before = lowered.slice(0, match.index);
  if (CONDITIONAL_BEFORE.test(before.slice(lastClauseStart(before)))) return false;
  if (!rule.negationIsTheAct && NEGATION_BEFORE.test(before)) return false;
  if (rule.act === 'confirm' && (REQUEST_BEFORE.test(before) || TIME_CLAUSE_BEFORE.test(before))) return false;
  if (rule.futureUndoes && FUTURE_BEFORE.test(before)) return false;
  if (rule.undoneBefore?.test(before)) return false;
  if (rule.act === 'offer' && ANY_OFFER_BEFORE.test(before)) return false;
  return true;
}

/** A title's full stop ("with Mr. Khanna") would end the sentence for the rules, which read up to a full stop. */
const TITLE_DOT = /\b(mr|mrs|ms|dr|prof)\./g;
/** Chat spellings of thanks ("thx", "thank u"), read as the words the rules know. */
const CHAT_THANKS = /\b(?:thx|thnx|thanx|tnx)\b/g;
const CHAT_THANK_YOU = /\bthank u\b/g;

// Each scan is built on the first sentence its speaker says: a worker that reads no mail builds neither.
const GATES = {
  employer: new WordGate(EMPLOYER_READ, new RegExp(wordsOf(EMPLOYER_READ).map(escaped).join('|'), 'g')),
  owner: new WordGate(OWNER_READ, new RegExp(wordsOf(OWNER_READ).map(escaped).join('|'), 'g')),
};

function readActs(sentence: Sentence, speaker: 'employer' | 'owner'): Act[] {
  const rules = speaker === 'owner' ? OWNER_READ : EMPLOYER_READ;
  const lowered = lowerAscii(sentence.text).replace(TITLE_DOT, '$1').replace(CHAT_THANKS, 'thanks').replace(CHAT_THANK_YOU, 'thank you');
  const open = GATES[speaker].open(lowered);
  const found = rules.filter((rule, index) => open[index] && asserted(rule, sentence, lowered));
  const acts = new Set(found.map((rule) => rule.act));
  // An invitation asked as a question ("could you come in tomorrow at 2?") waits for the answer.
  if (sentence.question && acts.has('invite') && !acts.has('askAvailability')) found.push(ASK_BACK);
  return found.filter((rule) => !rule.yieldsTo?.some((act) => acts.has(act))).map((rule) => rule.act);
}

// Reading a sentence is every rule's pattern run on it, and the same sentences recur: in a thread read again
// when it grows, and from one thread to the next ("Thanks for your time today."). Kept per speaker, asked or not.
const keptReader = (speaker: 'employer' | 'owner', question: boolean) => keptAnswers((text) => readActs({ text, question }, speaker));
const KEPT_ACTS = {
  employer: { asserted: keptReader('employer', false), asked: keptReader('employer', true) },
  owner: { asserted: keptReader('owner', false), asked: keptReader('owner', true) },
};

/** The acts one sentence asserts, read as spoken by the employer or by the mailbox owner. */
export function actsOf(sentence: Sentence, speaker: 'employer' | 'owner'): readonly Act[] {
  const kept = KEPT_ACTS[speaker];
  return (sentence.question ? kept.asked : kept.asserted)(sentence.text);
}

/** Every act asserted in a run of sentences, with how many sentences assert each. */
export function actCounts(sentences: Sentence[], speaker: 'employer' | 'owner'): Map<Act, number> {
  const counts = new Map<Act, number>();
  for (const sentence of sentences) for (const act of actsOf(sentence, speaker)) counts.set(act, (counts.get(act) ?? 0) + 1);
  return counts;
}

/** A stated date that recalls an earlier promise ("I told you we hope to decide before…") or denies having one ("no timeline") promises nothing new. */
const NOT_A_NEW_PROMISE = caselessTest(
  /\b(?:(?:no|(?:don't|do not|can't|cannot) (?:yet )?(?:have|give you|share|offer) (?:a|any)|unable to (?:give|provide|share) (?:you )?(?:a|any)) (?:firm |clear |new |set )?(?:timeline|timeframe|date)|(?:don't|do not|can't|cannot) (?:yet )?(?:know|say|tell)|told you|promised you|(?:had|'d) (?:talked|said|planned|hoped|promised|told|mentioned)|tentatively planned|originally|initially)\b/i,
);

const buildPromisePattern = builtOnFirstUse(() => [NOT_A_NEW_PROMISE.pattern]);

/** The sentence that states a decision date makes a new promise: it is not a pause, nor a recalled or denied one. */
export function promisesDecision(quote: string): boolean {
  buildPromisePattern();
  if (NOT_A_NEW_PROMISE.test(quote)) return false;
  return !actsOf({ text: quote, question: false }, 'employer').includes('delay');
}
