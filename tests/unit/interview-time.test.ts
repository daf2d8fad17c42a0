import { describe, expect, it } from 'vitest';
import { threadInterviewAt } from '../../src/core/analyze/extract-time';
import { findDecisionWindow } from '../../src/core/timeline/decision-window';
import { analyzeThread } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';

const employer = (text: string, sentAt: string) => ({ text, sentAt, fromOwner: false });

describe('interview time at the thread level', () => {
  it('joins a date line with the time line under it, in the stated zone', () => {
    const text = 'Your interview is confirmed.\nDate: Tuesday, 3 November 2026\nTime: 14:00 – 15:00 (Singapore Time, GMT+8)';
    expect(threadInterviewAt([employer(text, '2026-10-28T11:02:00+08:00')], 'Europe/London')).toBe('2026-11-03T06:00:00.000Z');
  });

  it('lets a rescheduled time replace the earlier one and a cancellation drop it', () => {
    const first = employer('Date: Thursday, 10 December 2026\nTime: 1:00 PM (AEDT)', '2026-12-04T15:03:00+11:00');
    const moved = employer('Your interview has been rescheduled.\nNew date: Friday, 18 December 2026\nNew time: 10:00 AM (AEDT)', '2026-12-08T11:26:00+11:00');
    const cancelled = employer('Unfortunately we have cancelled your interview.', '2026-12-10T09:00:00+11:00');
    expect(threadInterviewAt([first, moved], 'Australia/Sydney')).toBe('2026-12-17T23:00:00.000Z');
    expect(threadInterviewAt([first, moved, cancelled], 'Australia/Sydney')).toBeNull();
  });

  it('reads "tomorrow" from the message date and gives no time for several slots offered', () => {
    expect(threadInterviewAt([employer('When: tomorrow at 9:30 AM (UTC-06:00)', '2026-05-17T15:10:00-06:00')], 'UTC')).toBe('2026-05-18T15:30:00.000Z');
    const options = 'Please pick one of the following slots:\n- Monday, March 2 at 10:00 AM ET\n- Tuesday, March 3 at 2:00 PM ET';
    expect(threadInterviewAt([employer(options, '2026-02-25T09:00:00-05:00')], 'America/New_York')).toBeNull();
  });

  it('never takes the candidate’s deadline for an interview', () => {
    const confirmed = employer('Your final interview is confirmed for Monday, November 23 at 10:00 AM ET.', '2026-11-18T09:00:00-05:00');
    const offer = employer('I am delighted to offer you the position. We would need your answer by Tuesday, December 8 at 5:00 PM.', '2026-11-30T09:00:00-05:00');
    expect(threadInterviewAt([confirmed, offer], 'America/New_York')).toBe('2026-11-23T15:00:00.000Z');
    expect(threadInterviewAt([employer('Please let us know your decision by Friday, December 4 at noon.', '2026-11-30T09:00:00-05:00')], 'America/New_York')).toBeNull();
  });
});

