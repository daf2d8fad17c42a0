// Corrections: what the sidebar offers when unsure, what the background learns from the user's answer,
// and that the answer outlives the thread (a domain's next thread, new mail, a backup, a schema upgrade).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import { applyLearned } from '../../src/core/corrections/apply';
import { companyCandidates, interviewerCandidates, roleCandidates, withCandidates } from '../../src/core/corrections/candidates';
import { learnedRule } from '../../src/core/corrections/learned';
import { CONFIDENT_ENOUGH, questionsFor } from '../../src/core/corrections/questions';
import { DEFAULT_SETTINGS, type MailThread, type ThreadAnalysis } from '../../src/core/model';
import type { Payload, RequestType, Response } from '../../src/messaging';
import { newApplication } from '../../src/store/new-application';
import { openDb, SCHEMA_V3, type AfterviewDb } from '../../src/store/db';
import { requester, routerFor } from './support/router';
import { MAIL_CONTENT } from './support/senders';

const OWNER = 'sam.rivera@gmail.com';
const PROFILE = { name: 'Sam Rivera', emails: [OWNER] };

/** A thread any reading takes for an interview process, so only a learned rule can make it otherwise. */
const CLEARLY_AN_INTERVIEW = 'Hi Sam, thank you for interviewing with us today for the Data Analyst role. The panel enjoyed meeting you, and we will get back to you within five business days.';

function threadFrom(id: string, subject: string, sentAt = '2026-11-20T15:00:00-05:00', text = 'Hi Sam, thanks for meeting the team today. We will get back to you within five business days.', from = { name: 'Northwind Recruiting', email: 'talent@northwind-labs.com' }): MailThread {
  return {
    host: 'gmail',
    id,
    subject,
    userEmail: OWNER,
    messages: [
      {
        from,
        to: [{ name: 'Sam Rivera', email: OWNER }],
        cc: [{ name: 'Dana Whitfield', email: 'dana.whitfield@northwind-labs.com' }],
        sentAt,
        text,
      },
    ],
  };
}

const ABSTAINED: ThreadAnalysis = { relevant: true, confidence: 0.8, stage: 'awaiting-decision', company: null, role: null, interviewers: [], interviewAt: null, decisionWindow: null, reasons: [] };

describe('answers offered when the analysis abstained', () => {
  it('reads a company from a team sender name and from the employer domain, never from free mail', () => {
    expect(companyCandidates(threadFrom('t1', 'Thanks'), OWNER)).toEqual(['Northwind', 'Northwind Labs']);
    const freeMail = threadFrom('t1', 'Hi', undefined, 'Hello', { name: 'Jo Park', email: 'jo.park@gmail.com' });
    expect(companyCandidates(freeMail, OWNER)).toEqual([]);
  });

  it('reads a role from the subject as it is written', () => {
    expect(roleCandidates('Re: Interview for Senior Data Engineer - Northwind')).toEqual(['Senior Data Engineer']);
    expect(roleCandidates('Fwd: Product Designer interview | Acme')).toEqual(['Product Designer']);
    expect(roleCandidates('Quick question')).toEqual([]);
  });

  it('never offers the mailbox owner as an interviewer, by address or by name', () => {
    const people = [
      { name: 'Sam Rivera', email: 'sam@work.example' },
      { name: 'Dana Whitfield', email: 'dana.whitfield@northwind-labs.com' },
      { name: 'Sam Rivera', email: OWNER },
      { name: 'Northwind Recruiting', email: 'talent@northwind-labs.com' },
    ];
    expect(interviewerCandidates(people, PROFILE, OWNER)).toEqual(['Dana Whitfield']);
  });

  it('keeps the engine’s own candidates when it gives them', () => {
    const analysis = withCandidates({ ...ABSTAINED, fields: { company: { confidence: 0.4, candidates: ['Cobalt Grid'] } } }, threadFrom('t1', 'Hi'), OWNER, PROFILE);
    expect(analysis.fields?.company?.candidates).toEqual(['Cobalt Grid']);
    expect(analysis.fields?.role?.candidates).toEqual([]);
  });
});

