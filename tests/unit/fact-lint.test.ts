// Issue 17, part 2: drafts checked against the application's facts, each mistake with a one-click fix.
import { describe, expect, it } from 'vitest';
import { applyFix, DRAFT_KINDS, lintDraft, renderDraft, type DraftContext, type Finding, type FindingCode } from '../../src/core/drafts';
import type { DraftKind } from '../../src/core/model';
import { loadCorpus } from './analyze-corpus';
import { contextsOf, type ThreadFacts } from './corpus-drafts';
import { context, dossier } from './drafts-context';

const FACT_CODES: FindingCode[] = ['wrong-weekday', 'wrong-name', 'wrong-role', 'wrong-company', 'stale-reference'];
const OTHERS = [
  { company: 'Quillbyte', role: 'Staff Backend Engineer' },
  { company: 'Harbor & Pine', role: 'Product Designer' },
];

// The interview of drafts-context.ts was on Monday, November 23, 2026, 1 pm in New York; "now" is Tuesday, December 8.
const BODY = `Hi Ben,

Thank you for speaking with me on Monday about the Senior Data Engineer role at Northwind Labs. I especially enjoyed discussing the migration of the nightly batch jobs to streaming with you and Lucy Wang.

I look forward to hearing about next steps.

Best regards,
Dana Whitfield`;

const factFindings = (body: string, ctx: DraftContext = context({ otherApplications: OTHERS }), kind: DraftKind = 'thank-you'): Finding[] =>
  lintDraft({ subject: 'Thank you — Senior Data Engineer interview', body, to: ['ben@northwindlabs.com'], kind }, ctx).filter((f) => FACT_CODES.includes(f.code));

/** The one finding of `code`, and the body once its fix is applied. */
function fixed(body: string, code: FindingCode, ctx?: DraftContext): { finding: Finding; after: string } {
  const found = factFindings(body, ctx).filter((f) => f.code === code);
  expect(found, JSON.stringify(factFindings(body, ctx))).toHaveLength(1);
  const finding = found[0] as Finding;
  expect(finding.fix).toBeDefined();
  const after = applyFix(body, finding.fix ?? { span: [0, 0], replacement: '', original: 'x' });
  expect(after).not.toBeNull();
  return { finding, after: after ?? '' };
}

describe('a good draft', () => {
  it('has no fact finding', () => {
    expect(factFindings(BODY)).toEqual([]);
  });
});