describe('interview time across forwards, headings and later news', () => {
  const owner = (text: string, sentAt: string, forwarded = '') => ({ text, sentAt, fromOwner: true, forwarded });

  it('reads the employer mail an owner forwards, from its own date', () => {
    const forwarded = [
      'From: Shannon Rook <shannon@brickwell.co.uk>',
      'Date: Thu, 3 Sept 2026 at 16:12',
      'Subject: interview confirmed',
      '',
      'all confirmed for thursday 10 september, 2pm.',
    ].join('\n');
    const forward = owner('Got the interview, it is Thursday. Could we talk Wednesday evening?', '2026-09-07T07:50:00+01:00', forwarded);
    expect(threadInterviewAt([forward], 'Europe/London', 'cand@gmail.com')).toBe('2026-09-10T13:00:00.000Z');
  });

  it('reads quoted mail from before the thread’s first message, and no later quote of it', () => {
    const reply = { text: 'Thank you, that works for me. See you then!', sentAt: '2026-10-30T08:40:00+05:30', fromOwner: true };
    const quoted = 'On Thu, Oct 22, 2026 at 10:12 AM Venkatesh Iyer <v.iyer@deccanseed.co.in> wrote:\n> Date: Tuesday, 3 November 2026\n> Time: 11:00 AM IST';
    expect(threadInterviewAt([{ ...reply, quoted }], 'Asia/Kolkata', 'cand@outlook.com')).toBe('2026-11-03T05:30:00.000Z');
    const later = quoted.replace('Oct 22', 'Oct 30').replace('10:12 AM', '8:12 AM');
    expect(threadInterviewAt([{ ...reply, quoted: later }], 'Asia/Kolkata', 'cand@outlook.com')).toBeNull();
  });

  it('takes the updated details over the previous ones, and drops an event its heading cancels', () => {
    const moved = 'Your interview has been rescheduled.\nPREVIOUS DETAILS\nDate: Wednesday, 30 September 2026\nTime: 14:00 BST\n\nUPDATED DETAILS\nDate: Thursday, 1 October 2026\nTime: 11:00 BST';
    expect(threadInterviewAt([employer(moved, '2026-09-25T16:41:00+01:00')], 'Europe/London')).toBe('2026-10-01T10:00:00.000Z');
    const cancelled = 'This event has been canceled and removed from your calendar.\n\nFollow-up Interview\nTuesday Nov 24, 2026 10am – 11am (MST)\n\nThank you for your time at this afternoon’s interview at 1:00 p.m.';
    expect(threadInterviewAt([employer(cancelled, '2026-11-23T16:52:00-07:00')], 'America/Denver')).toBe('2026-11-23T20:00:00.000Z');
  });

  it('keeps a held interview’s time when the role is later put on hold, and ignores a time the candidate names alone', () => {
    const confirmed = employer('You are all locked in for Friday 30 October at 10:00am.', '2026-10-27T14:12:00+11:00');
    const onHold = employer('The board put all hiring on hold. The role hasn’t been cancelled, it’s just paused.', '2026-11-14T10:30:00+11:00');
    expect(threadInterviewAt([confirmed, onHold], 'Australia/Sydney')).toBe('2026-10-29T23:00:00.000Z');
    const arrival = owner('Thank you! I will drive up Thursday evening so I will be there at 8:45 sharp.', '2026-10-28T09:00:00+11:00');
    expect(threadInterviewAt([confirmed, arrival], 'Australia/Sydney')).toBe('2026-10-29T23:00:00.000Z');
  });

  it('takes the time a day’s plan ties to the interview, and a day of the month named without its month', () => {
    const plan = 'Your visit is fixed on Tuesday, May 26, 2026. The day begins at 9:00 a.m. with a meeting with me, and the formal interview with the committee is at 10:30 a.m.';
    expect(threadInterviewAt([employer(plan, '2026-05-13T10:35:00-05:00')], 'America/Chicago')).toBe('2026-05-26T15:30:00.000Z');
    expect(threadInterviewAt([employer('Thursday the 27th it is! Breakfast with me at 8:30.', '2026-08-10T15:02:00-06:00')], 'America/Regina')).toBe('2026-08-27T14:30:00.000Z');
  });

  it('lends a deadline’s day to no time below it, and keeps the time an arrival note follows', () => {
    const day = 'Your assessment day is confirmed: Tuesday, 9 June 2026, 09:00–13:00 BST\n\nPLAN\nPlease send us any dietary needs by Thursday.\n09:30–10:30 Panel interview with the director';
    expect(threadInterviewAt([employer(day, '2026-06-01T11:00:00+01:00')], 'Europe/London')).toBe('2026-06-09T08:00:00.000Z');
    const arrive = 'Date: Monday, 14 September 2026\nTime: 14:00 (please arrive by 13:45 to sign in)';
    expect(threadInterviewAt([employer(arrive, '2026-09-07T10:00:00+01:00')], 'Europe/London')).toBe('2026-09-14T13:00:00.000Z');
  });

  it('reads a dotted time after a comma, and an Australian zone written short', () => {
    expect(threadInterviewAt([employer('Interview booked:\nWed 10 June, 3.15pm\nLevel 2 meeting room', '2026-06-03T09:00:00+08:00')], 'Asia/Singapore')).toBe('2026-06-10T07:15:00.000Z');
    const aus = 'When: Monday, 7 December 2026, 2:00 pm – 3:00 pm (AUS Eastern Daylight Time)';
    expect(threadInterviewAt([employer(aus, '2026-11-30T10:00:00+11:00')], 'Europe/London')).toBe('2026-12-07T03:00:00.000Z');
  });

  it('does not take a meeting to walk through the offer for the interview', () => {
    const booked = employer('Your onsite is confirmed for Thursday, 9 April 2026 at 9:30.', '2026-04-01T09:00:00-04:00');
    const walkthrough = employer('offer walkthrough – sam / priya\n\nWhen\nMonday Apr 20, 2026 ⋅ 2pm – 2:30pm (Eastern Time - New York)', '2026-04-17T09:00:00-04:00');
    expect(threadInterviewAt([booked, walkthrough], 'America/New_York')).toBe('2026-04-09T13:30:00.000Z');
  });

  it('does not take the call an offer proposes for the interview', () => {
    const booked = employer('Your interview is confirmed for Wednesday, 11 November 2026 at 11:00.', '2026-11-04T09:00:00+01:00');
    const offer = employer('We are thrilled to offer you the role! Could we have a call on Friday, 20 November 2026 at 16:00 to go through the details?', '2026-11-17T09:00:00+01:00');
    expect(threadInterviewAt([booked, offer], 'Europe/Berlin')).toBe('2026-11-11T10:00:00.000Z');
  });
});

