// Content: fields left unfilled, generic thank-yous, length, the subject, and near-duplicate notes.
import { splitMessage } from '../../analyze/message-text';
import { fromOneByte, mailAsOneByte } from '../../one-byte';
import { notesFor } from '../facts';
import { similarity, NEAR_DUPLICATE_THRESHOLD } from '../similarity';
import type { DraftContext, DraftToLint, Finding } from '../types';
import { findAll } from './find';

const PLACEHOLDER = /\[[^\]\n]{1,80}\]|\{\{[^}\n]{1,40}\}\}|<(?:your|company|name|role|date)[^>\n]{0,30}>|\b(?:Your Name|Company Name|Job Title|Hiring Manager Name|XXX+|TBD)\b|_{3,}/;
const EMAIL_KINDS = new Set(['thank-you', 'status-check', 'check-in', 'extended-delay', 'competing-offer', 'value-add', 'reference-update', 'withdrawal', 'offer-decline']);
const MAX_WORDS = 200;
const MAX_PARAGRAPHS = 3;
/** A sentence that refers to something concrete from the conversation. */
const SPECIFIC =
  /\b(?:discuss(?:ed|ing)?|talk(?:ed|ing)? (?:about|through)|learn(?:ed|ing)? (?:about|how|that)|hear(?:d|ing)? (?:about|how|that)|our (?:conversation|discussion|chat) (?:about|on)|you (?:mentioned|described|shared|raised|asked|explained|walked me through)|you(?:'re|’re| are) (?:building|planning|working on|tackling)|(?:especially|particularly) (?:enjoyed|appreciated|liked)|your (?:plans?|work|team's|team’s|roadmap|approach|vision|goals?|focus|efforts?)|the (?:project|initiative|challenge|launch|migration|redesign|rollout|expansion|program|problem|goal|plan))\s+\S+(?:\s+\S+){2,60}/i;

/** Words that name the job, the meeting or the act of talking, not something said in it. */
const GENERIC = new Set(
  `the a an and or of at for to in on with about more me you your our my this that it its role position opportunity job team company interview interviews
  conversation conversations chat time today yesterday call meeting everything all things work culture organization organisation process really very
  discuss discussed discussing talk talked talking learn learned learning hear heard hearing mentioned described plan plans project`.split(/\s+/),
);

/** A sentence that names at least two things from the conversation beyond the role, the company and talk itself. */
function mentionsSomethingSpecific(core: string, ctx: DraftContext): boolean {
  const app = ctx.dossier.application;
  const named = new Set(`${app.company} ${app.role}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...core.matchAll(new RegExp(SPECIFIC.source, 'gi'))].some((m) => {
    const sentence = m[0].split(/[.!?;](?:\s|$)/)[0] ?? '';
    if (PLACEHOLDER.test(sentence)) return false;
    const words = sentence.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
    return words.filter((w) => w.length > 2 && !GENERIC.has(w) && !named.has(w)).length >= 2;
  });
}

/** The message itself: no greeting line, no sign-off or signature. */
export function coreText(body: string): string {
  return fromOneByte(splitMessage(mailAsOneByte(body)).body)
    .replace(/^\s*(?:hi|hello|dear|good (?:morning|afternoon))\b[^\n]{0,40},?\s*\n/i, '')
    .trim();
}

export function contentFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  const out = findAll(draft.body, PLACEHOLDER, 'placeholder', 'error', (m) => `Fill in ${m} before sending.`, 20);
  if (PLACEHOLDER.test(draft.subject)) out.push({ code: 'placeholder', severity: 'error', message: 'The subject still has a field to fill in.' });
  if (!EMAIL_KINDS.has(draft.kind)) return out;

  const core = coreText(draft.body);
  const words = core.split(/\s+/).filter(Boolean).length;
  const paragraphs = core.split(/\n\s*\n/).filter((p) => p.trim()).length;
  if (paragraphs > MAX_PARAGRAPHS || words > MAX_WORDS) {
    out.push({ code: 'too-long', severity: 'warning', message: `${paragraphs} paragraphs and ${words} words: keep a follow-up to ${MAX_PARAGRAPHS} short paragraphs and under ${MAX_WORDS} words.` });
  }
  const role = ctx.dossier.application.role.trim();
  if (draft.kind !== 'reference-update' && role && !draft.subject.toLowerCase().includes(role.toLowerCase())) {
    out.push({ code: 'subject-missing-role', severity: 'warning', message: `Name the job title (“${role}”) in the subject so they place your email at once.` });
  }
  if (draft.kind === 'thank-you') {
    const notes = Object.values(notesFor(ctx)).filter((v): v is string => typeof v === 'string' && v.trim().length > 3);
    const usesNotes = notes.some((note) => core.toLowerCase().includes(note.trim().toLowerCase().slice(0, 40)));
    if (!usesNotes && !mentionsSomethingSpecific(core, ctx)) {
      out.push({ code: 'unpersonalized', severity: 'warning', message: 'Nothing in this thank-you is specific to your conversation: mention a project, challenge or goal they raised.' });
    }
    for (const other of ctx.otherDrafts ?? []) {
      if (other.kind !== 'thank-you' || !other.body.trim()) continue;
      const score = similarity(core, coreText(other.body));
      if (score >= NEAR_DUPLICATE_THRESHOLD) {
        out.push({
          code: 'near-duplicate',
          severity: 'warning',
          message: `This note is ${Math.round(score * 100)}% alike the one to ${other.recipientName ?? 'another interviewer'}: interviewers compare notes, so make each one personal.`,
        });
      }
    }
  }
  return out;
}