describe('which fields the sidebar asks about', () => {
  const application = newApplication({ company: 'Thanks', role: '', stage: 'awaiting-decision', source: 'detected' }, DEFAULT_SETTINGS, '2026-11-24T12:00:00.000Z');
  const known = { application, interviewers: [], interviewAt: null };

  it('asks what the analysis left null, with the answers it found', () => {
    const asked = questionsFor(withCandidates(ABSTAINED, threadFrom('t1', 'Interview for Data Engineer'), OWNER, PROFILE), known);
    expect(asked).toEqual([
      { field: 'company', candidates: ['Northwind', 'Northwind Labs'] },
      { field: 'role', candidates: ['Data Engineer'] },
      { field: 'interviewers', candidates: ['Dana Whitfield'] },
      { field: 'interviewAt', candidates: [] },
      { field: 'decisionWindow', candidates: [] },
    ]);
  });

  it('never asks again what the user corrected, and trusts the engine’s confidence when it gives one', () => {
    const corrected = { ...known, application: { ...application, corrected: ['company' as const, 'interviewers' as const, 'interviewAt' as const, 'decisionWindow' as const] } };
    expect(questionsFor(ABSTAINED, corrected).map((q) => q.field)).toEqual(['role']);
    const sure = { ...ABSTAINED, company: 'Acme', fields: { company: { confidence: CONFIDENT_ENOUGH } } };
    const unsure = { ...ABSTAINED, company: 'Acme', fields: { company: { confidence: CONFIDENT_ENOUGH - 0.01, candidates: ['Acme', 'Acme Health'] } } };
    expect(questionsFor(sure, known).map((q) => q.field)).not.toContain('company');
    expect(questionsFor(unsure, known)[0]).toEqual({ field: 'company', candidates: ['Acme', 'Acme Health'] });
  });
});

describe('asking when the engine is unsure', () => {
  const application = newApplication({ company: 'Thanks', role: '', stage: 'awaiting-decision', source: 'detected' }, DEFAULT_SETTINGS, '2026-11-24T12:00:00.000Z');
  const known = { application, interviewers: [], interviewAt: null };

  it('asks about a field whose confidence is below the bar even when a value is given, offering the engine’s candidates first', () => {
    const analysis = { ...ABSTAINED, company: 'Cobalt Grid', role: 'Data Engineer', fields: { company: { confidence: CONFIDENT_ENOUGH - 0.2, candidates: ['Cobalt Grid', 'Cobalt'] }, role: { confidence: 0.9, candidates: ['Data Engineer'] } } };
    const asked = questionsFor(withCandidates(analysis, threadFrom('t1', 'Interview for Data Engineer'), OWNER, PROFILE), known);
    expect(asked.find((q) => q.field === 'company')).toEqual({ field: 'company', candidates: ['Cobalt Grid', 'Cobalt'] });
    expect(asked.map((q) => q.field)).not.toContain('role');
  });

  it('offers the engine’s interviewers name by name, never the owner, and the thread’s people when the engine has none', () => {
    const engine = { ...ABSTAINED, fields: { interviewers: { confidence: 0.3, candidates: [['Priya Natarajan', 'Sam Rivera'], ['Jun Park']] } } };
    const asked = questionsFor(withCandidates(engine, threadFrom('t1', 'Hi'), OWNER, PROFILE), known);
    expect(asked.find((q) => q.field === 'interviewers')?.candidates).toEqual(['Priya Natarajan', 'Jun Park']);
    const none = questionsFor(withCandidates({ ...ABSTAINED, fields: { interviewers: { confidence: 0, candidates: [] } } }, threadFrom('t1', 'Hi'), OWNER, PROFILE), known);
    expect(none.find((q) => q.field === 'interviewers')?.candidates).toEqual(['Dana Whitfield']);
  });

  it('offers the engine’s interview times and decision dates it abstained on', () => {
    const window = { earliest: '2026-11-25', latest: '2026-12-04', quote: 'We will decide by December 4.' };
    const engine = { ...ABSTAINED, fields: { interviewAt: { confidence: 0.2, candidates: ['2026-11-20T15:00:00.000Z'] }, decisionWindow: { confidence: 0.4, candidates: [window] } } };
    const asked = questionsFor(withCandidates(engine, threadFrom('t1', 'Hi'), OWNER, PROFILE), known);
    expect(asked.find((q) => q.field === 'interviewAt')?.candidates).toEqual(['2026-11-20T15:00:00.000Z']);
    expect(asked.find((q) => q.field === 'decisionWindow')?.candidates).toEqual(['2026-12-04']);
  });

  it('reads the real engine’s beliefs: a confident company is not asked about', () => {
    const analysis = analyzeThread(threadFrom('t1', 'Interview for Senior Data Engineer at Northwind Labs', undefined, 'Hi Sam, thanks for meeting the Northwind Labs team today. We will get back to you within five business days.'), { timeZone: 'America/New_York' });
    expect(analysis.fields?.company?.candidates[0]).toBe(analysis.company);
    expect(analysis.fields?.company?.confidence).toBeGreaterThanOrEqual(CONFIDENT_ENOUGH);
    expect(questionsFor(withCandidates(analysis, threadFrom('t1', 'Hi'), OWNER, PROFILE), known).map((q) => q.field)).not.toContain('company');
  });

  it('asks nothing more about what the user taught, whatever the engine’s doubt', () => {
    const learned = [learnedRule('company', 'domain', 'northwind-labs.com', 'Northwind Labs', '2026-11-24T12:00:00.000Z')];
    const doubtful = { ...ABSTAINED, company: 'Northwind', fields: { company: { confidence: 0.2, candidates: ['Northwind'] } } };
    const applied = applyLearned(doubtful, threadFrom('t1', 'Hi'), ['northwind-labs.com'], learned);
    expect(applied.fields?.company).toEqual({ confidence: 1, candidates: ['Northwind Labs'] });
    expect(questionsFor(applied, known).map((q) => q.field)).not.toContain('company');
  });
});