describe('interview time: bare hours, reporting times, day plans and a later round called off', () => {
  it('reads a bare hour right after its day, but not a street number', () => {
    expect(threadInterviewAt([employer('Loved your samples. Could you pop in Friday at 11? Bring the sketchbook.', '2026-03-10T09:00:00+00:00')], 'Europe/London')).toBe('2026-03-13T11:00:00.000Z');
    expect(threadInterviewAt([employer('We meet tomorrow at 3 in the back office.', '2026-03-10T09:00:00+00:00')], 'Europe/London')).toBe('2026-03-11T15:00:00.000Z');
    expect(threadInterviewAt([employer('Our studio moves on Friday at 10 Harrow Lane.', '2026-03-10T09:00:00+00:00')], 'Europe/London')).toBeNull();
  });

  it('reads a year followed by the verb "be" as the year written, not an era', () => {
    const asked = employer('Would Wednesday, June 3, 2026 be all right for you? We would start at 10:00 AM in room 12.', '2026-05-20T10:00:00-04:00');
    expect(threadInterviewAt([asked], 'America/New_York')).toBe('2026-06-03T14:00:00.000Z');
  });

  it('takes the time the interview starts over the time to report', () => {
    const letter = 'You are called for the interview board.\nDate: Monday, 8 June 2026\nReporting time: 09:15 AM; the interview starts at 09:45 AM';
    expect(threadInterviewAt([employer(letter, '2026-05-20T10:00:00+05:30')], 'Asia/Kolkata')).toBe('2026-06-08T04:15:00.000Z');
  });

  it('starts a day plan at its first slot past getting in, and keeps a welcome even with the badge', () => {
    const plan = 'Here is Thursday 4 March 2027 for you:\n08:40 Sign in at the security desk, collect a badge\n09:00 Tour of the lab with Dr Ames\n09:45 Technical interview with the team\n11:00 Close';
    expect(threadInterviewAt([employer(plan, '2027-02-24T10:00:00+00:00')], 'Europe/London')).toBe('2027-03-04T09:00:00.000Z');
    const welcome = 'Your visit on Thursday 4 March 2027:\n08:30 Welcome and check-in with Ruth\n08:45 Interview with the partners';
    expect(threadInterviewAt([employer(welcome, '2027-02-24T10:00:00+00:00')], 'Europe/London')).toBe('2027-03-04T08:30:00.000Z');
    const labelled = 'Date: Thursday 4 March 2027\nTime: 08:00 – 12:00\n\n08:00 Sign in at the gate\n08:20 Interview with the plant manager\n10:00 Line walk';
    expect(threadInterviewAt([employer(labelled, '2027-02-24T10:00:00+00:00')], 'Europe/London')).toBe('2027-03-04T08:00:00.000Z');
  });

  it('keeps the round that took place when a later round is called off', () => {
    const first = employer('Confirmed: your interview is on Tuesday, 2 June 2026 at 11:00.', '2026-05-26T09:00:00+01:00');
    const second = employer('Please join us for a second round on Monday, 22 June 2026 at 15:00.', '2026-06-10T09:00:00+01:00');
    const off = employer('I am sorry: the second round on 22 June is cancelled, the post is frozen.', '2026-06-18T09:00:00+01:00');
    expect(threadInterviewAt([first, second, off], 'Europe/London')).toBe('2026-06-02T10:00:00.000Z');
    const moved = employer('We need to move your interview to Thursday, 4 June 2026 at 14:00 instead.', '2026-05-29T09:00:00+01:00');
    const dropped = employer('Unfortunately we have cancelled the interview.', '2026-06-01T09:00:00+01:00');
    expect(threadInterviewAt([first, moved, dropped], 'Europe/London')).toBeNull();
  });
});

