// The evidence a message can carry, each as a named pattern. Relevance and stage weigh several of
// them together; no single keyword decides.
import { boundedBlocks } from '../bounded-text';
import { builtOnFirstUse, caseless, lowerAscii } from '../caseless';
import { oneByte } from '../one-byte';

export const ATS_DOMAINS: Record<string, string> = {
  'greenhouse.io': 'Greenhouse',
  'greenhouse-mail.io': 'Greenhouse',
  'lever.co': 'Lever',
  'hire.lever.co': 'Lever',
  'myworkday.com': 'Workday',
  'myworkdayjobs.com': 'Workday',
  'workday.com': 'Workday',
  'ashbyhq.com': 'Ashby',
  'smartrecruiters.com': 'SmartRecruiters',
  'icims.com': 'iCIMS',
  'jobvite.com': 'Jobvite',
  'workablemail.com': 'Workable',
  'workable.com': 'Workable',
  'bamboohr.com': 'BambooHR',
  'taleo.net': 'Taleo',
  'successfactors.com': 'SuccessFactors',
  'recruitee.com': 'Recruitee',
  'teamtailor.com': 'Teamtailor',
  'gem.com': 'Gem',
  'goodtime.io': 'GoodTime',
  'calendly.com': 'Calendly',
  'hirevue.com': 'HireVue',
  'jazzhr.com': 'JazzHR',
  'breezy.hr': 'Breezy',
  'paradox.ai': 'Paradox',
};

export const ATS_NAMES = /\b(?:greenhouse|lever|workday|ashby|smartrecruiters|icims|jobvite|workable|bamboohr|taleo|successfactors|recruitee|teamtailor|goodtime|calendly|hirevue|jazzhr|breezy|paradox)\b/i;

export const FREE_MAIL = /(?:^|\.)(?:gmail|googlemail|yahoo|outlook|hotmail|live|icloud|me|aol|proton|protonmail|pm|gmx|mail|fastmail|hey|zoho|yandex)\.[a-z.]+$/i;

