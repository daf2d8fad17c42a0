import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import { parseDecisionWindow } from '../../src/core/timeline';
import probes from '../fixtures/windows/probes.json';
import datedProbes from '../fixtures/windows/probes-dated.json';

// Paraphrases of the spec's decision-window rows and not-a-window cases in voices the dev batches rarely use
// (terse, lower case, typos, non-native, British, day-first): a check that the reading is not tied to dev wording.
describe('parseDecisionWindow: paraphrase probes', () => {
  it.each(probes.windows)('%s', (text, earliest, latest) => {
    expect(parseDecisionWindow(text as string, probes.reference)).toEqual({ earliest, latest });
  });

  it.each(probes.none)('%j is not an employer window', (text) => {
    expect(parseDecisionWindow(text, probes.reference)).toBeNull();
  });

  it.each(probes.friday.windows)('%s (written on a Friday)', (text, earliest, latest) => {
    expect(parseDecisionWindow(text as string, probes.friday.reference)).toEqual({ earliest, latest });
  });

  it.each(probes.friday.none)('%j is not an employer window (written on a Friday)', (text) => {
    expect(parseDecisionWindow(text, probes.friday.reference)).toBeNull();
  });

  // Round 6's probes, each with its own reference day: months, glued units ("48hrs"), "till Friday", start dates.
  it.each(datedProbes as [string, string, { earliest: string; latest: string } | null][])('%s (written %s)', (text, reference, window) => {
    expect(parseDecisionWindow(text, reference)).toEqual(window);
  });
});

const owner = { name: 'Jordan Lee', email: 'jordan.lee@gmail.com' };
const recruiter = { name: 'Sam Patel', email: 'sam.patel@northwind-robotics.com' };
type Said = [who: 'owner' | 'recruiter', sentAt: string, text: string];
const SIGNATURE = '\n\nBest,\nSam Patel\nTalent Acquisition, Northwind Robotics';

function threadOf(messages: Said[]) {
  return {
    host: 'gmail' as const,
    id: 'probe',
    subject: 'Interview - Controls Engineer - Northwind Robotics',
    messages: messages.map(([who, sentAt, text]) => ({
      from: who === 'owner' ? owner : recruiter,
      to: [who === 'owner' ? recruiter : owner],
      cc: [],
      sentAt,
      text: who === 'recruiter' ? text + SIGNATURE : `${text}\n\nJordan`,
    })),
  };
}

const thanks: Said = ['recruiter', '2026-11-20T10:00:00-05:00', 'Hi Jordan,\n\nThank you for interviewing with us for the Controls Engineer role on Thursday. The team really enjoyed meeting you.'];
const byFriday: Said = ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nWe will get back to you with a decision by Friday 4 December.'];

