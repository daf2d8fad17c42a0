import { applicationNamed, greeting, longDate, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

const HOUR = 3_600_000;

/** Truthful, the preferred role stays the preference, a clear 48–72 h ask before the other deadline, no ultimatum. */
export function competingOffer(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const offer = application.competingOffer;
  const now = Date.parse(ctx.now);
  const deadline = offer ? Date.parse(offer.deadline) : Number.NaN;
  const zone = ctx.settings.timeZone;
  // A deadline that is unknown or already past cannot be stated truthfully: the user fills it in.
  const pending = !Number.isNaN(deadline) && deadline > now;
  // 72 h out, but a day before their deadline so the dates read clearly apart; halfway there when it is that close.
  const dayBefore = deadline - 24 * HOUR;
  const askBy = !pending ? now + 72 * HOUR : dayBefore >= now + 12 * HOUR ? Math.min(now + 72 * HOUR, dayBefore) : now + (deadline - now) / 2;
  const deadlineText = pending ? longDate(new Date(deadline).toISOString(), zone) : '[the other offer’s deadline]';
  return {
    subject: `${application.role} — a question about timing`,
    body: `${greeting(ctx)}\n\n${[
      `I wanted to let you know, in confidence, that I have received another job offer, and I have been asked to respond by ${deadlineText}.`,
      `${application.company} remains my first choice, and the ${application.role} role is the one I am most excited about. Would it be possible to expedite your decision? If you could let me know by ${longDate(new Date(askBy).toISOString(), zone)}, it would help me a great deal.`,
      'I completely understand if the timeline cannot change, and I am grateful for your consideration either way.',
    ].join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
