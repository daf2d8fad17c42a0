import { applicationNamed, firstName, notesFor, sentence, signature } from '../facts';
import type { DraftContext, RenderedDraft } from '../types';

/** Briefs a reference on the role and on what to stress, before the employer calls. */
export function referenceUpdate(ctx: DraftContext): RenderedDraft {
  const application = applicationNamed(ctx);
  const notes = notesFor(ctx);
  const focus = notes.topics ? sentence(notes.topics) : '[what the role focuses on]';
  const stress = notes.matchingSkill ?? notes.achievement ?? notes.gapStrength;
  const name = firstName(ctx.recipient?.name);
  return {
    subject: `Heads-up: reference call for the ${application.role} role at ${application.company}`,
    body: `${name ? `Hi ${name},` : 'Hello,'}\n\n${[
      `I'm in the final stage for the ${application.role} role at ${application.company}, and they may contact you as one of my references in the next few days.`,
      `The role focuses on ${focus}. If it comes up, it would help to mention ${stress ? sentence(stress) : '[the experience you would like them to stress]'}.`,
      'Thank you so much for your support — I really appreciate it.',
    ].join('\n\n')}\n\nBest,\n${signature(ctx)}`,
    to: ctx.recipient?.email ? [ctx.recipient.email] : [],
  };
}
