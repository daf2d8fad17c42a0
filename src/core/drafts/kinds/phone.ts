// What to say on the phone to a traditional employer, and the voicemail if nobody picks up.
import { applicationNamed, firstName, latestInterview, longDate, senderName } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

function interviewWhen(ctx: DraftContext): string {
  const interview = latestInterview(ctx);
  return interview?.at ? `on ${longDate(interview.at, ctx.settings.timeZone)}` : 'recently';
}

export function phoneScript(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const name = senderName(ctx);
  const person = ctx.recipient?.name ? ` May I speak with ${ctx.recipient.name}?` : '';
  return {
    subject: `Phone call: ${application.company} — ${application.role}`,
    body: [
      `Hi, this is ${name}.${person}`,
      `I interviewed for the ${application.role} position ${interviewWhen(ctx)}, and I'm calling to follow up. I'm still very interested in the role and wanted to ask whether there is an update on your timeline.`,
      `If they ask: "I'd be glad to send anything else that would help — references or work samples." Thank them for their time, and note any new date they give.`,
    ].join('\n\n'),
    to: [],
  };
}

export function voicemail(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const name = senderName(ctx);
  const phone = ctx.settings.profile.phone.trim() || '[your phone number]';
  const hello = firstName(ctx.recipient?.name) ? `Hi ${firstName(ctx.recipient?.name)}` : 'Hi';
  return {
    subject: `Voicemail: ${application.company} — ${application.role}`,
    body: `${hello}, this is ${name}, calling about the ${application.role} position I interviewed for ${interviewWhen(ctx)}. I'm still very interested and wanted to check in on the timeline. You can reach me at ${phone}. Again, this is ${name}, at ${phone}. Thank you, and have a good day.`,
    to: [],
  };
}
