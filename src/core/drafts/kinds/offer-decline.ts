import { applicationNamed, greeting, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

/** Turning an offer down: thank them first, decline clearly, keep the relationship. */
export function offerDecline(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  return {
    subject: `${application.role} — thank you for the offer`,
    body: `${greeting(ctx)}\n\n${[
      `Thank you very much for offering me the ${application.role} role at ${application.company}, and for the time you and the team spent with me during the process.`,
      'After careful thought, I have decided to decline the offer. It was a difficult decision, and it reflects where I am in my career rather than anything about the role or the team.',
      `I have great respect for ${application.company}, and I hope we will have the chance to work together in the future.`,
    ].join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