export const SIGNALS = {
  interview:
    /\b(?:interview(?:s|ed|ing)?|phone screen|phone screening|screening call|recruiter (?:call|screen)|technical screen|tech screen|onsite|on-site|virtual onsite|panel|final round|next round|second round|first round|hiring manager (?:call|chat|conversation)|meet (?:with )?the team|coding (?:session|round)|case (?:study|interview)|pair(?:ing)? (?:session|exercise)|superday)\b/i,
  conditionalInterview:
    /\b(?:(?:won't|will not|not) (?:be )?(?:to )?(?:invit|schedul|mov|progress|advanc)\w* (?:you |your application )?(?:to|for|forward to|forward with|to the) (?:an? |the )?(?:interview|next)|if (?:you are |you're )?(?:selected|shortlisted|chosen)|if your (?:skills|qualifications|experience|background)|should (?:your|we)|if we (?:decide|would like) to move forward|may (?:reach out|contact you) (?:to|for)|will contact you if|only (?:shortlisted|selected) candidates|interviews? (?:for|with) (?:the )?(?:shortlisted|successful|selected) (?:applicants|candidates)|not (?:been )?(?:shortlisted|selected|invited|taken forward|progressed|put forward|advanced|moved forward) (?:for|to) (?:an? |the )?interview)\b/i,
  hiring:
    /\b(?:your application|your candidacy|the (?:[\w-]+ ){0,5}(?:role|position|opening|opportunity|req)\b|this (?:role|position|opportunity)|recruit(?:er|ing|ment)|talent (?:acquisition|partner|team)|hiring (?:manager|team|process)|people team|job (?:opening|offer)|applied|application for|candidate experience|(?:checking|check|contacting|contact|calling|call) (?:[\w-]+ ){0,2}(?:references|referees)|reference checks?)/i,
  scheduling:
    /\b(?:availability|available times?|your availability|book a (?:time|slot)|pick a (?:time|slot)|select a time|schedule (?:a|an|your|the)|scheduling (?:link|page)|time slots?|calendly\.com|goodtime\.io|what times? work|which (?:of these )?times? work|works? (?:best )?for you|let me know (?:a few |some )?times|propose (?:a few )?times|invite you to (?:an? )?(?:interview|chat|call|conversation)|like to (?:invite|schedule|set up)|move (?:you )?forward to)\b/i,
  oneWayVideo: /\b(?:one-way video|video interview|hirevue|recorded interview|record(?:ed)? (?:your )?(?:answers|responses))\b/i,
  confirmed:
    /\b(?:(?:is|has been|are|you're|you are|we're|we are) (?:now )?(?:confirmed|scheduled|booked|all set)|confirm(?:ing|ed)? (?:your|the)(?: [\w-]+){0,4} (?:interviews?|call|meeting|onsite|session)|calendar invit(?:e|ation)|(?:see|speak to|talk to|meet) you (?:on|then|tomorrow|next)|(?:i|we)(?:'ll| will) (?:call|ring|phone) you (?:on|at|tomorrow|then)|reminder:|this is a reminder|rescheduled (?:to|for)|new time|meeting details|join (?:the )?(?:zoom|teams|google meet|meeting)|zoom\.us\/j|teams\.microsoft\.com|meet\.google\.com)/i,
  afterInterview:
    /\b(?:thank(?:s| you) (?:so much )?(?:again )?for (?:taking the time|(?:the|your) time|meeting|speaking|interviewing|coming in|the (?:conversation|chat|interview|call|opportunity to interview))|(?:great|nice|lovely|good) (?:to meet|meeting|speaking|talking|chatting|connecting)|enjoyed (?:our|the|meeting|speaking|talking)|after (?:your|the) (?:interview|onsite|conversation)|(?:'ll|will) be in touch|collecting feedback|gathering feedback|debrief(?:ing)?|(?:the team|everyone) (?:enjoyed|was impressed)|following up on (?:my|our|the) interview|checking in on|status of my (?:application|candidacy)|any updates? on|decision (?:timeline|process))\b/i,
  offer:
    /\b(?:(?:pleased|happy|delighted|thrilled|excited) to (?:extend|offer|share (?:an|the|your) offer)|offer letter|extend (?:you )?(?:an|a formal|a verbal|a written) offer|verbal offer|formal offer|written offer|we(?:'d| would) like to offer you|offer of employment|offer (?:details|package)|base salary of|sign-on bonus)\b/i,
  rejected:
    /\b(?:not (?:to )?(?:be )?(?:moving|move) forward|decided (?:to )?(?:move|go|proceed|continue) (?:forward )?with (?:another|other|a different)|pursue other candidates|will not be (?:moving|proceeding|progressing)|won't be (?:moving|proceeding)|not (?:been )?selected|regret to inform|position has been filled|role has been filled|(?:have|has) (?:now )?filled the (?:position|role)|decided not to proceed|not (?:be )?(?:extending|offering)|unable to offer|other candidates whose|closer match|decided to go in a different direction)\b/i,
  delayed:
    /\b(?:hiring freeze|freeze on hiring|on hold|(?:paused|pausing|pause) (?:the |all |our )?(?:hiring|search|process|role|interviews)|(?:hiring|search|process|role|interviews) (?:is|are|has been|have been) (?:paused|delayed|postponed)|budget (?:review|approval|constraints|cuts|freeze)|restructur(?:e|ing)|reorganiz(?:e|ation|ing)|re-org|taking longer than (?:expected|anticipated|planned)|pushed back|(?:timeline|process) (?:has|have) (?:shifted|changed|slipped)|delay(?:s|ed)? (?:in|to|with) (?:our|the) (?:process|decision|timeline)|headcount)\b/i,
  ownerAsInterviewer:
    /\b(?:scorecard|interview kit|submit (?:your )?(?:feedback|scorecard)|(?:you(?:'re| are)|you have been) (?:scheduled|added|invited) (?:to|as an?) (?:interview|interviewer|panel)|as (?:an? |the )?interviewer|interview(?:er)? (?:panel|loop) for (?:candidate|a candidate)|candidate(?:'s)? (?:resume|profile|packet) (?:is )?attached|you(?:'ll| will) be interviewing|please (?:review|leave) (?:your )?feedback|debrief (?:meeting|session) for|feedback (?:form|is due)|rate the candidate)\b/i,
  digest:
    /\b(?:unsubscribe|job alerts?|jobs you may (?:be interested in|like)|recommended (?:jobs|for you)|new jobs (?:for|matching)|jobs? (?:matching|that match) your|weekly (?:digest|roundup|newsletter)|newsletter|view (?:this email )?in (?:your )?browser|manage (?:your )?(?:[\w-]+ ){0,3}(?:preferences|alerts|subscriptions)|you(?:'re| are) receiving this (?:\w+ )?(?:email |update |message )?because(?! you (?:are an attendee|applied)\b| [\w ]{1,40}? invited you\b)|you(?:'re| are) receiving this (?:\w+ )?(?:email|update|message)(?! at the account| because)|talent community|email preferences|top picks for you)\b/i,
  tips:
    /\b(?:interview tips|tips (?:for|to) (?:ace|nail|prepare|succeed)|how to (?:ace|nail|prepare for|answer)|common interview questions|questions (?:to ask|you should ask)|mistakes to avoid|(?:\d+|ten|five|seven) (?:ways|tips|questions|things) (?:to|for|you|every|that|we|recruiters|hiring|interviewers|employers)\b|career advice|webinar|masterclass|e-?book|free guide|course)\b/i,
  press:
    /\b(?:podcast|episode|interview with (?:our|the) (?:ceo|founder|cto)|(?:an? |our )interview (?:series|feature)|for (?:an? |our )?(?:article|story|blog|feature|magazine|publication|newsletter|show)|journalist|reporter|editor at|press (?:inquiry|request)|media (?:inquiry|request)|on the record|be featured|quote you)\b/i,
  research:
    /\b(?:user (?:interview|research|study|testing)|research (?:study|session|participant)|usability|participate in (?:a|our) (?:study|research|session)|customer (?:interview|research|feedback session)|gift card|paid study|product feedback)\b/i,
  exit: /\b(?:exit interview|stay interview|offboarding|your last day|leaving the company|departure)\b/i,
  admission:
    /\b(?:admissions? (?:committee|interview|counselou?r|decision)|(?:fall|spring|autumn) 20\d\d (?:entry|intake)|mba (?:program|applicant|interview)|class of 20\d\d|applicant to the .{0,40}program|alumni interview|visa (?:interview|appointment|application)|consulate|embassy|immigration (?:interview|appointment|officer|hearing)|green card|uscis|naturalization|residency (?:program|interview)|scholarships?|bursar(?:y|ies)|(?:is )?not a job (?:interview|or internship)|fellowship (?:committee|interview))\b/i,
  applicationReceived:
    /\b(?:(?:we(?:'ve| have)|have) received your application|thank(?:s| you) for (?:applying|your application|your interest)|application (?:has been )?received|application confirmation|we(?:'ll| will) review your (?:application|resume|profile))\b/i,
  careerEvent:
    /\b(?:career(?:s)? fair|campus (?:day|connect|event|recruiting)|(?:registering|registered|registration) for (?:the|our)|(?:at|visit) (?:our|the) (?:stand|booth|table)|table chat|info(?:rmation)? session|open (?:day|house)|not part of (?:any|the) selection|not a screening interview|coffee chats? (?:are|is) informal)\b/i,
  webinar: /\b(?:webinar|register (?:now|here|today)|save your (?:seat|spot)|live session|virtual event|join us (?:for|on|live)|(?:please )?rsvp (?:here|now|today|by|for))\b/i,
  sales:
    /\b(?:book a demo|(?:a |quick )?demo of|our (?:platform|product|solution|software|tool)|free trial|(?:increase|boost|grow) your|streamline your|i(?:'d| would) love to show you|(?:cut|reduce) (?:your )?costs?|roi|case study from|customers like|companies like yours|partnership opportunity|sourcing (?:tool|platform)|hire faster|(?:time|cost)[- ](?:to|per)[- ]hire|services partner|discovery call|our clients (?:typically|often|usually|see|report)|(?:teams|companies|firms|organi[sz]ations|groups|businesses|employers|practices|agencies) like yours|automat(?:e|es|ing) (?:your |interview |candidate )?(?:scheduling|outreach|onboarding|screening)|fill (?:this|the|your) (?:[\w-]+ )?(?:position|role|vacancy|req)s? faster|your open (?:position|role|req|vacanc)|(?:off|from) (?:your|our) (?:mailing )?(?:list|sequence)|outsourcing|nearshore|staff augmentation|free pilot|(?:integration|setup|set-up|onboarding|licen[cs]e) fees?|(?:we|it) (?:plug|plugs|integrate|integrates) (?:into|with) (?:your |greenhouse|lever|workday|ashby|icims)|(?:cut|cuts|reduce|reduces|save|saves|slash|slashes)\b[^.]{0,40}\bby (?:~|up to |over |about )?\d{1,3}(?=%))\b/i,
} as const;

export type SignalName = keyof typeof SIGNALS;

/** SIGNALS as they read lowered text (see ../caseless.ts). */
const CASELESS_SIGNALS = (Object.entries(SIGNALS) as [SignalName, RegExp][]).map(([name, pattern]) => [name, caseless(pattern)] as const);

export function signalsIn(text: string): Set<SignalName> {
  const found = new Set<SignalName>();
  const blocks = boundedBlocks(lowerAscii(text));
  for (const [name, pattern] of CASELESS_SIGNALS) if (blocks.some((block) => pattern.test(block))) found.add(name);
  return found;
}

/** An out-of-office reply: the sender away now, and how mail is handled meanwhile. Read in its opening, where auto-replies say it. */
const AWAY_NOW = /\b(?:i am|i'm|i will be|i'll be) (?:currently |now )?(?:out of (?:the )?office|away(?: from (?:the|my) (?:office|desk))?|on (?:annual |parental |maternity |paternity |sick |study |medical )?leave|on (?:vacation|holiday)|travell?ing|attending an? (?:conference|training|offsite))\b/;
const MEANWHILE = /\b(?:(?:limited|no) access to (?:my )?e-?mails?|(?:reply|respond|get back to you|answer)\b[^.]{0,30}\b(?:on|upon|after|when i) (?:my )?return|(?:will be )?back (?:in the office )?on|will return on|(?:for|in case of) (?:anything )?urgent|automatic reply|auto-?reply)\b/;

// Every message's opening meets AWAY_NOW; few meet MEANWHILE.
const buildAwayNow = builtOnFirstUse(() => [AWAY_NOW]);

/** Words in quotation marks: a reply that quotes the sender's own out-of-office ("sorry you got my \"I am on leave…\"") reports it. */
const QUOTED_WORDS = oneByte(/["“][^"“”\n]{0,300}["”]/g);

export function isAutoReply(body: string): boolean {
  buildAwayNow();
  const opening = lowerAscii(body.slice(0, 600)).replace(QUOTED_WORDS, ' ');
  return AWAY_NOW.test(opening) && MEANWHILE.test(opening);
}

/** A domain many strangers send from: free mail, or an applicant-tracking system every employer shares. */
export function isSharedMailDomain(domain: string): boolean {
  return FREE_MAIL.test(domain) || Object.keys(ATS_DOMAINS).some((ats) => domain === ats || domain.endsWith(`.${ats}`));
}

/** What follows an address's first '@', up to any second one. */
export function domainOf(email: string): string {
  const at = email.indexOf('@');
  if (at < 0) return '';
  const next = email.indexOf('@', at + 1);
  return email.slice(at + 1, next < 0 ? undefined : next).toLowerCase();
}

const ATS_BY_DOMAIN = new Map(Object.entries(ATS_DOMAINS));

/** The ATS behind an address or a link in the text ("Greenhouse"), if any. */
export function atsOf(email: string, text: string): string | null {
  const domain = domainOf(email);
  // The domain and each of its parent domains: an ATS's own, or one of its subdomains.
  for (let from = 0; from >= 0; from = domain.indexOf('.', from) + 1 || -1) {
    const name = ATS_BY_DOMAIN.get(domain.slice(from));
    if (name) return name;
  }
  if (!text.includes('://')) return null;
  const linked = /https?:\/\/(?:[\w-]+\.){0,10}([\w-]+\.(?:io|co|com|net|hr|ai))\//gi;
  for (const [, host] of text.matchAll(linked)) {
    const name = host ? ATS_DOMAINS[host.toLowerCase()] : undefined;
    if (name) return name;
  }
  return null;
}