describe('interview time in an Outlook forward that opens the thread', () => {
  it('reads the forwarded confirmation below its From and Sent lines', () => {
    const text = [
      'hi uncle ravi, got the interview!! can we practise on the weekend?',
      '',
      'From: careers@lumenfreight.example',
      'Sent: Monday, 2 March 2026 10:15 AM',
      'To: Ana Costa',
      'Subject: Interview Confirmation - Freight Planner',
      '',
      'Dear Ana Costa,',
      '',
      'Your interview for the Freight Planner position has been confirmed.',
      '',
      'Thursday 5 March 2026, 2:30 PM (SGT)',
      '12 Changi South Lane, Level 3',
      '',
      'Regards,',
      'Human Resources, Lumen Freight',
    ].join('\n');
    const thread = {
      host: 'outlook' as const,
      id: 'forward-probe',
      subject: 'FW: Interview Confirmation - Freight Planner',
      userEmail: 'ana.costa@outlook.com',
      messages: [{ from: { name: 'Ana Costa', email: 'ana.costa@outlook.com' }, to: [{ name: 'Ravi', email: 'ravi.k@gmail.com' }], cc: [], sentAt: '2026-03-03T09:00:00+08:00', text }],
    };
    expect(analyzeThread(thread, { timeZone: 'Asia/Singapore' }).interviewAt).toBe('2026-03-05T06:30:00.000Z');
  });
});

describe('decision window in a message', () => {
  it('takes the revised promise over the one it replaces', () => {
    const text = 'The original posting indicated that a hiring decision would be made by October 16, 2026. The District now expects to make a final hiring decision by Friday, October 30, 2026.';
    expect(findDecisionWindow(text, '2026-10-08')?.latest).toBe('2026-10-30');
  });

  it('does not read a past weekday or a label block as a window', () => {
    expect(findDecisionWindow('Thanks for coming in on Tuesday.', '2026-11-26')).toBeNull();
    expect(findDecisionWindow('Date: Tuesday, December 8, 2026\nTime: 10:00 AM', '2026-11-26')?.aboutDecision ?? false).toBe(false);
  });
});

describe('interview time: moves, asides, attributions and offers (round 9 probes)', () => {
  const zone = 'Europe/London';
  const confirmed = employer('Your interview is confirmed for Tuesday 3 November 2026 at 14:00.', '2026-10-26T09:00:00+00:00');

  it.each([
    ['we had to move the interview from Friday to Monday 9 November at 11 am, sorry', '2026-11-09T11:00:00.000Z'],
    ['Interview changed from wed to fri 6 nov 10:30am.', '2026-11-06T10:30:00.000Z'],
    ['Kindly note your interview is shifted from Thursday to Tuesday 10 November at 3 pm.', '2026-11-10T15:00:00.000Z'],
  ])('a move from a day to a day and time: %s', (text, instant) => {
    expect(threadInterviewAt([employer(text, '2026-11-02T09:00:00+00:00')], zone)).toBe(instant);
  });

  it.each([
    'Date: Thursday 12 November 2026\nTime: 10:00 (please arrive 15 minutes before)',
    'Your interview: Thursday 12 November 2026 at 10:00 (kindly arrive early for the security desk)',
    'Date: Thu 12 Nov 2026\nTime: 10:00 (check-in at reception)',
  ])('an aside about arriving does not veto the time: %j', (text) => {
    expect(threadInterviewAt([employer(text, '2026-11-02T09:00:00+00:00')], zone)).toBe('2026-11-12T10:00:00.000Z');
  });

  it.each([
    'thanks for coming in. we will be in touch.\n\n--- on mon, nov 2, 2026 at 1:32 pm hr@example.org wrote:',
    'Thank you for your time today.\n\nOn Mon, 2 Nov 2026 at 13:32, HR Team <hr@example.org> wrote:',
    'cheers, speak soon\n>> On Monday, November 2, 2026 1:32 PM, recruiting@example.org wrote:',
  ])('a quote attribution left in the text is not a new time: %j', (text) => {
    expect(threadInterviewAt([confirmed, employer(text, '2026-11-04T09:00:00+00:00')], zone)).toBe('2026-11-03T14:00:00.000Z');
  });

  it.each([
    'We are pleased to extend you an offer. This offer will remain open until 5:00 PM on Wednesday, 18 November 2026.',
    'Happy to offer you the role! The offer is valid until 17:00 on 18 November.',
    'we would like to extend you an offer, it stays open until wed 18 nov at 5pm',
  ])('an offer’s expiry is not the interview: %j', (text) => {
    expect(threadInterviewAt([confirmed, employer(text, '2026-11-10T09:00:00+00:00')], zone)).toBe('2026-11-03T14:00:00.000Z');
  });

  it('reads the confirmation in the Outlook history below an offer, header and all', () => {
    const text = [
      'Dear Kim,',
      '',
      'We are delighted to offer you the position of Analyst. Start date: Monday, 4 January 2027.',
      '',
      'Regards,',
      'Sam Patel',
      '',
      'From: Sam Patel <sam.patel@northwind-robotics.com>',
      'Sent: Monday, October 26, 2026 9:00 AM',
      'To: Kim Ode <kim.ode@gmail.com>',
      'Subject: Interview confirmation - Analyst',
      '',
      'Dear Kim,',
      '',
      'This confirms your interview.',
      'Date: Tuesday, 3 November 2026',
      'Time: 2:00 PM - 3:00 PM',
    ].join('\n');
    const thread = {
      host: 'outlook' as const,
      id: 'offer-history-probe',
      subject: 'Offer - Analyst',
      messages: [{ from: { name: 'Sam Patel', email: 'sam.patel@northwind-robotics.com' }, to: [{ name: 'Kim Ode', email: 'kim.ode@gmail.com' }], cc: [], sentAt: '2026-11-10T09:00:00+00:00', text }],
    };
    expect(analyzeThread(thread, { timeZone: zone }).interviewAt).toBe('2026-11-03T14:00:00.000Z');
  });
});

