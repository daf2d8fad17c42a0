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
  // A word for the meeting in the plural still makes the sentence one about meeting.
  {
    name: '"conversations" with two people, heard of',
    thread: conversation('Re: next steps', { from: RECRUITER, text: `Hi Sam,\n\nI gather your conversations with Hugo Lamb and Rita Osei on Monday went well. We will be in touch within a week.\n\nDana` }),
    expect: ['Hugo Lamb', 'Rita Osei'],
  },
  {
    name: '"sessions" with two people, booked',
    thread: conversation('Re: onsite', { from: RECRUITER, text: `Hi Sam,\n\nGood news: your sessions with Carmen Diaz and Olu Nwosu are confirmed for Friday.\n\nDana` }),
    expect: ['Carmen Diaz', 'Olu Nwosu'],
  },
  {
    name: '"chats" with two people, after the day',
    thread: conversation('Re: Friday', { from: RECRUITER, text: `Hi Sam,\n\nI hear your chats with Bea Lund and Tom Ekwall went really well on Friday.\n\nDana` }),
    expect: ['Bea Lund', 'Tom Ekwall'],
  },
  // The header lines of a mail forwarded to the writer say whom it went to, not whom the candidate meets.
  {
    name: 'a "To:" line of the mail forwarded to the writer',
    thread: conversation('Re: interview', {
      from: RECRUITER,
      text: `Hi Sam,\n\nOmar is away, so your email was forwarded to me. Your interview with Maya Cole is on Tuesday at 3pm.\n\nThanks,\nDana\n\nFrom: Sam Rivera <sam.rivera@gmail.com>\nSent: Monday, March 2, 2026 9:00 AM\nTo: Omar Reyes <omar.reyes@northwind.io>\nSubject: Re: interview\n\nHi Omar, when can we meet?`,
    }),
    expect: ['Maya Cole'],
  },
  {
    name: 'a "Cc:" line among the header lines of a forwarded mail',
    thread: conversation('Re: panel', {
      from: RECRUITER,
      text: `Hi Sam,\n\nYour note was forwarded to me while Priya is out. The panel interview with Felix Dorn is booked for Thursday at 11am.\n\nDana\n\nFrom: Sam Rivera <sam.rivera@gmail.com>\nSent: Tuesday, March 3, 2026 8:00 AM\nTo: Northwind Careers <careers@northwind.io>\nCc: Priya Das <priya.das@northwind.io>\nSubject: panel\n\nHello, is the panel still on?`,
    }),
    expect: ['Felix Dorn'],
  },
  {
    name: 'German header lines ("An:") of a forwarded mail',
    thread: conversation('AW: Gespräch', {
      from: RECRUITER,
      text: `Hi Sam,\n\nHeike forwarded your mail to me. You will meet Jonas Weber on Monday at 10am.\n\nDana\n\nVon: Sam Rivera <sam.rivera@gmail.com>\nGesendet: Montag, 2. März 2026 09:00\nAn: Heike Brandt <heike.brandt@northwind.io>\nBetreff: Interview Data Analyst\n\nHallo Heike, wann treffen wir uns?`,
    }),
    expect: ['Jonas Weber'],
  },
  // A paper to sign, a building after its floor, a firm by its last word: capitalised runs that are no person.
  {
    name: 'a form named in capitals in the interview sentence',
    thread: conversation('Re: interview', { from: RECRUITER, text: `Hi Sam,\n\nBefore your interview with Rhea Mistry on Monday, please return the signed Vehicle Use Consent form and bring a completed Health Screening questionnaire.\n\nDana` }),
    expect: ['Rhea Mistry'],
  },
  {
    name: 'a tower named after its floor in the interview sentence',
    thread: conversation('Re: interview', { from: RECRUITER, text: `Hi Sam,\n\nYour meeting with Mr. Arjun Sethi is at 11am on the 12th floor, Prestige Meridian, MG Road.\n\nDana` }),
    expect: ['Arjun Sethi'],
  },
  {
    name: 'a farm named by the candidate among the people they met',
    thread: conversation('Re: interview', {
      from: OWNER,
      to: [MENTOR],
      text: `Ines, quick update: Golden Acre Farms had me meet Tove Lindahl and Sven Aas for the agronomist role. Went well I think!\n\nSam`,
    }),
    expect: ['Tove Lindahl', 'Sven Aas'],
  },
  {
    name: 'a firm named "… Co." where the interview is',
    thread: conversation('Re: interview', { from: RECRUITER, text: `Hi Sam,\n\nYour interview is at Harlow Feed & Milling Co., 3 Mill Road, with Priya Natarajan at 10am Tuesday.\n\nDana` }),
    expect: ['Priya Natarajan'],
  },
  {
    name: 'a firm named "… Co" without its full stop, as the client of the candidate\'s next meeting',
    thread: conversation('Re: interview', { from: RECRUITER, text: `Hi Sam,\n\nGood news: Castlegate Tea Co would like you to meet Owen Marsh, their buyer, on Friday at 2pm.\n\nDana` }),
    expect: ['Owen Marsh'],
  },
  {
    name: 'a surname of two letters is still a person',
    thread: conversation('Re: interview', { from: RECRUITER, text: `Hi Sam,\n\nOn Thursday at 11am you will meet Daniel Ng and Wei Li from the planning team.\n\nDana` }),
    expect: ['Daniel Ng', 'Wei Li'],
  },
  // The writer beside a recruiter, or the writer after the person: both are met.
  {
    name: 'the writer and a colleague from HR',
    thread: conversation('Re: Thursday', { from: { name: 'Nikhil Varma', email: 'nikhil.varma@northwind.io' }, text: `Hi Sam,\n\nCan you come by Thursday at 3pm? It'll be me and Anita Costa from HR, about an hour.\n\nNikhil Varma\nPlant Manager` }),
    expect: ['Nikhil Varma', 'Anita Costa'],
  },
  {
    name: 'the writer after the person, "and with me"',
    thread: conversation('Re: Thursday', {
      from: { name: 'Carla Hoyos', email: 'carla.hoyos@northwind.io' },
      text: `Dear Sam,\n\nThe interview is on Thursday at 10am. You will talk with Mr. Bruno Vidal (Finance Director) and with me.\n\nBest regards\nCarla Hoyos\nHR Business Partner`,
    }),
    expect: ['Bruno Vidal', 'Carla Hoyos'],
  },
  {
    name: 'the writer, then a people-team colleague',
    thread: conversation('Re: Monday', {
      from: { name: 'Martin Kobayashi', email: 'martin.k@northwind.io' },
      text: `Hi Sam,\n\nMonday 2pm works. Myself and Lucy Tran from Human Resources, roughly 45 minutes, then a walk round the warehouse.\n\nMartin Kobayashi\nWarehouse Manager`,
    }),
    expect: ['Martin Kobayashi', 'Lucy Tran'],
  },
  // A client that quotes the history's header line too, behind the quote marks: the quoted invitation is still read.
  {
    name: 'a rejection whose quoted invitation opens with "> On … wrote:"',
    thread: conversation('Re: interview', {
      from: RECRUITER,
      text: `Dear Sam,\n\nThank you for interviewing with us. We have decided not to proceed.\n\nDana\n\n> On Mon, 2 Mar 2026, Northwind Analytics <careers@northwind.io> wrote:\n>\n> Dear Sam,\n>\n> Your interviewers on Thursday will be Ms. Kirsten Holm, Head of Data, and Mr. Vusi Dlamini, Analytics Lead.\n>\n> Kind regards,\n> Northwind Analytics`,
    }),
    expect: ['Kirsten Holm', 'Vusi Dlamini'],
  },
  {
    name: 'a quoted header wrapped over two marked lines',
    thread: conversation('Re: panel', {
      from: RECRUITER,
      text: `Hi Sam,\n\nSorry for the wait; we will decide by Friday.\n\nDana\n\n> On Tuesday, March 3, 2026 at 9:15 AM, Northwind Careers\n> <careers@northwind.io> wrote:\n> Hi Sam, you will meet Oskar Brenn and Leila Haddad for the panel on Thursday at 2pm.`,
    }),
    expect: ['Oskar Brenn', 'Leila Haddad'],
  },
  {
    name: 'a header nested two quotes deep',
    thread: conversation('Re: Re: onsite', {
      from: RECRUITER,
      text: `Hi Sam,\n\nStill waiting on the panel's notes, thanks for your patience.\n\nDana\n\n>> On Wed, 4 Mar 2026, Northwind Careers <careers@northwind.io> wrote:\n>> Hi Sam, your onsite is on Monday at 10am with Greta Solberg (Engineering Manager) and Tariq Aziz (Staff Engineer).`,
    }),
    expect: ['Greta Solberg', 'Tariq Aziz'],
  },
  // Whom the candidate asks for on arrival is named on the place's line, and still meets them.
  {
    name: '"ask for" a titled person on the location line of a confirmation',
    thread: conversation('Interview confirmed', {
      from: RECRUITER,
      text: `Hi Sam,\n\nYour interview is confirmed for:\n\nMonday, March 9 at 10:00 AM\nLocation: Northwind, 40 Dock Road, Unit 5 - ask for Helga Strand (Warehouse Manager) at reception\n\nHelga is looking forward to meeting you.\n\nDana`,
    }),
    expect: ['Helga Strand'],
  },
  {
    name: '"ask for" after an honorific on a venue line',
    thread: conversation('Interview on Tuesday', {
      from: RECRUITER,
      text: `Hi Sam,\n\nHere are the details of your interview.\n\nTuesday, March 10, 2:30 PM\nVenue: Northwind Clinic, 12 Hill Street - please ask for Dr. Amara Obi (Clinical Director) at the front desk\n\nAmara will interview you with a colleague.\n\nDana`,
    }),
    expect: ['Amara Obi'],
  },
  {
    name: '"asking for" a titled person on a "Where:" line',
    thread: conversation('Onsite', {
      from: RECRUITER,
      text: `Hi Sam,\n\nYour onsite interview:\n\nWednesday, March 11, 9:00 AM\nWhere: Northwind Foundry, Gate 3, asking for Pieter Smit (Plant Manager) on arrival\n\nPieter will meet you there.\n\nDana`,
    }),
    expect: ['Pieter Smit'],
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
  // A holiday the panel's leave or a delay is timed by is no person.
  { text: 'The panel is on leave after Hari Raya Haji, so Priya Nair will meet you on the 20th.', names: ['Priya Nair'] },
  { text: 'Because of Eid Al-Adha the interviews with Omar Farouk move a week.', names: ['Omar Farouk'] },
  { text: 'Our committee breaks for Deepavali and Lunar New Year; Tan Mei Ling will write after.', names: ['Tan Mei Ling'] },
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
  // An adjective of a skill or a quality is no word of a name.
  { text: 'we went with someone who has more React Native under their belt', names: [] },
  { text: 'Competencies: Delivering at Pace; Making Effective Decisions', names: [] },
  { text: 'a review with our Creative Director Hana Ito, then Collaborative Leadership with Omar Said', names: ['Hana Ito', 'Omar Said'] },
  // A field of work after a title ends the title, not starts a name.
  { text: 'you will meet Lena Hart, Chief Officer Wholesale Banking, and Paul Erdem', names: ['Lena Hart', 'Paul Erdem'] },
  { text: 'Panel: Ruth Adler, Director Global Markets; Sam Ojo', names: ['Ruth Adler', 'Sam Ojo'] },
  { text: 'Interview with Ana Silva (Officer Corporate Lending) and Iris Lenz', names: ['Ana Silva', 'Iris Lenz'] },
  // After an honorific, a name may open with initials; "Sri." and "Smt." are honorifics with their dot only.
  { text: 'Panel: Sri. M. Raghunath Rao, Joint Secretary, and Smt. Lakshmi Devaraj', names: ['M. Raghunath Rao', 'Lakshmi Devaraj'] },
  { text: 'The board: Prof. A. K. Bhattacharya (Chair) and Dr. P. Sundaram', names: ['A. K. Bhattacharya', 'P. Sundaram'] },
  { text: 'Please ask for Dr. T. Anand Kumar at the gate; Sri Mulyani Wibowo joins later', names: ['T. Anand Kumar', 'Sri Mulyani Wibowo'] },
];

