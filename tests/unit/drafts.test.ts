import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, lintDraft, renderDraft } from '../../src/core/drafts';
import { context, dossier } from './drafts-context';

const EMAIL_KINDS = DRAFT_KINDS.filter((k) => k !== 'phone-script' && k !== 'voicemail');

describe('renderDraft', () => {
  it.each(EMAIL_KINDS)('%s: names the role in the subject, greets by first name, signs, at most three paragraphs', (kind) => {
    const recipient = kind === 'reference-update' ? { name: 'Ada Byron', email: 'ada@example.com' } : undefined;
    const draft = renderDraft(kind, context(recipient ? { recipient } : {}));
    if (kind !== 'reference-update') expect(draft.subject).toContain('Senior Data Engineer');
    expect(draft.body.split('\n')[0]).toBe(kind === 'reference-update' ? 'Hi Ada,' : 'Hi Ben,');
    expect(draft.body.endsWith('Dana Whitfield\n+1 555 0100')).toBe(true);
    const paragraphs = draft.body.split(/\n\n/).slice(1, -1);
    expect(paragraphs.length).toBeLessThanOrEqual(3);
  });

  it('writes each interviewer a different, specific thank-you from the notes', () => {
    const toBen = renderDraft('thank-you', context());
    const toLucy = renderDraft('thank-you', context({ recipient: { name: 'Lucy Wang', email: 'lucy@northwindlabs.com' } }));
    expect(toBen.body).toContain('the migration of the nightly batch jobs to streaming');
    expect(toBen.body).toContain('late-arriving sensor data');
    expect(toBen.body).toContain('cut batch time by 40%');
    expect(toLucy.body).toContain('how the team reviews data contracts');
    expect(toBen.to).toEqual(['ben@northwindlabs.com']);
    const findings = lintDraft({ ...toLucy, kind: 'thank-you' }, context({ recipient: { name: 'Lucy Wang', email: 'lucy@northwindlabs.com' }, otherDrafts: [{ kind: 'thank-you', body: toBen.body, recipientName: 'Ben Carter' }] }));
    expect(findings.map((f) => f.code)).not.toContain('near-duplicate');
  });

  it('never invents a missing note: it leaves a visible field the linter reports', () => {
    const bare = { ...dossier, interviews: dossier.interviews.map((i) => ({ ...i, notes: {}, notesByInterviewer: {} })) };
    const draft = renderDraft('thank-you', context({ dossier: bare }));
    expect(draft.body).toContain('[a project or challenge Ben raised]');
    const codes = lintDraft({ ...draft, kind: 'thank-you' }, context({ dossier: bare })).map((f) => f.code);
    expect(codes).toContain('placeholder');
    expect(codes).toContain('unpersonalized');
  });

  it('refers to the employer’s timeline in the status check', () => {
    expect(renderDraft('status-check', context()).body).toContain('a decision was expected by Monday, December 7');
  });

  it('asks for an answer before the other offer’s deadline even when it is close, and never states a past deadline', () => {
    const close = renderDraft('competing-offer', context({ now: '2026-12-03T10:00:00.000Z' })).body;
    expect(close).toContain('respond by Friday, December 4');
    expect(close).toContain('let me know by Thursday, December 3');
    const past = renderDraft('competing-offer', context()).body;
    expect(past).toContain('[the other offer’s deadline]');
    expect(lintDraft({ ...renderDraft('competing-offer', context()), kind: 'competing-offer' }, context()).map((f) => f.code)).toContain('placeholder');
  });

  it('asks truthfully for a decision 48–72 hours ahead and before the other deadline, without an ultimatum', () => {
    const draft = renderDraft('competing-offer', context({ now: '2026-11-30T15:00:00.000Z' }));
    expect(draft.body).toContain('respond by Friday, December 4');
    expect(draft.body).toContain('let me know by Thursday, December 3');
    expect(draft.body).toContain('Northwind Labs remains my first choice');
    expect(lintDraft({ ...draft, kind: 'competing-offer' }, context({ now: '2026-11-30T15:00:00.000Z' })).map((f) => f.code)).not.toContain('ultimatum');
  });

  it('gives a phone script and a voicemail that say who is calling and why', () => {
    expect(renderDraft('voicemail', context()).body).toMatch(/^Hi Ben, this is Dana Whitfield, calling about the Senior Data Engineer position I interviewed for on Monday, November 23\./);
    expect(renderDraft('phone-script', context()).body).toContain('Hi, this is Dana Whitfield.');
  });

  it('never throws on arbitrary contexts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DRAFT_KINDS), fc.anything(), fc.string(), (kind, junk, now) => {
        const draft = renderDraft(kind, { ...context(), dossier: junk as never, now });
        expect(typeof draft.body).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('an application nobody has named yet', () => {
  it.each(EMAIL_KINDS)('%s: leaves [company] and [role] where the names would be, never a guess', (kind) => {
    const recipient = kind === 'reference-update' ? { name: 'Ada Byron', email: 'ada@example.com' } : undefined;
    const named = renderDraft(kind, context(recipient ? { recipient } : {}));
    const unnamed = renderDraft(kind, context({ dossier: { ...dossier, application: { ...dossier.application, company: '', role: ' ' } }, ...(recipient ? { recipient } : {}) }));
    const text = (d: { subject: string; body: string }) => `${d.subject}\n${d.body}`;
    expect(text(unnamed).split('[company]').length - 1).toBe(text(named).split(dossier.application.company).length - 1);
    expect(text(unnamed).split('[role]').length - 1).toBe(text(named).split(dossier.application.role).length - 1);
  });
});
