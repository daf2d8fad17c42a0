// Timing: writing while the employer's window is open, or more often than the rules allow.
import type { DraftContext, DraftToLint, Finding } from '../types';

const DAY = 86_400_000;
const FOLLOW_UPS = new Set(['status-check', 'check-in', 'extended-delay', 'value-add']);

export function timingFindings(draft: DraftToLint, ctx: DraftContext): Finding[] {
  if (!FOLLOW_UPS.has(draft.kind)) return [];
  const out: Finding[] = [];
  const now = Date.parse(ctx.now);
  const app = ctx.dossier.application;
  const window = app.decisionWindow;
  if (window && !Number.isNaN(now) && now < Date.parse(`${window.latest}T23:59:59Z`)) {
    out.push({ code: 'too-soon', severity: 'warning', message: `They said “${window.quote}” — their window runs to ${window.latest}. Wait until the next business day after it.` });
  }
  const lastSent = (ctx.events ?? [])
    .filter((e) => e.applicationId === app.id && e.direction === 'sent' && e.kind === 'email' && !e.checkInKey?.startsWith('thank-you:') && !e.checkInKey?.startsWith('reference-update:'))
    .map((e) => Date.parse(e.at))
    .filter((t) => !Number.isNaN(t) && t <= now)
    .sort((a, b) => b - a)[0];
  if (lastSent !== undefined) {
    const days = (now - lastSent) / DAY;
    const cadence = ctx.settings.cadence === 'patient' ? 21 : 7;
    if (days < 7) out.push({ code: 'too-frequent', severity: 'error', message: `You wrote to ${app.company} ${Math.max(0, Math.floor(days))} days ago: never two emails to one application within 7 days.` });
    else if (days < cadence) out.push({ code: 'too-frequent', severity: 'warning', message: `Your ${ctx.settings.cadence} cadence waits ${cadence} days between check-ins; it has been ${Math.floor(days)}.` });
  }
  return out;
}
