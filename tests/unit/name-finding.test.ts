// Probes of how the people the candidate meets are found (src/core/analyze/extract-people.ts, name-list.ts,
// names.ts), in our own words: names that stand only in a reply's quoted history or in a forward written as
// a quote, and capitalised runs that are no person. Each reads the analysis's top candidate list, so that the
// probe tests how names are found, not the calibration that decides whether to give it.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';

const OWNER = { name: 'Sam Rivera', email: 'sam.rivera@gmail.com' };
const MENTOR = { name: 'Ines Kowalczyk', email: 'ines.k@fastmail.com' };
type Sender = { name: string; email: string };

const RECRUITER = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.io' };
const INVITE = `Hi Sam,

Thanks for applying to Northwind. We'd like to invite you to interview for the Data Analyst role. Are you free next Thursday at 2pm?

Dana Whitfield
Talent Partner, Northwind`;

/** A thread that opens with the recruiter's invitation, then (sender, text) messages, the owner's among them, each to whom it names. */
const conversation = (subject: string, ...messages: { from: Sender; to?: Sender[]; text: string }[]): MailThread => ({
  host: 'gmail',
  id: 'probe',
  subject,
  userEmail: OWNER.email,
  messages: [{ from: RECRUITER, text: INVITE }, ...messages].map((m, i) => ({ from: m.from, to: m.to ?? [OWNER], cc: [], sentAt: `2026-03-0${i + 1}T10:00:00-05:00`, text: m.text })),
});

const PROBES: { name: string; thread: MailThread; expect: string[] }[] = [
  {
    name: 'an Outlook forward to a mentor, written as a quote, holding the invitation that names the panel',
    thread: conversation('FW: Interview – Data Analyst', {
      from: OWNER,
      to: [MENTOR],
      text: `Ines - see below, interview is thursday. any tips for a panel?

Sam

________________________________
From: Dana Whitfield <dana.whitfield@northwind.io>
Sent: Monday, March 2, 2026 9:12 AM
To: Sam Rivera <sam.rivera@gmail.com>
Subject: Interview – Data Analyst

Hello Sam,

We are happy to invite you to interview for the Data Analyst position on Thursday 5 March at 2:00 PM.

Panel: Oksana Feldmann (Analytics Manager), Tiago Brancato (Senior Data Engineer)

Kind regards,
Dana Whitfield
Talent Partner, Northwind`,
    }),
    expect: ['Oksana Feldmann', 'Tiago Brancato'],
  },
  {
    name: 'a recruiter\'s later note whose quoted earlier mail (with ">" marks) named who the candidate met',
    thread: conversation(
      'Re: Data Analyst – update',
      {
        from: RECRUITER,
        text: `Hi Sam,

sorry for the wait, the team is still deciding. Both of them liked you a lot, expect news by Friday.

Dana

On Mon, Mar 2, 2026 at 4:40 PM Dana Whitfield <dana.whitfield@northwind.io> wrote:
> Hi Sam, thank you for coming in today to meet Oksana Feldmann and Tiago Brancato.
> We will be in touch within a week.
> Dana`,
      },
      { from: OWNER, to: [RECRUITER], text: 'Thanks Dana, good to know. Sam' },
    ),
    expect: ['Oksana Feldmann', 'Tiago Brancato'],
  },
  {
    name: 'terse mail in lower case over a quoted booking from an applicant system',
    thread: conversation('Re: your interview tomorrow', {
      from: RECRUITER,
      text: `hi sam, all good - same room as before. see you tmrw

dana

On Wed, Mar 4, 2026 at 8:00 AM, Northwind via Lever <no-reply@hire.lever.co> wrote:
> Hi Sam,
>
> A reminder that your interview is tomorrow.
>
> When: Thursday, March 5, 2026, 2:00 PM
> Interviewers: Oksana Feldmann (Analytics Manager), Tiago Brancato (Senior Data Engineer)
>
> Sent by Lever on behalf of Northwind`,
    }),
    expect: ['Oksana Feldmann', 'Tiago Brancato'],
  },
  {
    name: 'a non-native writer whose own earlier mail, quoted in their reply, says they and a colleague will interview',
    thread: conversation(
      'RE: Analyst position',
      {
        from: { name: 'Giedre Vaitkute', email: 'giedre@northwind.io' },
        text: `Dear Sam,

As we agreed before, interview is stay on Thursday. Please bring the passport for the reception.

Best regards,
Giedre Vaitkute

From: Giedre Vaitkute <giedre@northwind.io>
Sent: Monday, March 2, 2026 11:02 AM
To: Sam Rivera
Subject: Analyst position

Dear Sam,

We invite you for the interview on Thursday 5 March at 14:00. You will talk with me and with our head of analytics Oksana Feldmann.

Best regards,
Giedre Vaitkute
HR Manager`,
      },
    ),
    expect: ['Giedre Vaitkute', 'Oksana Feldmann'],
  },
  {
    name: 'a quoted copy of a message the thread already holds is read once, not twice',
    thread: conversation(
      'Re: Interview with Northwind',
      {
        from: RECRUITER,
        text: `Hi Sam,

Your interview on Thursday at 2pm will be with Oksana Feldmann.

Dana Whitfield
Talent Partner, Northwind`,
      },
      {
        from: OWNER,
        to: [RECRUITER],
        text: `Hi Dana, thanks, Thursday at 2pm works.

Sam

On Mon, Mar 2, 2026 at 10:00 AM Dana Whitfield <dana.whitfield@northwind.io> wrote:
> Hi Sam,
>
> Your interview on Thursday at 2pm will be with Oksana Feldmann.
>
> Dana Whitfield
> Talent Partner, Northwind`,
      },
    ),
    expect: ['Oksana Feldmann'],
  },
];

describe('the people the candidate meets, found wherever the mail names them', () => {
  it.each(PROBES)('$name', ({ thread: probe, expect: names }) => {
    const analysis = analyzeThread(probe, { timeZone: 'America/New_York' });
    expect({ relevant: analysis.relevant, names: [...(analysis.fields?.interviewers?.candidates[0] ?? [])].sort() }).toEqual({ relevant: true, names: [...names].sort() });
  });
});