describe('wrong-weekday', () => {
  it.each([
    ['Tuesday, November 23', 'Monday, November 23'],
    ['Tue, Nov 23', 'Mon, Nov 23'],
    ['Tuesday 23 November', 'Monday 23 November'],
    ['Friday, March 4', 'Thursday, March 4'],
    ['Wednesday, March 4, 2026', 'Wednesday, March 4, 2026'],
  ])('checks “%s” against the calendar', (written, right) => {
    const body = BODY.replace('on Monday about', `on ${written}, about`);
    if (written === right) {
      expect(factFindings(body)).toEqual([]);
      return;
    }
    expect(fixed(body, 'wrong-weekday').after).toBe(BODY.replace('on Monday about', `on ${right}, about`));
  });

  it('resolves a date without a year to the nearest one: in December, “January 4” is next year’s', () => {
    // January 4, 2027 is a Monday; January 4, 2026 was a Sunday.
    const body = BODY.replace('I look forward', 'I can start on Monday, January 4. I look forward');
    expect(factFindings(body)).toEqual([]);
    const { finding } = fixed(body.replace('Monday, January 4', 'Sunday, January 4'), 'wrong-weekday');
    expect(finding.message).toBe('January 4, 2027 is a Monday, not a Sunday.');
  });

  it('corrects a weekday that names the interview on another day', () => {
    const { finding, after } = fixed(BODY.replace('on Monday', 'on Tuesday'), 'wrong-weekday');
    expect(after).toBe(BODY);
    expect(finding.message).toBe('Your interview was on Monday, November 23, not a Tuesday.');
    expect(fixed(BODY.replace('Thank you for speaking with me on Monday', 'Thank you for meeting last Thu'), 'wrong-weekday').after).toContain('for meeting last Mon');
  });

  it('leaves alone a weekday about something still to come or not about the meeting', () => {
    for (const sentence of ['I look forward to meeting the team on Friday.', 'Thank you, and I am available on Friday for a call.', 'Thanks for the update on Friday.']) {
      expect(factFindings(BODY.replace('I look forward to hearing about next steps.', sentence))).toEqual([]);
    }
  });

  it('takes the right weekday from the round the draft is about', () => {
    const first = { ...dossier.interviews[0], id: 'int-0', round: 0, at: '2026-11-17T15:00:00.000Z' } as (typeof dossier.interviews)[0];
    const ctx = context({ dossier: { ...dossier, interviews: [first, ...dossier.interviews] }, interview: first });
    const { finding, after } = fixed(BODY.replace('on Monday', 'on Friday'), 'wrong-weekday', ctx);
    expect(after).toBe(BODY.replace('on Monday', 'on Tuesday'));
    expect(finding.message).toBe('Your interview was on Tuesday, November 17, not a Friday.');
  });

  it('accepts the weekday of any round of the application', () => {
    const rounds = { ...dossier, interviews: [...dossier.interviews, { ...dossier.interviews[0], id: 'int-0', round: 0, at: '2026-11-17T15:00:00.000Z' } as (typeof dossier.interviews)[0]] };
    expect(factFindings(BODY.replace('on Monday', 'on Tuesday'), context({ dossier: rounds }))).toEqual([]);
  });
});

describe('stale-reference', () => {
  it('rewrites “yesterday’s interview” three days on as a wording that stays true', () => {
    const ctx = context({ now: '2026-11-26T15:00:00.000Z' });
    const body = BODY.replace('Thank you for speaking with me on Monday', 'Thank you for yesterday’s interview');
    const { finding, after } = fixed(body, 'stale-reference', ctx);
    expect(after).toContain('Thank you for our interview on Monday about');
    expect(finding.message).toBe('Your interview was on Monday, not “yesterday”.');
  });

  it('says the date once the interview is more than a week back, and keeps a sentence’s capital', () => {
    const body = BODY.replace('Thank you for speaking with me on Monday about', 'Today’s conversation about');
    expect(fixed(body, 'stale-reference').after).toContain('Our conversation on Monday, November 23 about');
  });

  it.each([
    ['Thank you for your time today', 'Thank you for your time yesterday', '2026-11-24T15:00:00.000Z'],
    ['Thank you for speaking with me this morning', 'Thank you for speaking with me on Monday', '2026-11-26T15:00:00.000Z'],
    ['It was great to meet you yesterday', 'It was great to meet you today', '2026-11-23T22:00:00.000Z'],
  ])('“%s” becomes “%s”', (written, right, now) => {
    const body = BODY.replace('Thank you for speaking with me on Monday', written);
    expect(fixed(body, 'stale-reference', context({ now })).after).toBe(BODY.replace('Thank you for speaking with me on Monday', right));
  });

  it('says nothing when the words are true, or about a meeting still to come', () => {
    const sameDay = context({ now: '2026-11-23T23:00:00.000Z' });
    expect(factFindings(BODY.replace('on Monday', 'today'), sameDay)).toEqual([]);
    expect(factFindings(BODY.replace('on Monday', 'yesterday'), context({ now: '2026-11-24T14:00:00.000Z' }))).toEqual([]);
    expect(factFindings(BODY.replace('I look forward to hearing about next steps.', 'I am meeting your team today, and I look forward to it.'))).toEqual([]);
  });
});

