// The emails that ask where things stand: status check, later check-ins, and the extended-delay note.
import { applicationNamed, greeting, longDate, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

function email(ctx: DraftContext, subject: string, paragraphs: string[]): RenderedDraft {
  return {
    subject,
    body: `${greeting(ctx)}\n\n${paragraphs.join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}

export function statusCheck(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const window = application.decisionWindow;
  const timeline = window
    ? `When we spoke, you mentioned a decision was expected by ${longDate(window.latest, ctx.settings.timeZone)}, so I wanted to check in on the ${application.role} position.`
    : `I wanted to check in on the ${application.role} position and see whether there is an update on the timeline.`;
  return email(ctx, `Checking in — ${application.role}`, [
    `I hope your week is going well. ${timeline}`,
    `I remain very interested in joining ${application.company} and would be glad to provide anything else that would help your decision.`,
    'Thank you again for your time and consideration.',
  ]);
}

export function checkIn(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  return email(ctx, `Following up on the ${application.role} position`, [
    `I hope all is well. I wanted to follow up on the ${application.role} role and ask whether there is any news on your timeline.`,
    `My interest in ${application.company} is as strong as ever, and I am happy to share references or work samples if that would be useful.`,
    'Thank you, and I look forward to hearing from you.',
  ]);
}

export function extendedDelay(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  return email(ctx, `${application.role} — checking in`, [
    `Thank you for keeping me informed about the pause in the hiring process for the ${application.role} role. I understand that timelines can change, and I appreciate your openness.`,
    `Could you share where things stand now, and whether there is a revised timeline? In the meantime, I would be glad to provide any further information that would be helpful.`,
    `I remain very interested in ${application.company} and hope to continue the conversation when the time is right.`,
  ]);
}
