import { askBy } from '../../offer/ask-by';
import { applicationNamed, greeting, latestInterview, longDate, notesFor, sentence, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

/** The interview this note recalls, and who else the user met there: the recipient is greeted already. */
function recalled(ctx: DraftContext): string {
  const interview = latestInterview(ctx);
  if (!interview?.at) return '';
  const others = interview.interviewers.filter((name) => name !== ctx.recipient?.name);
  const met = others.length > 0 ? `, and meeting ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`},` : '';
  const topics = notesFor(ctx).topics;
  const about = topics ? ` about ${sentence(topics)}` : '';
  return ` I have thought often about our conversation on ${longDate(interview.at, ctx.settings.timeZone)}${about}${met} and I remain very interested.`;
}

/**
 * Truthful (an offer, its real deadline, not yet accepted), the preferred role stays the preference, a
 * clear ask 48–72 h out and before the other deadline (../../offer/ask-by.ts), no ultimatum.
 */
export function competingOffer(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const offer = application.competingOffer;
  const zone = ctx.settings.timeZone;
  // A deadline that is unknown or already past cannot be stated truthfully: the user fills it in.
  const by = offer ? askBy(offer.notedAt, offer.deadline, ctx.now) : null;
  const deadlineText = offer && by ? longDate(offer.deadline, zone) : '[the other offer’s deadline]';
  const askText = by ? longDate(by, zone) : '[a date before that deadline]';
  return {
    subject: `${application.role} — a question about timing`,
    body: `${greeting(ctx)}\n\n${[
      `I wanted to let you know, in confidence, that I have received another job offer, which I have not accepted, and I have been asked to respond by ${deadlineText}.${recalled(ctx)}`,
      `${application.company} remains my first choice, and the ${application.role} role is the one I am most excited about. Would it be possible to expedite your decision? If you could let me know by ${askText}, it would help me a great deal.`,
      'I completely understand if the timeline cannot change, and I am grateful for your consideration either way.',
    ].join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