describe('wrong-name', () => {
  it('fixes a misspelt surname and first name to the application’s spelling', () => {
    expect(fixed(BODY.replace('Lucy Wang', 'Lucy Wnag'), 'wrong-name').after).toBe(BODY);
    expect(fixed(BODY.replace('Hi Ben,', 'Hi Benn,'), 'wrong-name').after).toBe(BODY);
  });

  it('catches a greeting copied from the note to another interviewer, as an error', () => {
    const { finding, after } = fixed(BODY.replace('Hi Ben,', 'Hi Lucy,'), 'wrong-name');
    expect(finding.severity).toBe('error');
    expect(after).toBe(BODY);
  });

  it('catches another first name before an application’s surname', () => {
    expect(fixed(BODY.replace('with you and Lucy Wang', 'with you and Linda Wang'), 'wrong-name').after).toBe(BODY);
  });

  it('restores the accents the application writes, but leaves accents the draft adds', () => {
    const ctx = context({ recipient: { name: 'José Núñez', email: 'jose@northwindlabs.com' } });
    const body = BODY.replace('Hi Ben,', 'Hi Jose,');
    expect(fixed(body, 'wrong-name', ctx).after).toBe(BODY.replace('Hi Ben,', 'Hi José,'));
    const plain = context({ recipient: { name: 'Jose Nunez', email: 'jose@northwindlabs.com' } });
    expect(factFindings(BODY.replace('Hi Ben,', 'Hi José,'), plain)).toEqual([]);
  });

  it('points out a short form (“Kate” for “Katherine”) without offering to replace it: people go by them', () => {
    const ctx = context({ recipient: { name: 'Katherine Moss', email: 'kate@northwindlabs.com' } });
    const [finding] = factFindings(BODY.replace('Hi Ben,', 'Hi Kate,'), ctx);
    expect(finding?.code).toBe('wrong-name');
    expect(finding?.severity).toBe('info');
    expect(finding?.fix).toBeUndefined();
    expect(factFindings(BODY.replace('Lucy Wang', 'Ben Carter').replace('Hi Ben', 'Hi Benjamin'))).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'info' })]));
  });

  it('leaves words that only look like names at a sentence start, product names and the user’s own name alone', () => {
    const body = BODY.replace('I look forward', 'Lucky for me, Kafka and Scala are what I know best. Dana Whitfield here again: I look forward');
    expect(factFindings(body)).toEqual([]);
  });
});

describe('wrong-role', () => {
  it('fixes a shortened title to the application’s', () => {
    const { finding, after } = fixed(BODY.replace('the Senior Data Engineer role', 'the Data Engineer role'), 'wrong-role');
    expect(after).toBe(BODY);
    expect(finding.message).toBe('The application’s role is “Senior Data Engineer”, not “Data Engineer”.');
  });

  it('fixes a misspelt title and a title after “as a”', () => {
    expect(fixed(BODY.replace('the Senior Data Engineer role', 'the Senior Data Enginer role'), 'wrong-role').after).toBe(BODY);
    expect(fixed(`${BODY}\n\nP.S. I would love to join as a data engineer.`, 'wrong-role').after).toBe(`${BODY}\n\nP.S. I would love to join as a Senior Data Engineer.`);
  });

  it('catches the role of another application as an error', () => {
    const { finding, after } = fixed(BODY.replace('the Senior Data Engineer role', 'the Product Designer role'), 'wrong-role');
    expect(finding.severity).toBe('error');
    expect(after).toBe(BODY);
  });

  it('accepts the title with its usual abbreviations, or with the company before it', () => {
    expect(factFindings(BODY.replace('the Senior Data Engineer role at Northwind Labs', 'the Sr. Data Engineer role at Northwind Labs'))).toEqual([]);
    expect(factFindings(BODY.replace('the Senior Data Engineer role at Northwind Labs', 'the Northwind Labs Senior Data Engineer role'))).toEqual([]);
    expect(factFindings(BODY.replace('I look forward', 'Thank you for the opportunity. I look forward'))).toEqual([]);
  });
});

