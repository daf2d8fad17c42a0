import { beforeAll, describe, expect, it } from 'vitest';
import { lintDraft, renderDraft, type DraftToLint, type FindingCode, type Speller } from '../../src/core/drafts';
import type { DraftKind } from '../../src/core/model';
import { context } from './drafts-context';
import { loadSpeller } from './support/speller';

let speller: Speller;
beforeAll(() => {
  speller = loadSpeller();
});

const GOOD_BODY = `Hi Ben,

Thank you for speaking with me on Monday about the Senior Data Engineer role at Northwind Labs. I especially enjoyed discussing the migration of the nightly batch jobs to streaming.

You mentioned late-arriving sensor data; I built a watermarking layer for exactly that, and I would love to bring it to your team.

I look forward to hearing about next steps.

Best regards,
Dana Whitfield`;

const draft = (body: string, kind: DraftKind = 'thank-you', subject = 'Thank you — Senior Data Engineer interview', to = ['ben@northwindlabs.com']): DraftToLint => ({ subject, body, to, kind });
const codes = (d: DraftToLint, ctx = context()) => lintDraft(d, ctx, speller).map((f) => f.code);

describe('a good thank-you', () => {
  it('has no findings at all', () => {
    expect(lintDraft(draft(GOOD_BODY), context(), speller)).toEqual([]);
  });
});

const fires: [FindingCode, DraftToLint, ReturnType<typeof context>?][] = [
  ['emoji', draft(GOOD_BODY.replace('next steps.', 'next steps 🙂.'))],
  ['emoji', draft(GOOD_BODY.replace('next steps.', 'next steps :)'))],
  ['placeholder', draft(GOOD_BODY.replace('on Monday', 'on ______'))],
  ['casual-tone', draft(GOOD_BODY.replace('Hi Ben,', 'Hey Ben,'))],
  ['casual-tone', draft(GOOD_BODY.replace('next steps.', 'next steps!!!'))],
  ['casual-tone', draft(GOOD_BODY.replace('I look forward', 'I am VERY EXCITED and look forward'))],
  ['casual-tone', draft(GOOD_BODY.replace('I look forward', 'btw I look forward'))],
  ['impatient-tone', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'I still haven’t heard anything and need to know.').replace('haven’t', "haven't"), 'check-in', 'Following up on the Senior Data Engineer position')],
  ['impatient-tone', draft(GOOD_BODY.replace('I look forward', 'As I said before, I look forward'))],
  ['impatient-tone', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'I need an answer soon.'))],
  ['unpersonalized', draft('Hi Ben,\n\nThank you for your time today. I enjoyed our conversation and I am very interested in the role.\n\nBest regards,\nDana Whitfield')],
  ['unpersonalized', draft('Hi Ben,\n\nThank you for taking the time to meet with me today to discuss the Senior Data Engineer position. I enjoyed learning about the role and the team at Northwind Labs.\n\nI look forward to hearing from you.\n\nBest regards,\nDana Whitfield')],
  ['placeholder', draft(GOOD_BODY.replace('Dana Whitfield', '[Your Name]'))],
  ['spelling', draft(GOOD_BODY.replace('especially enjoyed', 'especialy enjoyed'))],
  ['too-soon', draft(GOOD_BODY, 'status-check', 'Checking in — Senior Data Engineer'), context({ now: '2026-12-01T15:00:00.000Z' })],
  ['too-frequent', draft(GOOD_BODY, 'check-in', 'Following up on the Senior Data Engineer position'), context({ events: [{ id: 'e', applicationId: 'app-1', kind: 'email', direction: 'sent', at: '2026-12-05T15:00:00.000Z', checkInKey: 'status-check:app-1:x', to: [] }] })],
  ['uninvolved-recipient', draft(GOOD_BODY, 'check-in', 'Following up on the Senior Data Engineer position', ['marta@northwindlabs.com'])],
  ['uninvolved-recipient', draft(GOOD_BODY, 'check-in', 'Following up on the Senior Data Engineer position', ['someone@else.com'])],
  ['too-long', draft(`${GOOD_BODY.split('\n\nBest')[0]}\n\nOne more paragraph.\n\nAnd another one here.\n\nBest regards,\nDana Whitfield`)],
  ['subject-missing-role', draft(GOOD_BODY, 'thank-you', 'Thank you!')],
  ['impatient-tone', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'I still haven’t heard back from anyone.'), 'check-in', 'Following up on the Senior Data Engineer position')],
  ['impatient-tone', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'Please get back to me this week.'), 'check-in', 'Following up on the Senior Data Engineer position')],
  ['casual-tone', draft(GOOD_BODY.replace('I look forward', 'Haha, tbh I look forward'))],
  ['ultimatum', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'You have until Thursday, otherwise I’ll accept the other offer.'), 'competing-offer', 'Senior Data Engineer — timing')],
  ['ultimatum', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'I need a decision by Friday.'), 'competing-offer', 'Senior Data Engineer — timing')],
  ['ultimatum', draft(GOOD_BODY.replace('I look forward to hearing about next steps.', 'If I don’t hear back by Friday, I will accept the other offer.').replace('don’t', "don't"), 'competing-offer', 'Senior Data Engineer — timing')],
];

