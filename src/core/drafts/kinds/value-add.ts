import { applicationNamed, greeting, notesFor, sentence, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

/** Shares something useful: an article, an idea on a problem discussed, or an achievement the interview missed. */
export function valueAdd(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const notes = notesFor(ctx);
  const topic = notes.topics ? sentence(notes.topics) : notes.painPoint ? sentence(notes.painPoint) : '[a problem we discussed]';
  const share = ctx.share?.article
    ? `I came across this and thought of our conversation about ${topic}: ${ctx.share.article}`
    : ctx.share?.idea
      ? `I kept thinking about ${topic} after we spoke, and one idea came to mind: ${sentence(ctx.share.idea)}.`
      : notes.achievement
        ? `Since we spoke about ${topic}, I wanted to mention something we did not get to cover: ${sentence(notes.achievement)}.`
        : `I kept thinking about ${topic} after we spoke and wanted to share [an article, an idea or an achievement that helps].`;
  return {
    subject: `An idea on ${topic.length <= 60 ? topic : 'our conversation'} — ${application.role}`,
    body: `${greeting(ctx)}\n\n${[share, `No need to reply; I simply thought it might be useful for the team at ${application.company}.`].join('\n\n')}\n\nBest regards,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
