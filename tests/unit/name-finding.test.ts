// Probes of how the people the candidate meets are found (src/core/analyze/extract-people.ts, name-list.ts,
// names.ts), in our own words: names that stand only in a reply's quoted history or in a forward written as
// a quote, and capitalised runs that are no person. Each reads the analysis's top candidate list, so that the
// probe tests how names are found, not the calibration that decides whether to give it.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import { capitaliseNameSlots, namesIn } from '../../src/core/analyze/name-list';
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
    name: 'a thank-you that titles both interviewers as graduates, and a sender signed as a team in capitals',
    thread: conversation(
      'Entrevista – Analista de Datos',
      {
        from: { name: 'Reclutamiento NWD', email: 'reclutamiento@northwind.io' },
        text: `Estimado Sam,

Le confirmamos su entrevista para el puesto de Analista de Datos el jueves 5 de marzo a las 14:00.

Saludos,
Reclutamiento NWD`,
      },
      {
        from: OWNER,
        to: [{ name: 'Reclutamiento NWD', email: 'reclutamiento@northwind.io' }],
        text: `Hello,

Thank you for the interview yesterday with Lic. Marisol Quiroga and Ing. Esteban Mora. I enjoyed to talk about the data platform.

Sam`,
      },
    ),
    expect: ['Marisol Quiroga', 'Esteban Mora'],
  },
  {
    name: 'a booking that lists a first name which is a title too',
    thread: conversation('Interview booked – Data Analyst', {
      from: { name: 'Northwind via Lever', email: 'no-reply@hire.lever.co' },
      text: `Your interview for Data Analyst is booked.

When: Thursday 5 March, 2:00 PM
With: Ruth Okoro, Dean Halloran`,
    }),
    expect: ['Ruth Okoro', 'Dean Halloran'],
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
  {
    name: 'an agenda without full stops whose last line asks for referees',
    thread: conversation('Final round – Data Analyst', {
      from: RECRUITER,
      text: `Sam, final round details:

10:00am  Check in at reception
10:15am  Interview (1 hr): Corinne Vasquez (Head of Analytics), Tobias Ferreira (Data Lead)
11:15am  Case study
Please bring ID and the names of two referees

Dana`,
    }),
    expect: ['Corinne Vasquez', 'Tobias Ferreira'],
  },
  {
    name: 'a terse lower-case itinerary with a referee line under the panel',
    thread: conversation('onsite', {
      from: RECRUITER,
      text: `hi sam - tues onsite:
2pm panel w/ Hugo Brandt + Amara Obi
3pm wrap up
referees: send 2 by friday

dana`,
    }),
    expect: ['Hugo Brandt', 'Amara Obi'],
  },
  {
    name: 'a referee named on the line after the panel is still no interviewer',
    thread: conversation('Interview schedule', {
      from: RECRUITER,
      text: `Dear Sam,

Your interviewers on Thursday at 2pm will be Wendell Achebe and Maren Solberg
Your referee Pieter Claassen has already been contacted

Kind regards,
Dana`,
    }),
    expect: ['Wendell Achebe', 'Maren Solberg'],
  },
  {
    name: 'an interviewer writes under a display name with a graduate or council honorific',
    thread: conversation(
      'Re: Interview',
      { from: { name: 'Lic. Beatriz Olmedo', email: 'bolmedo@northwind.io' }, text: `Sam, it was a pleasure to meet you yesterday. I enjoyed our interview.\n\nBeatriz Olmedo` },
      { from: { name: 'Cllr Ronan Healy', email: 'ronan.healy@northwind.io' }, text: `Dear Sam, it was good to meet you at Thursday's interview; the panel was impressed.\n\nRonan Healy` },
    ),
    expect: ['Beatriz Olmedo', 'Ronan Healy'],
  },
  {
    name: 'an appointment with people given by their posts before their names, in a sentence with no word for meeting',
    thread: conversation('Interview confirmed – Data Analyst', {
      from: RECRUITER,
      text: `Hi Sam,

Good news. You are confirmed for Monday at 11:00 AM on Teams with their finance director, Odile Marchetti, and the head of data Rufus Ekwueme.

Dana`,
    }),
    expect: ['Odile Marchetti', 'Rufus Ekwueme'],
  },
  {
    name: 'the writer meets the candidate beside a colleague given by a lower-case post and an abbreviation',
    thread: conversation('Re: visit', {
      from: { name: 'Gwen Adeyemi', email: 'gwen@northwind.io' },
      text: `Hi Sam, come by Friday 2pm. You'll meet me and our senior RN, Tobiah Kessel. Should take an hour.

Gwen Adeyemi
Clinic Manager, Northwind`,
    }),
    expect: ['Gwen Adeyemi', 'Tobiah Kessel'],
  },
  {
    name: 'a panel listed in an aside with the writer at its end',
    thread: conversation('Re: interview feedback', {
      from: { name: 'Gwen Adeyemi', email: 'gwen@northwind.io' },
      text: `Sam, the interview panel (Lukas Brenner, Ifeoma Chukwu and myself) were very impressed with you. We'll be in touch soon.

Gwen Adeyemi
Clinic Manager, Northwind`,
    }),
    expect: ['Gwen Adeyemi', 'Lukas Brenner', 'Ifeoma Chukwu'],
  },
  {
    name: 'a firm as the sender, whose signer sat on the panel with a colleague',
    thread: conversation('Your interview', {
      from: { name: 'Harbourline Logistics', email: 'noreply@apply.workable.com' },
      text: `Hi Sam,

Thanks again for coming in. Priscilla Odum and I both enjoyed the interview and will be in touch within a week.

Best,
Marek Zielinski
Operations Manager, Harbourline Logistics`,
    }),
    expect: ['Priscilla Odum', 'Marek Zielinski'],
  },
  {
    name: 'a firm as the sender of a terse offer note from a panel member',
    thread: conversation('offer', {
      from: { name: 'Kestrel Robotics', email: 'jobs@kestrel.example' },
      text: `sam - panel (Yusuf Demir, Hanne Voss and me) agreed, offer attached.

Lorcan Byrne
Engineering Lead, Kestrel Robotics`,
    }),
    expect: ['Yusuf Demir', 'Hanne Voss', 'Lorcan Byrne'],
  },
  {
    name: 'an itinerary whose slots name a branch and a site by their places, beside the people met there',
    thread: conversation('Onsite itinerary', {
      from: RECRUITER,
      text: `Hi Sam, your onsite on Friday:

10:00 Interview with Leona Marsh, Head of Data
11:30 Store visit, Clarke Quay branch, with Leona Marsh
13:00 Site walk at the Harbour Point depot with Mr. Ishaan Mehra, Site In-charge

Dana`,
    }),
    expect: ['Leona Marsh', 'Ishaan Mehra'],
  },
  {
    name: 'a product or a project named beside the interviewer is no person',
    thread: conversation('Re: technical round', {
      from: RECRUITER,
      text: `sam, tech round thurs 3pm w/ Kofi Boateng. he'll ask about your React Native app and the Deutsche Bahn project on your cv.

dana`,
    }),
    expect: ['Kofi Boateng'],
  },
  {
    name: 'a hiring manager who says they enjoyed the interview, as did a colleague',
    thread: conversation('Your application', {
      from: { name: 'Dr. Ottilie Brandauer', email: 'o.brandauer@northwind.io' },
      text: `Dear Sam,

Thank you for coming in on Tuesday. I really enjoyed our technical discussion, and so did my colleague Jonas Weber.

We will decide by Friday.

Dr. Ottilie Brandauer
Head of Analytics, Northwind`,
    }),
    expect: ['Ottilie Brandauer', 'Jonas Weber'],
  },
  {
    name: 'a terse note from the interviewer who liked the conversation',
    thread: conversation('Re: chat', {
      from: { name: 'Raoul Dufresne', email: 'raoul@northwind.io' },
      text: `Sam - I liked the conversation yesterday a lot. Will revert next week after I speak to the board.

Raoul Dufresne
Founder, Northwind`,
    }),
    expect: ['Raoul Dufresne'],
  },
  {
    name: 'lower-case mail that gives each person met with their post after "our", without commas',
    thread: conversation('Re: come by', {
      from: { name: 'Bram Koenig', email: 'bram@northwind.io' },
      text: `hey sam, bram here. can you come by the yard friday at 8am? you'd meet with hattie moss our site manager and olu bakare our lead carpenter. 45 mins tops.

bram`,
    }),
    expect: ['Hattie Moss', 'Olu Bakare'],
  },
  {
    name: 'a government branch, a rail operator and buildings named in the same mail as the panel',
    thread: conversation('Interview – Senior Analyst, Water Quality Branch', {
      from: RECRUITER,
      text: `Dear Sam,

Your interview panel on 4 June at 10:00 will be Dr. Imogen Farr, Director, Water Quality Branch, and Kwame Asante.

We refund Deutsche Bahn tickets. You may be asked about our Kreuzberg and Mitte Ost buildings.

Dana`,
    }),
    expect: ['Imogen Farr', 'Kwame Asante'],
  },
  {
    name: 'an appointment given by its length and its party, the host as a pronoun',
    thread: conversation('Re: next step', {
      from: RECRUITER,
      text: `Hi Sam,

The hiring manager, Oren Talbot (Head of Finance), wants to meet you. Thursday 9:30 works for him. It's roughly 40 minutes, him plus their people partner Maude Lachance.

Dana`,
    }),
    expect: ['Oren Talbot', 'Maude Lachance'],
  },
  {
    name: 'a terse booking whose party follows the pronoun with "and"',
    thread: conversation('booked', {
      from: RECRUITER,
      text: `sam - interview booked w/ Idris Farah for tues. 1 hour, her and Piet Jansen from the data team. zoom link to follow.

dana`,
    }),
    expect: ['Idris Farah', 'Piet Jansen'],
  },
];

