import { applicationNamed, greeting, latestInterview, longDate, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

/** After accepting another offer: withdraw politely, thank them for their time, and leave the door open. */
export function withdrawal(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const interview = latestInterview(ctx);
  const when = interview?.at ? `, and for our conversation on ${longDate(interview.at, ctx.settings.timeZone)}` : '';
  return {
    subject: `${application.role} — withdrawing my application`,
    body: `${greeting(ctx)}\n\n${[
      `Thank you for the time you and the team have given me during the process for the ${application.role} role${when}.`,
      `I wanted to let you know that I have accepted another offer, so I am withdrawing my application. This was not an easy decision: I have great respect for ${application.company} and the people I met.`,
      'I hope our paths cross again, and I wish you and the team every success.',
    ].join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