describe('analyzeThread: which stated window stands', () => {
  it.each<[string, Said[], string | null]>([
    ['a later message revises the date', [thanks, byFriday, ['recruiter', '2026-11-27T10:00:00-05:00', 'Hi Jordan,\n\nQuick update: the panel needs a bit more time, we now expect to decide by Wednesday 9 December.']], '2026-12-09'],
    ['"has been pushed to next week" revises it', [thanks, byFriday, ['recruiter', '2026-11-27T10:00:00-05:00', 'hi jordan, sorry - our decision has been pushed to next week, one of the panel is off sick.']], '2026-12-04'],
    ['a day-first revision', [thanks, byFriday, ['recruiter', '2026-11-27T10:00:00-05:00', 'Dear Jordan, apologies, we now aim to confirm the outcome by 08/12.']], '2026-12-08'],
    // docs/analysis.md: a stated window stays after the decision, and after a pause too.
    ['a hold with no date keeps the stated window', [thanks, byFriday, ['recruiter', '2026-12-01T10:00:00-05:00', 'Hi Jordan,\n\nUnfortunately the role has been put on hold due to budget. I will let you know when I hear more.']], '2026-12-04'],
    ['a freeze, apologising for the missed date, keeps it', [thanks, byFriday, ['recruiter', '2026-12-07T10:00:00-05:00', 'Dear Jordan, I am sorry I could not come back to you when I said. Headcount is frozen until the new fiscal year and I have no date to give you.']], '2026-12-04'],
    ['a terse pause keeps a counted window', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'jordan - we should have an answer in 5 business days.'], ['recruiter', '2026-12-02T10:00:00-05:00', 'jordan, req is paused, no idea for how long. sorry.']], '2026-12-01'],
    ['a pause forwarded to a mentor, with the next update promised in it', [thanks, ['owner', '2026-12-04T10:00:00-05:00', 'Alex, bad news below. Thoughts?\n\n________________________________\nFrom: Sam Patel <sam.patel@northwind-robotics.com>\nSent: Tuesday, December 1, 2026 3:00 PM\nTo: Jordan Lee <jordan.lee@gmail.com>\nSubject: Controls Engineer\n\nHi Jordan, the search is on hold while finance re-plans the year and I have no restart date yet. I will write again with an update within two weeks, whatever the news.\n\nSam']], '2026-12-15'],
    ['a hold lifted with a new date', [thanks, byFriday, ['recruiter', '2026-12-01T10:00:00-05:00', 'Hi Jordan,\n\nThe role was briefly on hold, but we are moving again and expect to decide by 11 December.']], '2026-12-11'],
    ['an out-of-office reply does not move it', [thanks, byFriday, ['recruiter', '2026-11-30T10:00:00-05:00', 'Thank you for your email. I am out of the office until 7 December with limited access to email.']], '2026-12-04'],
    ['a Gmail reply quotes it, dated by its own header', [thanks, ['owner', '2026-12-03T10:00:00-05:00', 'Hi Sam,\n\nJust checking in on the Controls Engineer role.\n\nOn Tue, Nov 24, 2026 at 10:00 AM Sam Patel <sam.patel@northwind-robotics.com> wrote:\n> Hi Jordan,\n> We expect to make a decision within 5 business days.\n']], '2026-12-01'],
    ['a promise about the next update', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nI will send you the next update by Thursday, although the final decision may take a little longer.']], '2026-11-26'],
    ['"which I had hoped to share by Friday, will now come next week"', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nOur decision, which I had hoped to share by Friday, will now come next week.']], '2026-12-04'],
    ['"we said friday but" revises it in lower case', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'hey jordan - we said friday but realistically it will be early next week, sorry!!']], '2026-12-02'],
    ['"the second week of January" after a pushed meeting', [thanks, ['recruiter', '2026-12-12T10:00:00-05:00', 'Hi Jordan,\n\nThe partners meet on the 18th and we will come back to you within two weeks.'], ['recruiter', '2026-12-23T10:00:00-05:00', "Hi Jordan, the partners' meeting got pushed, so it's now looking like the second week of January before we have news for you."]], '2027-01-14'],
    ['the decision, not the meeting, in the next sentence', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nThe committee meets on Tuesday 1 December. We will write to all candidates by 4 December.']], '2026-12-04'],
    ['an offer\'s deadline for the candidate does not replace it', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nWe expect to communicate a decision to you by Friday, December 4.'], ['recruiter', '2026-12-03T10:00:00-05:00', 'Dear Jordan,\n\nWe are delighted to offer you the position of Controls Engineer. We kindly ask that you respond within five business days.']], '2026-12-04'],
    ['a British "4/12" is the 4th of December', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nTimeline: decision expected by 4/12.']], '2026-12-04'],
    ['an answer to a check-in: "I should have something for you by Monday"', [thanks, ['recruiter', '2026-11-24T10:00:00-05:00', 'Hi Jordan,\n\nWe will let you know within 5 business days.'], ['owner', '2026-12-02T10:00:00-05:00', 'Hi Sam, just checking in - any news?'], ['recruiter', '2026-12-02T15:00:00-05:00', 'Hi Jordan, no news yet, sorry. Still waiting on the hiring manager - I should have something for you by Monday.']], '2026-12-07'],
    ['a forward to a mentor, read from the forwarded date', [['owner', '2026-12-01T10:00:00-05:00', 'Hi Alex, what do you think?\n\n---------- Forwarded message ---------\nFrom: Sam Patel <sam.patel@northwind-robotics.com>\nDate: Tue, Nov 24, 2026 at 10:00 AM\nSubject: Controls Engineer interview\nTo: Jordan Lee <jordan.lee@gmail.com>\n\nHi Jordan,\nThanks for interviewing with us on Thursday. We will let you know by Friday.\n\nSam Patel\nNorthwind Robotics']], '2026-11-27'],
    ['"still on track for Friday" keeps the earlier date', [thanks, ['recruiter', '2026-11-23T09:00:00-05:00', 'Hi Jordan, we expect to make a decision by Friday, December 4.'], ['owner', '2026-12-01T09:00:00-05:00', 'Hi Sam, any news?'], ['recruiter', '2026-12-01T12:00:00-05:00', 'Hi Jordan, no news yet but we are still on track for Friday.']], '2026-12-04'],
    ['references this week, the decision by the end of next week', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', "Hi Jordan, we're contacting your references this week and hope to decide by the end of next week."]], '2026-12-04'],
    ['"will revert on the final result in 2 weeks time"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Dear Jordan, kindly be informed that management will revert on the final result in 2 weeks time.']], '2026-12-08'],
    ['"next update from us will be by thurs"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'hey jordan! quick one - next update from us will be by thurs, the team is still debating']], '2026-11-26'],
    ['an update on the status of the application by a date', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Dear Jordan,\n\nWe will provide an update on the status of your application no later than 8 December 2026.']], '2026-12-08'],
    ["the owner's own deadline is not the employer's window", [thanks, ['owner', '2026-11-24T09:00:00-05:00', 'Hi Sam, I have another offer and need to respond by Friday. Is there any chance of an update before then?']], null],
    ['an automatic reply after a check-in states no window', [thanks, ['owner', '2026-11-30T09:00:00-05:00', 'Hi Sam, just checking in on the timeline.'], ['recruiter', '2026-11-30T09:01:00-05:00', 'Automatic reply: I am out of the office returning Monday, December 7. For urgent matters contact hr@northwind-robotics.com.']], null],
    ['a delay, then a new window of a month', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Hi Jordan, there has been a delay on our side. We now expect to make a decision within a month.']], '2026-12-24'],
    ['a timeline as a list: the decision line, not the start date', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Hi Jordan,\n\nNext steps:\n- References: this week\n- Final decision: by December 11\n- Start date: January 4']], '2026-12-11'],
    ['a promise with two verbs: "I will check the diaries and confirm a slot by Thursday"', [thanks, ['recruiter', '2026-11-30T09:00:00-05:00', "Hi Jordan, good news, we'd like a second chat. Send me a few free mornings and I'll check the diaries and confirm a slot with you by Thursday."]], '2026-12-03'],
    ['the candidate passing on a promise made to them the day before', [thanks, ['owner', '2026-11-26T20:00:00-05:00', 'Hi Sam, thanks again. Just so my notes are straight: your colleague rang me yesterday and said they would make a decision within a week.']], '2026-12-02'],
    ['a retention period is not a window', [thanks, byFriday, ['recruiter', '2026-11-25T09:00:00-05:00', 'Hi Jordan, a note on privacy: we keep interview notes for a while and delete them within 60 days if we do not make an offer.']], '2026-12-04'],
    ["the hiring manager's promise, reported", [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'Hi Jordan, Maria (the hiring manager) told me she will make the call by Tuesday.']], '2026-12-01'],
    ['a relayed promise with "this morning" before it', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'Hi Jordan, the client told me this morning that they will finish their debrief and that we should hear by Tuesday, December 1.']], '2026-12-01'],
    ['a relayed promise, terse', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'jordan - spoke to the HM. informed me yesterday they would make their choice within a week.']], '2026-12-02'],
    ['a relayed promise, non-native', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'Dear Jordan, the manager told us on the phone today that they will give the answer until 4 December.']], '2026-12-04'],
    ['"I will be back to you by Thursday"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Hi Jordan, we are comparing notes and I will be back to you by Thursday.']], '2026-11-26'],
    ['"we\'ll be back with you early next week"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', "hi jordan, still talking it over here, we'll be back with you early next week"]], '2026-12-02'],
    ['"be back to you" in a formal voice', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Dear Jordan,\n\nThe committee will deliberate and we shall be back to you by 3 December.']], '2026-12-03'],
    ['an offer\'s formal letter coming by a date does not replace the decision promise', [thanks, byFriday, ['recruiter', '2026-11-26T09:00:00-05:00', 'Hi Jordan, great news: we want to offer you the Controls Engineer role! HR is preparing the paperwork and you should receive it by the end of next week.']], '2026-12-04'],
    ['the written contract promised, terse, after the decision promise', [thanks, byFriday, ['recruiter', '2026-11-26T09:00:00-05:00', 'jordan - verbal yes from the team. written offer letter to you by Friday.']], '2026-12-04'],
    ['the letter of appointment, misspelt, after the decision promise', [thanks, byFriday, ['recruiter', '2026-11-26T09:00:00-05:00', 'Dear Jordan, we are pleased to offer you the post. You will recieve the letter of appointment within 10 working days.']], '2026-12-04'],
    ['the offer\'s letter, where no decision was promised', [thanks, ['recruiter', '2026-11-26T09:00:00-05:00', 'Dear Jordan, we are pleased to offer you the post. The official offer letter will follow from HR by 4 December.']], '2026-12-04'],
    ['the contract by next week, lower case, with nothing promised before', [thanks, ['recruiter', '2026-11-26T09:00:00-05:00', 'hi jordan!! its a yes from us :) employment contract should reach you sometime next week']], '2026-12-04'],
    ['a letter of appointment within ten working days, nothing promised before', [thanks, ['recruiter', '2026-11-26T09:00:00-05:00', 'Dear Mr Lee, the committee has approved your appointment. The letter of appointment is to be issued within 10 working days.']], '2026-12-10'],
    ['"you should receive an email from me by Monday"', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'Hi Jordan, thanks for your patience. You should receive an email from me by Monday.']], '2026-11-30'],
    ['"you will receive a written reply within 10 working days", formal', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'Dear Mr Lee,\n\nYou will receive a written reply within 10 working days.']], '2026-12-09'],
    ['"you\'ll probably receive a call from the team early next week", lower case', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', "hey jordan, you'll probably receive a call from the team early next week"]], '2026-12-02'],
    ['"you will receive" in one clause, the date in the next', [thanks, ['recruiter', '2026-11-25T09:00:00-05:00', 'Hi Jordan, you will receive a message from our side; we are targeting 2 December.']], '2026-12-02'],
    ['texting voice: "ill let u know by fri"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'hey jordan ill let u know by fri']], '2026-11-27'],
    ['"expect to hear by EOD tmrw"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'jordan - team is close. expect to hear by EOD tmrw']], '2026-11-25'],
    ['"a response from us by close of business on the 30th"', [thanks, ['recruiter', '2026-11-24T09:00:00-05:00', 'Dear Jordan,\n\nYou can expect a response from us by close of business on the 30th.']], '2026-11-30'],
    ['"hoping to wrap things up by mid-month"', [thanks, ['recruiter', '2026-12-01T09:00:00-05:00', "Hi Jordan, we're hoping to wrap things up by mid-month."]], '2026-12-15'],
    ['a candidate\'s right to feedback does not replace the promise', [thanks, byFriday, ['recruiter', '2026-11-25T09:00:00-05:00', 'Hi Jordan, one note: candidates who interview may ask for written feedback within 30 days.']], '2026-12-04'],
    ['a German mail client\'s forward headers', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Hallo Alex, what do you think?\n\n-------- Weitergeleitete Nachricht --------\nVon: Sam Patel <sam.patel@northwind-robotics.com>\nDatum: Tuesday 24 November 2026, 10:00\nBetreff: Controls Engineer\n\nDear Mr. Lee,\nthank you for the interview. We will inform you about our decision until 4 December.\n\nSam Patel']], '2026-12-04'],
    ['a French mail client\'s forward headers', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Bonjour Alex,\n\n-------- Message transféré --------\nDe : Sam Patel <sam.patel@northwind-robotics.com>\nEnvoyé : Tuesday, November 24, 2026 10:00 AM\nObjet : Controls Engineer\n\nHi Jordan, we will come back to you within one week.\n\nSam']], '2026-12-01'],
    ['a German header date with dotted day and month', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Hallo Alex, was meinst du?\n\n---------- Forwarded message ---------\nVon: Sam Patel <sam.patel@northwind-robotics.com>\nDate: Di., 24. Nov. 2026 um 10:00\nSubject: Controls Engineer\n\nHi Jordan, you will hear from us by the end of next week.\n\nSam']], '2026-12-04'],
    ['a Spanish header date written out', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Hola Alex, mira esto.\n\n-------- Mensaje reenviado --------\nDe: Sam Patel <sam.patel@northwind-robotics.com>\nFecha: martes, 24 de noviembre de 2026 10:00\nAsunto: Controls Engineer\n\nHi Jordan, we will get back to you within 3 business days.\n\nSam']], '2026-11-27'],
    ['a French header date in full words', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Salut Alex,\n\n-------- Message transféré --------\nDe : Sam Patel <sam.patel@northwind-robotics.com>\nDate : mardi 24 novembre 2026 10:00\nObjet : Controls Engineer\n\nHi Jordan, expect our decision by Friday.\n\nSam']], '2026-11-27'],
    ['a German Gmail reply quotes it under "Am … schrieb …:"', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Hallo Sam, gibt es Neuigkeiten?\n\nAm Di., 24. Nov. 2026 um 10:00 Uhr schrieb Sam Patel <sam.patel@northwind-robotics.com>:\n> Hi Jordan,\n> you will have our answer within one week.\n']], '2026-12-01'],
    ['a French Gmail reply quotes it under "Le … a écrit :"', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Bonjour Sam, des nouvelles ?\n\nLe mar. 24 nov. 2026 à 10:00, Sam Patel <sam.patel@northwind-robotics.com> a écrit :\n> Hi Jordan, we should reach a decision by Friday.\n']], '2026-11-27'],
    ['a Spanish Gmail reply quotes it under "El … escribió:"', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Hola Sam, ¿alguna novedad?\n\nEl mar, 24 nov 2026 a las 10:00, Sam Patel (<sam.patel@northwind-robotics.com>) escribió:\n> Hi Jordan, expect an update from me within 3 business days.\n']], '2026-11-27'],
    ['an earlier message under a separator with only its date', [thanks, ['owner', '2026-12-01T10:00:00-05:00', 'Alex, see below.\n\n-------- Earlier message --------\nDate: Tuesday 24 November 2026, 10:00\nSubject: Update\n\nDear Jordan, we will let you know our decision by 9 December.']], '2026-12-09'],
  ])('%s', (_name, messages, latest) => {
    expect(analyzeThread(threadOf(messages), { timeZone: 'America/New_York' }).decisionWindow?.latest ?? null).toBe(latest);
  });
});
