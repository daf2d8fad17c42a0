import { applicationNamed, firstName, greeting, latestInterview, longDate, notesFor, sentence, signature, variant } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

const SUBJECTS = [(role: string) => `Thank you — ${role} interview`, (role: string) => `Thanks for our conversation about the ${role} role`, (role: string) => `${role}: thank you for your time`];
/** “on Monday, November 23” takes a closing comma before the sentence goes on. */
const dated = (when: string) => (/\d$/.test(when) ? `${when},` : when);
const OPENERS = [
  (when: string, role: string, company: string) => `Thank you for taking the time to speak with me ${dated(when)} about the ${role} role at ${company}.`,
  (when: string, role: string, company: string) => `Thank you for meeting with me ${when} — I really enjoyed our conversation about the ${role} position at ${company}.`,
  (when: string, role: string, company: string) => `I appreciated the chance to talk with you ${dated(when)} about joining ${company} as ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}.`,
];
const CLOSERS = [
  'I am excited about the next steps and happy to share anything else that would be helpful.',
  'Please let me know if I can provide anything further; I look forward to hearing about next steps.',
  'I would welcome the chance to keep the conversation going, and I am ready for whatever comes next in the process.',
];

export function thankYou(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const notes = notesFor(ctx);
  const interview = latestInterview(ctx);
  const who = ctx.recipient?.name ?? '';
  const pick = variant(`${who}|${application.id}`, 3);
  const when = interview?.at ? `on ${longDate(interview.at, ctx.settings.timeZone)}` : 'recently';
  const them = firstName(who) || 'you';

  const opening = `${OPENERS[pick]?.(when, application.role, application.company) ?? ''} ${
    notes.mission ? `It left me even more excited about ${sentence(notes.mission)}.` : `It left me even more excited about [what draws you to ${application.company}'s mission].`
  }`;
  const topic = notes.topics ? `I especially enjoyed discussing ${sentence(notes.topics)}.` : `I especially enjoyed discussing [a project or challenge ${them} raised].`;
  const match =
    notes.painPoint && notes.matchingSkill
      ? ` You mentioned ${sentence(notes.painPoint)}; ${sentence(notes.matchingSkill)}, and I would love to bring that to your team.`
      : notes.painPoint
        ? ` You mentioned ${sentence(notes.painPoint)}, and [your matching skill or experience] is exactly the kind of work I would bring.`
        : '';
  const gap = notes.gap && notes.gapStrength ? ` On ${sentence(notes.gap)}, I wanted to add that ${sentence(notes.gapStrength)}.` : '';
  const paragraphs = [opening, `${topic}${match}${gap}`, CLOSERS[pick] ?? ''];
  return {
    subject: SUBJECTS[pick]?.(application.role) ?? `Thank you — ${application.role} interview`,
    body: `${greeting(ctx)}\n\n${paragraphs.join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
