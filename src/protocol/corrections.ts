// The user's corrections from the sidebar, and what Afterview learned from them. A correction is about
// the thread the sidebar shows, so the content script may send it; listing and forgetting what was
// learned belongs to the options page.
import { learnedRule, type LearnedRule } from '../core/corrections/learned';
import { isOwner } from '../core/corrections/owner-match';
import type { Application, Interview } from '../core/model';
import { CORRECTABLE_FIELDS } from '../core/model';
import { arr, isoDate, isoInstant, literal, nullable, obj, recordId, ShapeError, str, type Check } from '../core/shape';
import { localDate } from '../core/timeline/calendar';
import { domainsOfApplication, learn, learnedRules } from '../store/corrections';
import type { AfterviewDb } from '../store/db';
import { newId } from '../store/ids';
import { replan } from '../store/plan';
import { readSettings } from '../store/queries';
import { stageShape } from '../store/shapes';
import { ANY_CALLER, command, EXTENSION_PAGES } from './command';
import { requireApplication } from './records';
import { stateOfApplication } from './threads';

const MAX_TEXT = 120;

/** A name or a title as the user typed it: trimmed, not empty, one line, not longer than a title gets. */
const typed: Check<string> = (v, path = '') => {
  const text = str(v, path).trim();
  if (text === '' || text.length > MAX_TEXT || /[\p{Cc}\p{Zl}\p{Zp}]/u.test(text)) throw new ShapeError(path, `one line of text, 1 to ${MAX_TEXT} characters`);
  return text;
};

const windowShape: Check<{ earliest: string; latest: string } | null> = (v, path = '') => {
  const window = nullable(obj({ earliest: isoDate, latest: isoDate }))(v, path);
  if (window && window.earliest > window.latest) throw new ShapeError(`${path}.earliest`, 'a date no later than latest');
  return window;
};

const VALUE_SHAPES = {
  company: typed,
  role: typed,
  stage: stageShape,
  interviewers: arr(typed, 20),
  interviewAt: nullable(isoInstant),
  decisionWindow: windowShape,
} satisfies { [F in (typeof CORRECTABLE_FIELDS)[number]]: Check<unknown> };

type Values = { [F in keyof typeof VALUE_SHAPES]: ReturnType<(typeof VALUE_SHAPES)[F]> };
export type Correction = { [F in keyof Values]: { applicationId: string; field: F; value: Values[F] } }[keyof Values];

/** The field is named first, then its value is checked by that field's own shape: nothing else can be written. */
const correctionShape: Check<Correction> = (v, path = '') => {
  const { applicationId, field } = obj({ applicationId: recordId, field: literal(...CORRECTABLE_FIELDS) })(v, path);
  const value: unknown = VALUE_SHAPES[field]((v as { value?: unknown }).value, `${path}.value`);
  return { applicationId, field, value } as Correction;
};

/** The rounds with the corrected interview time or interviewers in the latest one (made if there is none). */
function correctRounds(rounds: Interview[], applicationId: string, correction: Extract<Correction, { field: 'interviewers' | 'interviewAt' }>): Interview[] {
  const latest: Interview = rounds.at(-1) ?? { id: newId(), applicationId, round: 1, at: null, durationMinutes: 60, interviewers: [], notes: {}, notesByInterviewer: {} };
  if (correction.field === 'interviewAt') return [{ ...latest, at: correction.value }];
  const names = new Set(correction.value);
  // The sidebar shows every round's interviewers as one list: a name taken off it leaves every round.
  return [...rounds.slice(0, -1).map((r) => ({ ...r, interviewers: r.interviewers.filter((n) => names.has(n)) })), { ...latest, interviewers: correction.value }];
}

async function applyCorrection(db: AfterviewDb, correction: Correction, now: Date): Promise<void> {
  const { applicationId } = correction;
  const app = await requireApplication(db, applicationId);
  const settings = await readSettings(db);
  const at = now.toISOString();
  const next: Application = { ...app, corrected: [...new Set([...(app.corrected ?? []), correction.field])], updatedAt: at };
  const rules: LearnedRule[] = [];
  switch (correction.field) {
    case 'company':
      next.company = correction.value;
      for (const domain of await domainsOfApplication(db, applicationId)) rules.push(learnedRule('company', 'domain', domain, correction.value, at));
      break;
    case 'role':
      next.role = correction.value;
      for (const link of await db.threads.where('applicationId').equals(applicationId).toArray()) rules.push(learnedRule('role', 'thread', link.key, correction.value, at));
      break;
    case 'stage':
      next.stage = correction.value;
      next.pendingStage = null;
      next.delayedSince = correction.value === 'delayed' ? (app.delayedSince ?? at) : null;
      break;
    case 'decisionWindow': {
      const window = correction.value;
      next.decisionWindow = window ? { ...window, quote: app.decisionWindow?.quote || `a decision by ${window.latest}`, statedOn: localDate(now, settings.timeZone) } : null;
      break;
    }
    case 'interviewers': {
      const rounds = await db.interviews.where('applicationId').equals(applicationId).sortBy('round');
      const value = correction.value.filter((name) => !isOwner(name, settings.profile));
      await db.interviews.bulkPut(correctRounds(rounds, applicationId, { ...correction, value }));
      break;
    }
    case 'interviewAt': {
      const rounds = await db.interviews.where('applicationId').equals(applicationId).sortBy('round');
      await db.interviews.bulkPut(correctRounds(rounds, applicationId, correction));
      break;
    }
  }
  await db.applications.put(next);
  await learn(db, rules);
  await replan(db, applicationId, now);
}

export const correctionCommands = {
  'correction/apply': command({
    shape: correctionShape,
    callers: ANY_CALLER,
    handle: async (correction, { db, now, write }) => {
      await write(() => applyCorrection(db, correction, now()));
      return stateOfApplication(db, correction.applicationId, null);
    },
  }),
  'corrections/list': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: (_payload, { db }) => learnedRules(db),
  }),
  'correction/forget': command({
    shape: obj({ key: str }),
    callers: EXTENSION_PAGES,
    handle: async ({ key }, { db, write }) => {
      await write(() => db.corrections.delete(key));
      return learnedRules(db);
    },
  }),
};