describe('what was learned, applied as an input', () => {
  const thread = threadFrom('t1', 'Hi');
  const at = '2026-11-24T12:00:00.000Z';

  it('takes a company for the domain, a role for the thread (over one for the domain) and the user’s relevance', () => {
    const learned = [
      learnedRule('company', 'domain', 'northwind-labs.com', 'Northwind Labs', at),
      learnedRule('role', 'domain', 'northwind-labs.com', 'Analyst', at),
      learnedRule('role', 'thread', 'gmail:t1', 'Data Engineer', at),
      learnedRule('relevance', 'domain', 'northwind-labs.com', 'not-interview', at),
      learnedRule('company', 'domain', 'elsewhere.com', 'Elsewhere', at),
    ];
    const applied = applyLearned(ABSTAINED, thread, ['northwind-labs.com'], learned);
    expect(applied).toMatchObject({ company: 'Northwind Labs', role: 'Data Engineer', relevant: false, reasons: ['You marked mail from northwind-labs.com as not an interview.'] });
    expect(applyLearned(ABSTAINED, threadFrom('t9', 'Hi'), ['other.com'], learned)).toEqual(ABSTAINED);
  });
});

describe('the corrections commands', () => {
  let db: AfterviewDb;
  let request: <K extends RequestType>(type: K, payload: Payload<K>) => Promise<Response<K>>;
  let route: ReturnType<typeof routerFor>;
  let clock: Date;
  const url = (thread: MailThread) => `https://mail.google.com/mail/u/0/#inbox/${thread.id}`;
  const track = async (thread: MailThread) => (await request('thread/track', { thread, url: url(thread) })).state;

  beforeEach(async () => {
    db = openDb(`corrections-${Math.random()}`);
    clock = new Date('2026-11-24T15:00:00.000Z');
    route = routerFor(db, { now: () => clock });
    request = requester(route);
    await request('settings/save', { settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York', profile: { ...DEFAULT_SETTINGS.profile, ...PROFILE } } });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('corrects the company from the content script, and the next thread from that domain takes it', async () => {
    const first = await track(threadFrom('t1', 'Thanks for today'));
    const applicationId = first.dossier?.application.id ?? '';
    const reply = await route({ type: 'correction/apply', payload: { applicationId, field: 'company', value: '  Northwind Labs ' } }, MAIL_CONTENT);
    expect(reply).toMatchObject({ ok: true, value: { dossier: { application: { company: 'Northwind Labs', corrected: ['company'] } } } });
    await db.contacts.clear();
    const second = await track(threadFrom('t2', 'Following up'));
    expect(second.dossier?.application.id).not.toBe(applicationId);
    expect(second.dossier?.application.company).toBe('Northwind Labs');
  });

  it('keeps a corrected role, interviewers and decision date when new mail arrives, re-plans at once, and never keeps the owner', async () => {
    const state = await track(threadFrom('t1', 'Interview for Analyst'));
    const applicationId = state.dossier?.application.id ?? '';
    await request('correction/apply', { applicationId, field: 'role', value: 'Staff Data Engineer' });
    await request('correction/apply', { applicationId, field: 'interviewers', value: ['Dana Whitfield', 'Sam Rivera', 'Ben Carter'] });
    const corrected = await request('correction/apply', { applicationId, field: 'decisionWindow', value: { earliest: '2026-11-25', latest: '2026-12-04' } });
    expect(corrected.checkIns).toEqual([]);
    const planned = await request('correction/apply', { applicationId, field: 'interviewAt', value: '2026-11-20T15:00:00.000Z' });
    expect(planned.checkIns.find((c) => c.kind === 'status-check')?.reason).toContain('Dec 4');
    const later = threadFrom('t1', 'Interview for Analyst', '2026-11-23T09:00:00-05:00', 'Hi Sam, Jo Park will join. We will decide within two weeks.');
    const after = await track(later);
    expect(after.dossier?.application).toMatchObject({ role: 'Staff Data Engineer', decisionWindow: { latest: '2026-12-04' } });
    expect(after.dossier?.interviews.map((i) => i.at)).toEqual(['2026-11-20T15:00:00.000Z']);
    expect(after.dossier?.interviews.flatMap((i) => i.interviewers)).toEqual(['Dana Whitfield', 'Ben Carter']);
    expect(await db.corrections.get('role|thread|gmail:t1')).toMatchObject({ value: 'Staff Data Engineer' });
  });

  it('refuses a field it does not know and a value that does not fit the field', async () => {
    const applicationId = (await track(threadFrom('t1', 'Hi'))).dossier?.application.id ?? '';
    for (const payload of [
      { applicationId, field: 'employerStyle', value: 'tech' },
      { applicationId, field: 'company', value: '' },
      { applicationId, field: 'company', value: 'Acme\nSUMMARY:x' },
      { applicationId, field: 'stage', value: 'hired' },
      { applicationId, field: 'decisionWindow', value: { earliest: '2026-12-05', latest: '2026-12-04' } },
      { applicationId: 'not-an-id', field: 'role', value: 'Analyst' },
    ]) {
      expect(await route({ type: 'correction/apply', payload }, MAIL_CONTENT)).toMatchObject({ ok: false, error: expect.stringMatching(/^"correction\/apply" was refused/) });
    }
  });

  it('remembers "Not an interview" and "Track this thread" for the employer domain, lists and forgets what it learned', async () => {
    const state = await track(threadFrom('t1', 'Hi'));
    expect(await db.corrections.get('relevance|domain|northwind-labs.com')).toMatchObject({ value: 'interview' });
    await request('thread/dismiss', { thread: threadFrom('t1', 'Hi'), url: url(threadFrom('t1', 'Hi')) });
    const opened = await request('thread/open', { thread: threadFrom('t3', 'Interview: another step', undefined, CLEARLY_AN_INTERVIEW), url: url(threadFrom('t3', 'Interview: another step', undefined, CLEARLY_AN_INTERVIEW)) });
    expect(opened.analysis.relevant).toBe(false);
    expect(opened.state.dossier).toBeNull();
    expect(state.dossier).not.toBeNull();
    const listed = await request('corrections/list', {});
    expect(listed.map((r) => r.key)).toContain('relevance|domain|northwind-labs.com');
    expect(await request('correction/forget', { key: 'relevance|domain|northwind-labs.com' })).toEqual(listed.filter((r) => r.key !== 'relevance|domain|northwind-labs.com'));
  });

  it('learns "Not an interview" only for the dismissed thread’s own employer senders, not the application’s other contacts', async () => {
    // A recruiting agency's thread joined to the Northwind application: its contacts span both domains.
    const northwind = await track(threadFrom('t1', 'Interview for Analyst'));
    const applicationId = northwind.dossier?.application.id ?? '';
    const agency = threadFrom('t2', 'Analyst role', undefined, 'Hi Sam, a note about the Northwind process.', { name: 'Alex Kim', email: 'alex@talentbridge.co' });
    agency.messages.push({ from: { name: 'Sam Rivera', email: OWNER }, to: [{ name: 'Alex Kim', email: 'alex@talentbridge.co' }], cc: [], sentAt: '2026-11-21T09:00:00-05:00', text: 'Thanks Alex.' });
    agency.messages.push({ from: { name: 'Greenhouse', email: 'no-reply@greenhouse.io' }, to: [{ name: 'Sam Rivera', email: OWNER }], cc: [], sentAt: '2026-11-21T10:00:00-05:00', text: 'Your application was received.' });
    await request('thread/track', { thread: agency, url: url(agency), applicationId });
    await db.corrections.clear();

    await request('thread/dismiss', { thread: agency, url: url(agency) });
    expect((await db.corrections.toArray()).map((r) => r.key)).toEqual(['relevance|domain|talentbridge.co']);
    // The Northwind process is untouched: its next thread is still read as an interview.
    const opened = await request('thread/open', { thread: threadFrom('t3', 'Interview: next steps', undefined, CLEARLY_AN_INTERVIEW), url: url(threadFrom('t3', 'Interview: next steps', undefined, CLEARLY_AN_INTERVIEW)) });
    expect(opened.analysis.relevant).toBe(true);
  });

  it('learns "Not an interview" for a thread that was never tracked, and nothing from free mail', async () => {
    await request('thread/dismiss', { thread: threadFrom('t4', 'Digest', undefined, 'This week in data', { name: 'Data Weekly', email: 'news@dataweekly.io' }), url: url(threadFrom('t4', 'Digest')) });
    await request('thread/dismiss', { thread: threadFrom('t5', 'Hi', undefined, 'Coffee?', { name: 'Jo Park', email: 'jo.park@gmail.com' }), url: url(threadFrom('t5', 'Hi')) });
    expect((await db.corrections.toArray()).map((r) => r.key)).toEqual(['relevance|domain|dataweekly.io']);
  });

  it('carries the learned rules in the backup, and still restores a version-1 backup without them', async () => {
    const applicationId = (await track(threadFrom('t1', 'Hi'))).dossier?.application.id ?? '';
    await request('correction/apply', { applicationId, field: 'company', value: 'Northwind Labs' });
    const { json } = await request('backup/export', {});
    const backup = JSON.parse(json) as { version: number; data: Record<string, unknown> };
    expect(backup.version).toBe(2);
    expect(await request('backup/import', { json })).toMatchObject({ corrections: 2 });
    delete backup.data.corrections;
    expect(await request('backup/import', { json: JSON.stringify({ ...backup, version: 1 }) })).toMatchObject({ applications: 1, corrections: 0 });
    expect(await db.corrections.count()).toBe(0);
  });

  it('opens a version-3 database with data and finds all of it after the upgrade, with no corrections yet', async () => {
    const name = `upgrade-test-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('applications').add({ id: 'a1', company: 'Old Co', role: 'Analyst' });
    await v3.table('planExpiry').add({ applicationId: 'a1', expiresAt: null });
    v3.close();
    const upgraded = openDb(name);
    expect(await upgraded.applications.get('a1')).toMatchObject({ company: 'Old Co' });
    expect(await upgraded.planExpiry.count()).toBe(1);
    expect(await upgraded.corrections.count()).toBe(0);
    await upgraded.delete();
  });
});