/** The full names namesIn reads as introduced as a person is. */
const introducedNames = (text: string) => namesIn(text).filter((m) => m.introduced && m.words.length >= 2).map((m) => m.words.join(' '));

const INTRODUCED: { text: string; names: string[] }[] = [
  // A job's gender tag and a comma: the job's place follows, not a person.
  { text: 'Thank you for applying as Barista (m/w/d), Köln Ehrenfeld, and for your patience.', names: [] },
  { text: 'your application for Warehouse Lead (f/m/d), Bremen Airport', names: [] },
  { text: 'Our chef (Head of Kitchen), Marta Lind, will meet you', names: ['Marta Lind'] },
  // A room before the comma is no post: the run after it is the building.
  { text: 'The interview is at 10:00 in the Seminar Room, Science Block.', names: [] },
  { text: 'We meet in the Lecture Hall, Kensington Wing.', names: [] },
  { text: 'Please wait in our Conference Room, Riverside Annexe, at noon.', names: [] },
  { text: 'Cashier (w/m/d), Dresden Neustadt: we look forward to meeting you', names: [] },
  { text: 'You will meet our Head of Front Office, Ana Ruiz, and our Director of Community Programs, Lee Han.', names: ['Ana Ruiz', 'Lee Han'] },
];

/** Lower-case mail, and what it reads once the names in a person's slot are capitalised (the text itself when no slot holds one). */
const CAPITALISED: { text: string; reads: string }[] = [
  // Before "their" and a title, after an honorific and before "from" or "of", after the title and a comma.
  { text: 'a video call with tomas berg, their head of underwriting, on monday', reads: 'Tomas Berg, their' },
  { text: 'mr. kwame owusu from finance will sit in', reads: 'Mr. Kwame Owusu from' },
  { text: 'and dr. ines prado of the research team', reads: 'Dr. Ines Prado of' },
  { text: 'then coffee with our coo, lena marsh.', reads: 'with our coo, Lena Marsh.' },
  { text: 'you also meet the head of sales, ravi menon, at noon', reads: 'Ravi Menon,' },
  { text: 'a chat with our team, see you soon.', reads: 'a chat with our team, see you soon.' },
  // The first name of a panel the sentence lists, when a title follows it.
  { text: 'the panel will be rosa quintero (head of operations) and me', reads: 'Rosa Quintero (head' },
  { text: 'interviewers are kofi mensah - finance director, then a tour', reads: 'Kofi Mensah - finance' },
  { text: 'the committee includes lena fox (associate dean) this year', reads: 'Lena Fox (associate' },
  { text: 'the panel will be quite informal (half an hour)', reads: 'the panel will be quite informal (half an hour)' },
  // A title of two words whose second is the post ("general counsel", "chief engineer"), after the comma.
  { text: 'you are meeting with ines valbuena, general counsel, on friday', reads: 'Ines Valbuena, general' },
  { text: 'then an hour with bram oosterhuis, chief engineer of the yard', reads: 'Bram Oosterhuis, chief' },
  { text: 'a walk with the site, weather allowing', reads: 'a walk with the site, weather allowing' },
  // A full name after "interviewing with" or "met with", or before "from" the team they come from.
  { text: 'thanks for interviewing with nikolai brandvold and the warehouse crew', reads: 'with Nikolai Brandvold and' },
  { text: 'you met with odalys ferreira on tuesday', reads: 'with Odalys Ferreira on' },
  { text: 'with karin obi, director of nursing, and teodor lind from the research office', reads: 'and Teodor Lind from' },
  { text: 'thanks for interviewing with the night team and our ops lead', reads: 'thanks for interviewing with the night team and our ops lead' },
  { text: 'and some snacks from the kitchen', reads: 'and some snacks from the kitchen' },
];

describe('the form of a name as one line writes it', () => {
  it.each(NAME_FORMS)('$text', ({ text, names }) => {
    expect(fullNames(text)).toEqual(names);
  });

  it.each(INTRODUCED)('introduced: $text', ({ text, names }) => {
    expect(introducedNames(text)).toEqual(names);
  });

  it.each(CAPITALISED)('capitalises in lower-case mail: $text', ({ text, reads }) => {
    expect(capitaliseNameSlots(text)).toContain(reads);
  });

  it('capitalises a lower-case name before a comma and its title, in lower-case mail', () => {
    expect(capitaliseNameSlots("you'll meet with frank delano, director of facilities, and bo chen, our lead electrician.")).toContain('Frank Delano, director');
    expect(capitaliseNameSlots('come in and meet with maria, tomorrow at 3')).toBe('come in and meet with maria, tomorrow at 3');
  });
});