describe('the people the candidate meets, found wherever the mail names them', () => {
  it.each(PROBES)('$name', ({ thread: probe, expect: names }) => {
    const analysis = analyzeThread(probe, { timeZone: 'America/New_York' });
    expect({ relevant: analysis.relevant, names: [...(analysis.fields?.interviewers?.candidates[0] ?? [])].sort() }).toEqual({ relevant: true, names: [...names].sort() });
  });
});

/** The full names (two words or more, or after an honorific) a line gives, as namesIn reads them. */
const fullNames = (text: string) => namesIn(text).filter((m) => m.words.length >= 2 || m.honorific).map((m) => m.words.join(' '));

const NAME_FORMS: { text: string; names: string[] }[] = [
  // A title or a degree the writer puts before the name, and the particle after an honorific.
  { text: 'Thanks for yesterday with Lic. Maribel Quesada and Arq. Tomas Villegas.', names: ['Maribel Quesada', 'Tomas Villegas'] },
  { text: 'the panel was Cllr Deborah Quinlan and Ing. Mateo Ruiz', names: ['Deborah Quinlan', 'Mateo Ruiz'] },
  { text: 'you met with the committee (Professors Ilse Brandvold and Kofi Mensah)', names: ['Ilse Brandvold', 'Kofi Mensah'] },
  { text: 'Your panel: Mr de Groot, Ms van Houten and Dr. Femi Ade.', names: ['de Groot', 'van Houten', 'Femi Ade'] },
  // A name stops at its end: degrees and generations after it are no part of it.
  { text: 'Interviewers: Tomasz Wrona MBA, Alicia Brenner PhD and Robert Hale Jr', names: ['Tomasz Wrona', 'Alicia Brenner', 'Robert Hale'] },
  // A middle initial does not break a name or the list it stands in.
  { text: 'Committee: Profs Harold J. Stensland, Rachel Abramowitz and Tomasz Kowal', names: ['Harold J. Stensland', 'Rachel Abramowitz', 'Tomasz Kowal'] },
  { text: 'you meet mary k. lee? no: You meet Mary K. Lee and then John Okoro.', names: ['Mary K. Lee', 'John Okoro'] },
  { text: '- Wen Y. Zhou – Lead Engineer', names: ['Wen Y. Zhou'] },
  // Terse notes: "w/" for "with", "+" between names.
  { text: 'onsite tues w/ Karen Osei + Deepak Rai, went ok', names: ['Karen Osei', 'Deepak Rai'] },
  { text: 'Call w/Lena Fischer; then panel: Ola Berg + Ivo Petrov', names: ['Lena Fischer', 'Ola Berg', 'Ivo Petrov'] },
  // A first name that is a title too, and a post's field before the name.
  { text: 'With: Ruth Okoro, Dean Halloran', names: ['Ruth Okoro', 'Dean Halloran'] },
  { text: 'you will speak to our Director of Finance Helga Brandt and our Head of Projects Oskar Lind', names: ['Helga Brandt', 'Oskar Lind'] },
  { text: 'the conversation with Dean Miriam Osei, who chairs the faculty', names: ['Miriam Osei'] },
  // Capitalised runs of a job, a department, an agenda or an address are no person.
  { text: '- Lourdes Pike, Plans Examiner III\n- Omar Hadid, Head of Residential Asset Management', names: ['Lourdes Pike', 'Omar Hadid'] },
  { text: '10:30 – 11:15   Programmes Deep-Dive\n                Priyanka Rao, Head of Programmes', names: ['Priyanka Rao'] },
  { text: 'Session 2 – Welcome and Role Overview (20 min), then the Situational Judgement Assessment', names: [] },
  { text: 'Venue: Spreeblick, Rosenthaler Str. 40, Berlin; ask for Jana at the desk', names: [] },
  { text: 'Please email the signed Job Requisition form and a scan of your White Card.', names: [] },
];

describe('the form of a name as one line writes it', () => {
  it.each(NAME_FORMS)('$text', ({ text, names }) => {
    expect(fullNames(text)).toEqual(names);
  });

  it('capitalises a lower-case name before a comma and its title, in lower-case mail', () => {
    expect(capitaliseNameSlots("you'll meet with frank delano, director of facilities, and bo chen, our lead electrician.")).toContain('Frank Delano, director');
    expect(capitaliseNameSlots('come in and meet with maria, tomorrow at 3')).toBe('come in and meet with maria, tomorrow at 3');
  });
});
