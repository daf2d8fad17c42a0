// A thread whose page Afterview cannot read: what it missed, in words, and what the sidebar shows once the
// user tracked it by hand.
import type { ThreadAnalysis } from '../core/model';
import type { SelectorMatch } from '../mail/diagnostics';
import type { ThreadState } from '../messaging';

/** The parts of a thread page the adapters read (their selectors.ts in src/mail/), as a user would name them. */
const PART_WORDS: Record<string, string> = {
  threadRoot: 'the open thread',
  readingPane: 'the reading pane',
  subject: 'the subject',
  sender: 'who wrote each message',
  body: 'the message text',
  date: 'when each message was sent',
};

export function missingParts(matches: SelectorMatch[]): string[] {
  return matches
    .filter((m) => m.matchedBy === null)
    .map((m) => PART_WORDS[m.element])
    .filter((words): words is string => words !== undefined);
}

/** No analysis ran: the facts are the user's own, from the application they typed. */
export function manualAnalysis(state: ThreadState): ThreadAnalysis {
  const application = state.dossier?.application;
  return {
    relevant: true,
    confidence: 1,
    stage: application?.stage ?? null,
    company: application?.company ?? null,
    role: application?.role || null,
    interviewers: [],
    interviewAt: state.dossier?.interviews[0]?.at ?? null,
    decisionWindow: null,
    reasons: ['You tracked this thread by hand: Afterview could not read its page.'],
  };
}