describe('each code fires on the mistake it names', () => {
  it.each(fires.map(([code, d, ctx], i) => [`${code} #${i}`, code, d, ctx] as const))('%s', (_name, code, d, ctx) => {
    expect(codes(d, ctx ?? context())).toContain(code);
  });
});

describe('and stays quiet on good text', () => {
  it('does not call names, the company or the role misspelt', () => {
    const body = GOOD_BODY.replace('Thank you', 'Ben Carter, Lucy Wang and I at Northwind Labs: thank you');
    expect(codes(draft(body))).not.toContain('spelling');
  });

  it('does not call product names or common tech terms misspelt, but still checks words that open a sentence', () => {
    const body = GOOD_BODY.replace('I built a watermarking layer', 'I built a watermarking layer with Kafka, Terraform and GraphQL microservices');
    expect(codes(draft(body))).not.toContain('spelling');
    const misspelt = lintDraft(draft(GOOD_BODY.replace('You mentioned', 'Yuo mentioned')), context(), speller).find((f) => f.code === 'spelling');
    expect(misspelt?.span).toBeDefined();
  });

  it('counts a conversation-specific sentence in everyday wording as personal', () => {
    const body = 'Hi Ben,\n\nThank you for meeting with me today. I enjoyed hearing how your team is rebuilding the checkout flow before the holiday season.\n\nI look forward to the next steps.\n\nBest regards,\nDana Whitfield';
    expect(codes(draft(body))).not.toContain('unpersonalized');
  });

  it('does not take a trademark sign, a time or a list marker for an emoji', () => {
    const body = GOOD_BODY.replace('I look forward', 'Northwind Labs™ ships at 10:30 (see point D) and I look forward');
    expect(codes(draft(body))).not.toContain('emoji');
  });

  it('accepts a status check the day after the window closed, and an involved recipient', () => {
    const d = renderDraft('status-check', context({ now: '2026-12-08T15:00:00.000Z' }));
    expect(codes({ ...d, kind: 'status-check' }, context({ now: '2026-12-08T15:00:00.000Z' }))).toEqual([]);
  });

  it('marks an executive who was not involved as an error, others as a warning', () => {
    const [ceo] = lintDraft(draft(GOOD_BODY, 'check-in', 'Following up on the Senior Data Engineer position', ['marta@northwindlabs.com']), context(), speller).filter((f) => f.code === 'uninvolved-recipient');
    expect(ceo?.severity).toBe('error');
  });

  it('does not mistake eagerness to start or a polite timeline for impatience or casual tone', () => {
    const body = GOOD_BODY.replace('I look forward to hearing about next steps.', 'I could start immediately, and I’d be glad to share anything that helps your decision.');
    expect(codes(draft(body))).not.toEqual(expect.arrayContaining(['impatient-tone']));
    expect(codes(draft(body))).not.toContain('casual-tone');
  });

  it('treats an uninvolved talent partner or product owner as a warning, not an executive', () => {
    const ctx = context({ recipient: { name: 'Sam Lee', email: 'sam@northwindlabs.com', title: 'Talent Partner' } });
    const [finding] = lintDraft(draft(GOOD_BODY, 'check-in', 'Following up on the Senior Data Engineer position', ['sam@northwindlabs.com']), ctx, speller).filter((f) => f.code === 'uninvolved-recipient');
    expect(finding?.severity).toBe('warning');
  });

  it('points at the offending text', () => {
    const body = GOOD_BODY.replace('Hi Ben,', 'Hey Ben,');
    const finding = lintDraft(draft(body), context(), speller).find((f) => f.code === 'casual-tone');
    expect(finding?.span && body.slice(...finding.span)).toBe('Hey');
  });

  it('renders every kind with no tone, spelling or ultimatum finding', () => {
    for (const kind of ['thank-you', 'status-check', 'check-in', 'extended-delay', 'competing-offer', 'value-add', 'reference-update'] as const) {
      const d = renderDraft(kind, context({ now: '2026-12-08T15:00:00.000Z' }));
      const found = codes({ ...d, kind }, context({ now: '2026-12-08T15:00:00.000Z' }));
      for (const code of ['emoji', 'casual-tone', 'impatient-tone', 'spelling', 'ultimatum', 'too-long'] as const) expect({ kind, found }).not.toEqual({ kind, found: expect.arrayContaining([code]) });
    }
  });
});

describe('properties', () => {
  it('never throws on arbitrary drafts and contexts', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.string({ maxLength: 80 }), fc.array(fc.string(), { maxLength: 3 }), fc.anything(), (body, subject, to, junk) => {
        expect(Array.isArray(lintDraft({ body, subject, to, kind: 'check-in' }, context(), speller))).toBe(true);
        expect(Array.isArray(lintDraft({ body, subject, to, kind: 'thank-you' }, junk as never, speller))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