describe('a Gmail quote read as forwarded mail keeps its attribution line', () => {
  const recruiter = { name: 'Ines Moreau', email: 'ines.moreau@kestrelfreight.com' };
  const candidate = { name: 'Tomas Reyes', email: 'tomas.reyes@gmail.com' };
  const mentor = { name: 'Ada Lin', email: 'ada.lin@gmail.com' };
  const thread = (subject: string, messages: { from: typeof recruiter; to: (typeof recruiter)[]; sentAt: string; text: string }[]): MailThread => ({
    host: 'gmail',
    id: 'attribution-probe',
    subject,
    userEmail: candidate.email,
    messages: messages.map((m) => ({ ...m, cc: [] })),
  });

  it('takes the newest quoted confirmation over the older proposal beneath it', () => {
    const text =
      'Hi Tomas,\n\nThank you for meeting Carla and Jun last week. We have decided to move forward with another candidate for the Route Planner role.\n\nBest,\nInes\n\n' +
      'On Tue, 3 Mar 2026 at 17:05, Ines Moreau <ines.moreau@kestrelfreight.com> wrote:\n> Hi Tomas,\n> All set, you are now confirmed for Thursday, 5 March 2026 at 11:00am with Carla Diaz and Jun Park.\n> Ines\n>\n' +
      '> On Mon, 2 Mar 2026 at 09:12, Ines Moreau <ines.moreau@kestrelfreight.com> wrote:\n>> Hi Tomas, could you do Wednesday, 4 March at 2:00pm for your interview?';
    const mail = thread('Fwd: Re: Interview - Route Planner', [
      { from: recruiter, to: [candidate], sentAt: '2026-03-13T10:00:00+00:00', text },
      { from: candidate, to: [mentor], sentAt: '2026-03-13T18:00:00+00:00', text: 'Ada, forwarding this, sadly.\n\nTomas' },
    ]);
    expect(analyzeThread(mail, { timeZone: 'Europe/London' }).interviewAt).toBe('2026-03-05T11:00:00.000Z');
  });

  it('takes the moved time the newest quote gives, not the first one', () => {
    const text =
      'Dear Tomas,\n\nThank you for your time with our panel on Tuesday. We will be in touch once the panel has met.\n\nKind regards,\nInes\n\n' +
      'On Fri, 6 Mar 2026 at 16:40, Ines Moreau <ines.moreau@kestrelfreight.com> wrote:\n> Hi Tomas, we have moved your interview to Tuesday, 17 March 2026 at 3:30pm. Same room.\n>\n' +
      '> On Wed, 4 Mar 2026 at 10:02, Ines Moreau <ines.moreau@kestrelfreight.com> wrote:\n>> Your interview is confirmed for Monday, 16 March 2026 at 9:00am.';
    const mail = thread('Fwd: Re: Interview - Route Planner', [
      { from: recruiter, to: [candidate], sentAt: '2026-03-18T09:30:00+00:00', text },
      { from: candidate, to: [mentor], sentAt: '2026-03-18T20:00:00+00:00', text: 'Ada, forwarding the latest below.\n\nTomas' },
    ]);
    expect(analyzeThread(mail, { timeZone: 'Europe/London' }).interviewAt).toBe('2026-03-17T15:30:00.000Z');
  });

  it('takes the time the newest quote confirms after the candidate asked to move', () => {
    const text =
      'Hi Tomas,\n\nGreat to meet you on Friday. The team is keen to move you to the final round and I will send options shortly.\n\nInes\n\n' +
      'On Thu, 12 Mar 2026 at 12:30, Ines Moreau <ines.moreau@kestrelfreight.com> wrote:\n> No problem at all. Confirmed: Friday, 20 March 2026, 10:00am at our Leeds depot, with Carla Diaz.\n>\n' +
      '> On Thu, 12 Mar 2026 at 08:15, Tomas Reyes <tomas.reyes@gmail.com> wrote:\n>> Sorry, could we move it to Friday morning instead?\n>>\n' +
      '>> On Wed, 11 Mar 2026 at 15:00, Ines Moreau <ines.moreau@kestrelfreight.com> wrote:\n>>> Could you do Thursday, 19 March at 4:00pm for your interview?';
    const mail = thread('Fwd: Re: Re: Interview - Route Planner', [
      { from: recruiter, to: [candidate], sentAt: '2026-03-23T11:00:00+00:00', text },
      { from: candidate, to: [mentor], sentAt: '2026-03-23T19:00:00+00:00', text: 'Hi Ada, sharing the thread as promised.\n\nTomas' },
    ]);
    expect(analyzeThread(mail, { timeZone: 'Europe/London' }).interviewAt).toBe('2026-03-20T10:00:00.000Z');
  });
});

