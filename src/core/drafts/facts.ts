// The facts a draft may use, gathered once; every missing one has the visible field that stands in for it.
import type { ApplicationDossier, Interview, InterviewNotes } from '../model';
import type { DraftContext } from './types';

export const firstName = (name: string | undefined | null) => (name ?? '').trim().split(/\s+/)[0] ?? '';

export function latestInterview(ctx: DraftContext): Interview | null {
  if (ctx.interview) return ctx.interview;
  const rounds = [...ctx.dossier.interviews].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  return rounds.at(-1) ?? null;
}

/** The interview's notes, with what the user wrote about this one interviewer taking precedence. */
export function notesFor(ctx: DraftContext): InterviewNotes {
  const interview = latestInterview(ctx);
  if (!interview) return {};
  const personal = ctx.recipient ? interview.notesByInterviewer[ctx.recipient.name] : undefined;
  const clean = (notes: InterviewNotes | undefined) =>
    Object.fromEntries(Object.entries(notes ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as InterviewNotes;
  return { ...clean(interview.notes), ...clean(personal) };
}

export function signature(ctx: DraftContext): string {
  const { signature: sig, name } = ctx.settings.profile;
  if (sig.trim()) return sig.trim();
  return name.trim() || '[Your name]';
}

export function senderName(ctx: DraftContext): string {
  return ctx.settings.profile.name.trim() || '[Your name]';
}

export function greeting(ctx: DraftContext): string {
  const name = firstName(ctx.recipient?.name);
  return name ? `Hi ${name},` : 'Hello,';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "Friday, December 4" in the user's zone. */
export function longDate(isoOrDay: string, timeZone: string | null): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? new Date(`${isoOrDay}T12:00:00Z`) : new Date(isoOrDay);
  if (Number.isNaN(date.getTime())) return '[date]';
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? 'UTC' : (timeZone ?? undefined);
  const key = zone ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', ...(zone ? { timeZone: zone } : {}) });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** A small stable number from text, so two interviewers get different wording, the same each time. */
export function variant(seed: string, choices: number): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % choices;
}

export function sentence(text: string): string {
  const t = text.trim().replace(/[.!?]+$/, '');
  return t;
}

/** The application as a draft names it: a company or role nobody has given yet is a visible [field] to fill, not a guess. */
export function applicationNamed(ctx: DraftContext): ApplicationDossier['application'] {
  const { application } = ctx.dossier;
  return { ...application, company: application.company.trim() || '[company]', role: application.role.trim() || '[role]' };
}