describe('wrong-company', () => {
  it('fixes a misspelt company, and one in other capitals', () => {
    expect(fixed(BODY.replace('at Northwind Labs', 'at Northwnd Labs'), 'wrong-company').after).toBe(BODY);
    expect(fixed(BODY.replace('at Northwind Labs', 'at NorthWind Labs'), 'wrong-company').after).toBe(BODY);
  });

  it('catches a company of the user’s other applications as an error', () => {
    const { finding, after } = fixed(BODY.replace('at Northwind Labs', 'at Harbor & Pine'), 'wrong-company');
    expect(finding.severity).toBe('error');
    expect(after).toBe(BODY);
  });

  it('lets the user name the company of a competing offer, and say the company’s short name', () => {
    expect(factFindings(BODY.replace('I look forward', 'I have an offer from Quillbyte, but I look forward'))).toEqual([]);
    expect(factFindings(BODY.replace('at Northwind Labs', 'at Northwind'))).toEqual([]);
  });
});

describe('applyFix', () => {
  it('applies a fix only where the text is still what the linter saw', () => {
    const [finding] = factFindings(BODY.replace('Lucy Wang', 'Lucy Wnag'));
    const fix = finding?.fix;
    expect(fix).toBeDefined();
    if (!fix) return;
    expect(applyFix(BODY.replace('Lucy Wang', 'Lucy Wnag'), fix)).toBe(BODY);
    expect(applyFix(`Edited. ${BODY.replace('Lucy Wang', 'Lucy Wnag')}`, fix)).toBeNull();
    expect(applyFix('short', { span: [3, 99], replacement: 'x', original: 'rt' })).toBeNull();
  });
});

const corpusFacts: ThreadFacts[] = loadCorpus()
  .filter((t) => t.expect.relevant && t.expect.company && t.expect.role)
  .map((t) => ({
    id: t.id,
    timeZone: t.timeZone,
    thread: t.thread,
    company: t.expect.company ?? '',
    role: t.expect.role ?? '',
    interviewers: t.expect.interviewers ?? [],
    interviewAt: t.expect.interviewAt ?? null,
    window: t.expect.window ?? null,
  }));
const corpusApplications = corpusFacts.map((f) => ({ company: f.company, role: f.role }));

describe('no false alarm on the drafts Afterview writes', () => {
  it('has every hand-written thread with a company and a role to draft for', () => {
    expect(corpusFacts.length).toBeGreaterThanOrEqual(45);
  });

  it.each(corpusFacts.map((f) => [f.id, f] as const))('%s: every kind, to every person, from the interview day to two weeks on', (_id, facts) => {
    const alarms: string[] = [];
    for (const ctx of contextsOf(facts, corpusApplications)) {
      for (const kind of DRAFT_KINDS) {
        const c = kind === 'reference-update' ? { ...ctx, recipient: { name: 'Ada Byron', email: 'ada@example.com' } } : ctx;
        const draft = renderDraft(kind, c);
        for (const f of lintDraft({ ...draft, kind }, c)) if (FACT_CODES.includes(f.code)) alarms.push(`${kind} to ${c.recipient?.name ?? 'nobody'} at ${c.now}: ${f.message}`);
      }
    }
    expect(alarms).toEqual([]);
  }, 30_000);
});

describe('words that are names of Object’s own properties', () => {
  it('are ordinary words to every fact check, which go on finding the real mistakes', () => {
    const body = BODY.replace('Hi Ben,', 'Hi Constructor,').replace('the Senior Data Engineer role', 'the Data Engineer role').replace('Lucy Wang', 'Lucy Wnag');
    const codes = factFindings(body, context({ recipient: { name: 'Constructor Proto', email: 'c@northwindlabs.com' } })).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['wrong-role', 'wrong-name']));
    expect(factFindings(body).filter((f) => f.code === 'wrong-name').map((f) => f.fix?.replacement)).toEqual(['Wang']);
  });
});