describe('interview time: send stamps and opening hours are not the interview (round 12 probes)', () => {
  const zone = 'America/Chicago';
  const confirmed = employer('Your interview is confirmed for Thursday, December 10, 2026 at 10:00 AM.', '2026-12-03T09:00:00-06:00');

  it.each([
    ['Quick update: the team is still deciding.\n\nSent Tuesday, December 15, 2026 11:30 AM (UTC-06:00)', '2026-12-15T11:30:00-06:00'],
    ['No news yet, sorry.\nSent from my phone on Dec 15, 2026 at 4:05 PM', '2026-12-15T16:05:00-06:00'],
    ['thanks again!\n-- sent 12/15/2026 8:20 am via mobile', '2026-12-15T08:20:00-06:00'],
  ])('the message\'s own send time, written into it: %j', (text, sentAt) => {
    expect(threadInterviewAt([confirmed, employer(text, sentAt)], zone)).toBe('2026-12-10T16:00:00.000Z');
  });

  it.each([
    'Noted. The building closes at noon today, so bring your ID to the front desk.',
    'Just so you know, reception closes early at 3:30 pm on Thursday, December 10.',
    'FYI our lobby only opens at 7:30 am tomorrow; the guard will let you in.',
  ])('when a building closes or opens: %j', (text) => {
    expect(threadInterviewAt([confirmed, employer(text, '2026-12-09T07:35:00-06:00')], zone)).toBe('2026-12-10T16:00:00.000Z');
  });

  it.each([
    'Your day, Wednesday 9 December 2026:\n09:00 arrive at reception, quick hello from me\n09:20 Case study with the analytics team\n11:00 Wrap-up',
    'Plan for Wed 9 Dec 2026\n09:00 Arrival, coffee and introductions with the team\n09:30 Technical interview\n10:30 Finish',
    'Wednesday 9 December 2026\n09:00 Check-in and meet-and-greet with Dana (recruiter)\n09:30 Panel interview\n10:30 Tour',
  ])('a day plan that opens with a greeting on arrival starts at it: %j', (text) => {
    expect(threadInterviewAt([employer(text, '2026-12-02T09:00:00-06:00')], zone)).toBe('2026-12-09T15:00:00.000Z');
  });
});
