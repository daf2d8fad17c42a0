import type { DraftKind } from '../model';
import { competingOffer } from './kinds/competing-offer';
import { checkIn, extendedDelay, statusCheck } from './kinds/follow-ups';
import { phoneScript, voicemail } from './kinds/phone';
import { referenceUpdate } from './kinds/reference-update';
import { thankYou } from './kinds/thank-you';
import { valueAdd } from './kinds/value-add';
import { withdrawal } from './kinds/withdrawal';
import { offerDecline } from './kinds/offer-decline';
import type { DraftContext, RenderedDraft } from './types';

const KINDS: Record<DraftKind, (ctx: DraftContext) => RenderedDraft> = {
  'thank-you': thankYou,
  'status-check': statusCheck,
  'check-in': checkIn,
  'extended-delay': extendedDelay,
  'competing-offer': competingOffer,
  'value-add': valueAdd,
  'phone-script': phoneScript,
  voicemail,
  'reference-update': referenceUpdate,
  withdrawal,
  'offer-decline': offerDecline,
};

export const DRAFT_KINDS = Object.keys(KINDS) as DraftKind[];

/** The draft of one kind for this application, with visible [fields] wherever a fact is missing. */
export function renderDraft(kind: DraftKind, context: DraftContext): RenderedDraft {
  const render = KINDS[kind];
  if (!render) return { subject: '', body: '', to: [] };
  try {
    return render(context);
  } catch {
    return { subject: '', body: '[Afterview could not write this draft: some of the application’s data is unreadable.]', to: [] };
  }
}
