// Probes of the interviewer model (src/core/analyze/interviewer-model.ts), in our own words: itineraries,
// calendar invitations below a sign-off, terse lower-case mail, non-native phrasing, and the people who are
// not interviewers (whom to write to, the owner on a guest list). Each reads the analysis's top candidate
// list, so that the probe tests how names are found, not the calibration that decides whether to give it.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';

const OWNER = { name: 'Sam Rivera', email: 'sam.rivera@gmail.com' };
const INVITE = `Hi Sam,

Thanks for applying to Northwind. We'd like to invite you to interview for the Analyst role. Are you free next Thursday at 10am?

Dana Whitfield
Talent Partner, Northwind`;
const HR = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.io' };
const CHAIR = { name: 'Beatriz Quintanilla', email: 'beatriz.quintanilla@northwind.io' };
const thread = (from: { name: string; email: string }, subject: string, ...texts: string[]): MailThread => ({
  host: 'gmail',
  id: 'probe',
  subject,
  userEmail: OWNER.email,
  messages: [INVITE, ...texts].map((text, i) => ({ from, to: [OWNER], cc: [], sentAt: `2026-03-0${i + 2}T10:00:00-05:00`, text })),
});

/** A thread of (sender, text) messages, the owner's among them, each with its own recipients. */
const conversation = (subject: string, ...messages: { from: { name: string; email: string }; to?: { name: string; email: string }[]; cc?: { name: string; email: string }[]; text: string }[]): MailThread => ({
  host: 'gmail',
  id: 'probe',
  subject,
  userEmail: OWNER.email,
  messages: messages.map((m, i) => ({ from: m.from, to: m.to ?? [OWNER], cc: m.cc ?? [], sentAt: `2026-03-0${i + 2}T10:00:00-05:00`, text: m.text })),
});
const JOINER = { name: 'Leopold Amankwah', email: 'leo@northwindjoinery.com' };

const PROBES: { name: string; thread: MailThread; expect: string[] }[] = [
  {
    name: 'a workshop owner who asks the candidate over for a chat is the one they meet',
    thread: conversation('Bench joiner', {
      from: JOINER,
      text: `Hi Sam,

Thanks for the photos of the oak staircase. Could you swing by the workshop Thursday at 3pm for a chat about the bench joiner opening? I'll walk you round the floor.

Cheers,
Leopold

Leopold Amankwah
Owner / Master Joiner, Northwind Joinery`,
    }),
    expect: ['Leopold Amankwah'],
  },
  {
    name: 'the same ask from a coordinator who names the person met: the coordinator is not met',
    thread: conversation('Interview – Bench joiner', {
      from: { name: 'Perpetua Oyelaran', email: 'perpetua@northwindjoinery.com' },
      text: `Hi Sam,

Thanks for the photos of the oak staircase. We would like to invite you to interview for the Bench Joiner role. Could you swing by the workshop Thursday at 3pm to meet Imelda Sturridge, our Workshop Manager? Looking forward to meeting you.

Perpetua Oyelaran
Recruitment Coordinator, Northwind Joinery`,
    }),
    expect: ['Imelda Sturridge'],
  },
  {
    name: 'a people-and-culture writer who speaks warmly of the interview, and names who held it',
    thread: conversation('Your interview – Design Lead', {
      from: { name: 'Wenonah Castellanos', email: 'wenonah@northwind.io' },
      text: `Hi Sam,

What a great conversation at Thursday's interview! Florentyna Adamczyk (Head of Design) said your critique of the booking flow was the sharpest she has heard this year.

We will be in touch by the end of next week.

Wenonah Castellanos
People & Culture Partner, Northwind`,
    }),
    expect: ['Florentyna Adamczyk'],
  },
  {
    name: 'a colleague who popped in on the interview, in a sentence of their own',
    thread: thread(HR, 'How did it go?', `Hi Sam,

I hear your final interview went long: Thaddeus Mwangi (Head of Lettings) kept you for over an hour. Ottoline Brisbane (their COO) popped in at the end as well, which was never the plan.

They are gathering feedback this week and I will chase them on Monday.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Thaddeus Mwangi', 'Ottoline Brisbane'],
  },
  {
    name: "an itinerary whose clock's AM stands one blank before the name",
    thread: thread(HR, 'Onsite itinerary', `Hi Sam,

Your onsite is confirmed for Friday. Itinerary:

9:00 - 9:45 AM  Anneliese Kowalczyk, VP Research
10:00 - 10:45 AM Bonaventure Achebe, Senior Manager, Assay Development
11:00 - 11:45 AM Ruth Okonjo-Lind, Director, Quality

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Anneliese Kowalczyk', 'Bonaventure Achebe', 'Ruth Okonjo-Lind'],
  },
  {
    name: 'itinerary: names on indented lines under their time slots',
    thread: thread(HR, 'Onsite itinerary – Site Engineer', `Hi Sam,

Confirmed for Thu 3/12. Itinerary below.

8:30 – 9:15   Site walk
                Bartholomew Ekwueme, Construction Director
9:15 – 10:00  Panel
                Ingrid Solvang, Project Controls Lead
                Tariq Haddadin, Senior Site Engineer
10:00         Badge return

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Bartholomew Ekwueme', 'Ingrid Solvang', 'Tariq Haddadin'],
  },
  {
    name: 'a sentence that opens with the names and their titles',
    thread: thread(HR, 'Your interview with Northwind', `Hi Sam,

Thank you for coming in yesterday! Oluwaseun Adebayo (Plant Manager) and Margit Halvorsen (Head of Quality) both said the interview went really well.

We will be back in touch by Friday.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Oluwaseun Adebayo', 'Margit Halvorsen'],
  },
  {
    name: 'a calendar invitation below the sign-off, with its guest list',
    thread: thread(HR, 'Interview: Sam Rivera – Analyst', `Hi Sam,

Sending the invite for your interview with the analytics team. Please accept it.

Thanks!
Dana

Microsoft Teams meeting
Interview: Sam Rivera – Analyst
When: Wednesday, March 11, 2026 10:00 AM-11:00 AM
Organizer: Dana Whitfield
Required attendees: Sam Rivera; Ruairi Mac Giolla (Analytics Manager); Chiamaka Obi (Senior Analyst)`),
    expect: ['Ruairi Mac Giolla', 'Chiamaka Obi'],
  },
  {
    name: 'an agenda whose names follow a quoted session title, and whose welcome the coordinator hosts',
    thread: thread(HR, 'Virtual onsite', `Hi Sam,

Your virtual onsite is set, here is the itinerary (Eastern):

10:00 – 10:15 AM  Welcome — with me
10:15 – 11:15 AM  Design: "A ledger for refunds" — Wojciech Zieliński, Principal Engineer
11:30 AM – 12:30 PM  Coding: "Rate limiter" — Ngozi Eze, Senior Engineer

Dana Whitfield
Recruiting Coordinator, Northwind`),
    expect: ['Dana Whitfield', 'Wojciech Zieliński', 'Ngozi Eze'],
  },

  {
    name: 'terse lower-case mail with a panel label',
    thread: thread(HR, 'onsite', `hi sam - onsite thu 3/12 10am at the plant. panel: wojciech zielinski (eng mgr), ngozi eze (staff eng). bring id.

dana`),
    expect: ['Wojciech Zielinski', 'Ngozi Eze'],
  },
  {
    name: 'non-native phrasing: "the interview will be with"',
    thread: thread(HR, 'Interview schedule', `Dear Sam,

Kindly note the interview will be on Thursday 12 March at 10:00. The interviewers are Mr. Nguyen Van Thanh, Technical Director, and Ms. Tran Thi Mai, HR Manager. Please be present 15 minutes before.

Best regards,
Dana Whitfield`),
    expect: ['Nguyen Van Thanh', 'Tran Thi Mai'],
  },
  {
    name: 'whom to write to is not whom the candidate meets',
    thread: thread(HR, 'Interview confirmed', `Hi Sam,

You're confirmed for Thursday at 10am with Benedikt Oyelaran-Price, our Head of Data. If anything changes, reach out to Priya Shah (priya.shah@northwind.io), who coordinates the schedule.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Benedikt Oyelaran-Price'],
  },
  {
    name: 'the owner on a guest list is never an interviewer',
    thread: thread(HR, 'Invitation: Interview', `Invitation from Google Calendar

Interview – Analyst
When: Thursday 12 Mar 2026 10:00 – 11:00
Who:
• dana.whitfield@northwind.io – organiser
• Sam Rivera
• Keziah Abernathy – Analytics Lead
• Rohan Velankar – Senior Analyst`),
    expect: ['Keziah Abernathy', 'Rohan Velankar'],
  },
  {
    name: 'a name at the end of a line stops there, before the first word of the next',
    thread: thread(HR, 'Interview', `Hi Sam,

You'll be meeting with Ines Carvalho
Friday at 2pm works best for her, in our Lisbon office.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ines Carvalho'],
  },
  {
    name: '"joining us will be" and the writer who counts themself in',
    thread: thread(HR, 'Second interview', `Hi Sam,

Joining us will be Priyanka Raghavan, our VP of Operations. Priyanka and I are looking forward to the conversation on Thursday at 10am.

Dana Whitfield
Operations Director, Northwind`),
    expect: ['Priyanka Raghavan', 'Dana Whitfield'],
  },
  {
    name: 'a building, a hotel and a district in the meeting sentences are no people',
    thread: thread(HR, 'Interview details', `Hi Sam,

You will meet with Corinne Abernathy and Luis Ferreira at the Harbourside Grand Hotel, Conference Suite 2, on Thursday at 10am.
The interview with Corinne Abernathy is in the Maintenance Yard office; parking is behind the Admin Trailer.
We have been working with families in South Riverside and Upper Eastfield.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Corinne Abernathy', 'Luis Ferreira'],
  },
  {
    name: 'the time spent with people, and a colleague who will also join',
    thread: thread(HR, 'Thank you for interviewing', `Hi Sam,

Thank you for coming in on Tuesday. We valued the time you spent with Ottilie Brandvold and Kwame Asante-Boateng.

For the second round, our controller Rupert Ellingham will also join, since the role works closely with his team.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ottilie Brandvold', 'Kwame Asante-Boateng', 'Rupert Ellingham'],
  },
  {
    name: 'the writer who hosts a meal or is joined by someone, but not one who only wraps up',
    thread: thread(CHAIR, 'Your visit', `Hi Sam,

Here is the plan for Friday:
- 8:30 breakfast with me
- 9:30 one-on-one with Dr. Hiroshi Tanabe
- 11:00 wrap-up with Dana from recruiting

Warmly,
Beatriz Quintanilla
Department Chair, Northwind`),
    expect: ['Beatriz Quintanilla', 'Hiroshi Tanabe'],
  },
  {
    name: 'an hour with the writer and a colleague, in a short note with no meeting word',
    thread: thread(CHAIR, 'REQ-2231', `Sam,

Can you do Tue 5/19, 2pm, at our depot in Kingston? 1 hr with me and Oskar Vinterberg (COO).

Beatriz Quintanilla
Founder, Northwind`),
    expect: ['Beatriz Quintanilla', 'Oskar Vinterberg'],
  },
  {
    name: 'a coordinator the candidate is told to ring is no interviewer',
    thread: thread(HR, 'Video interview confirmed', `Hi Sam,

Your video interview with Magnus Thorvaldsen, our Head of Finance, is on Thursday at 10am.

Running late or stuck on the link? Call our coordinator, Yusuf Demirtaş, on +44 20 7946 0321.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Magnus Thorvaldsen'],
  },
  {
    name: 'a recruiter who signs with their title below their name and hosts the welcome slot is met in it',
    thread: thread(HR, 'Final stage confirmed', `Hi Sam,

Your final stage is confirmed for Monday.

Schedule
09:00 – 09:20  Welcome and site induction – Dana Whitfield
09:20 – 10:30  Technical interview – Ragnhild Oyelaran (Lead Engineer)
10:30 – 11:15  Interview – Teodoro Villaseñor (Head of Plant)

Dana Whitfield
Talent Partner
Northwind`),
    expect: ['Dana Whitfield', 'Ragnhild Oyelaran', 'Teodoro Villaseñor'],
  },
  {
    name: 'a recruiter named with their title on the day\'s opening slot is met in it',
    thread: thread(HR, 'Onsite day', `Hi Sam,

The onsite is set for Tuesday 17 March at the Leeds office.

8:45 – 9:00   Coffee and welcome with Oluwaseun Achterberg, Senior Recruiter
9:00 – 10:00  Case study – Ilse Vandermeulen, Head of Credit Risk
10:15 – 11:00 Team fit – Brannock Ellery, Portfolio Manager

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Oluwaseun Achterberg', 'Ilse Vandermeulen', 'Brannock Ellery'],
  },
  {
    name: 'a recruiting partner who walks the candidate round the site and closes the day is met',
    thread: thread(HR, 'Plant visit plan', `Hi Sam,

Here's how Thursday runs:
- 13:00 Interview with Piotr Wasilewski (Plant Manager)
- 14:00 Site tour, Marguerite Okonjo (Recruiting)
- 14:45 Wrap-up, Marguerite Okonjo

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Piotr Wasilewski', 'Marguerite Okonjo'],
  },
  {
    name: 'a recruiter named on a travel line of the day is no interviewer',
    thread: thread(HR, 'Final round travel', `Hi Sam,

Your final round is on Monday.

10:00 – 11:00  Interview – Anneliese Hartog (Director of Engineering)
17:30          Flight home, booked by Thaddeus Mwangi, Talent Coordinator

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Anneliese Hartog'],
  },
  {
    name: 'a founder who says the interview is just them and an exercise meets the candidate',
    thread: conversation('Pastry chef', {
      from: JOINER,
      text: `Hi Sam,

Loved the laminated dough photos. Could you come to the bakery on Tuesday at 7am for an interview? It'll be just me, plus a short bake of your choosing.

Leopold

Leopold Amankwah
Founder & Head Baker, Northwind Bakehouse`,
    }),
    expect: ['Leopold Amankwah'],
  },
  {
    name: 'a director who will conduct the interview together with a colleague',
    thread: conversation('Interview for the post of Finance Officer', {
      from: CHAIR,
      text: `Dear Mr. Rivera,

You have been shortlisted for the post of Finance Officer. I shall be conducting the interview on 12 March at 11:00 together with our Head of Treasury, Mr. Oskar Lindahl.

Yours faithfully,
Beatriz Quintanilla
Managing Director, Northwind Trust`,
    }),
    expect: ['Beatriz Quintanilla', 'Oskar Lindahl'],
  },
  {
    name: 'a chair who gives themself the first slot of a terse schedule',
    thread: conversation('Campus interview – Lecturer in Accounting', {
      from: CHAIR,
      text: `Sam,

Thank you for accepting our invitation to interview for the Lecturer in Accounting post. Your campus interview is confirmed for Friday 13 March. Schedule: 9:00 me; 9:40 Dr. Imre Kalnins and Dr. Soraya Benhaddou; 11:00 teaching demo; 12:30 lunch with the search committee.

Beatriz Quintanilla
Department Chair, Northwind College`,
    }),
    expect: ['Beatriz Quintanilla', 'Imre Kalnins', 'Soraya Benhaddou'],
  },
  {
    name: 'a recruiter who will conduct the reference checks is not met',
    thread: thread(HR, 'Interview booked', `Hi Sam,

Your interview with Magnus Thorvaldsen, our Head of Finance, is on Thursday at 10am. I will be conducting the reference checks afterwards.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Magnus Thorvaldsen'],
  },
  {
    name: 'a talent partner who closes the day with a wrap-up of their own is met in it',
    thread: thread(HR, 'Your final round', `Hi Sam,

Here is Wednesday's plan:

10:00 – 11:00  System design – Halvard Ingebrigtsen, Staff Engineer
11:15 – 12:00  Team interview – Tendai Ndlovu, Engineering Manager
12:00 – 12:20  Wrap-up with me

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Halvard Ingebrigtsen', 'Tendai Ndlovu', 'Dana Whitfield'],
  },
  {
    name: 'a coordinator who gives the campus tour herself is met in it',
    thread: thread(HR, 'Visit day', `Hi Sam,

Your interview day at the Riverside campus is on Monday 16 March:
- 9:30 am tour with me, starting at the east gate
- 10:30 am interview with Dr. Cosimo Albertazzi (Head of Sciences)

Dana Whitfield
Recruiting Coordinator, Northwind`),
    expect: ['Dana Whitfield', 'Cosimo Albertazzi'],
  },
  {
    name: 'a recruiter the candidate checks in with at reception is no interviewer',
    thread: thread(HR, 'Interview confirmed', `Hi Sam,

Please check in with me at reception at 9:45; your interview with Ottoline Fairweather, our Finance Director, starts at 10:00.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ottoline Fairweather'],
  },
  {
    name: 'a guest with a post who organises the panel invitation sits on the panel',
    thread: thread(HR, 'Invitation: Final panel', `Hi Sam,

Sending the invite for your final panel interview.

Dana

Final panel – Analyst
When: Wednesday 11 March 2026 · 14:00 – 15:00
Guests:
  Halima Osei-Bonsu – Head of Audit (organiser)
  Lorcan Tierney – Senior Manager, Risk
  sam.rivera@gmail.com`),
    expect: ['Halima Osei-Bonsu', 'Lorcan Tierney'],
  },
  {
    name: 'a plant director marked as organizer on the guest list is met',
    thread: thread(HR, 'Updated invitation: Site interview', `Hi Sam,

Here is the updated invitation for your site interview.

Dana

Site interview – Analyst
When: Thursday 12 March 2026 10:00 – 11:00
Who
  Kasimir Delacroix (Plant Director) - organizer
  Wren Abernathy (Quality Lead)
  sam.rivera@gmail.com`),
    expect: ['Kasimir Delacroix', 'Wren Abernathy'],
  },
  {
    name: 'a talent partner marked as organizer of the invitation is still not met',
    thread: thread(HR, 'Invitation: Interview', `Hi Sam,

Sending the invite for your interview.

Dana

Interview – Analyst
When: Friday 13 March 2026 09:00 – 10:00
Guests:
  Maelle Fontaine - organizer (Senior Talent Partner)
  Ignatius Mbeki - Finance Manager
  sam.rivera@gmail.com`),
    expect: ['Ignatius Mbeki'],
  },
  {
    name: 'the HR director the candidate thanks for the opportunity to interview is not met',
    thread: conversation(
      'Thank you – Payroll Analyst interview',
      {
        from: OWNER,
        to: [{ name: 'Philippa Gathercole', email: 'pgathercole@northwind.io' }],
        text: `Dear Ms. Gathercole,

Thank you for the opportunity to interview for the Payroll Analyst position on Monday. I enjoyed meeting the panel.

Sam Rivera`,
      },
      {
        from: { name: 'Philippa Gathercole', email: 'pgathercole@northwind.io' },
        text: `Dear Mr. Rivera,

On behalf of the interview panel, Mr. Anselm Okoro, Payroll Manager, and Ms. Greta Lindqvist, Finance Director, thank you for your time. We will write within two weeks.

Philippa Gathercole
Director of Human Resources`,
      },
    ),
    expect: ['Anselm Okoro', 'Greta Lindqvist'],
  },
  {
    name: 'a recruiter thanked for the opportunity, whose mail names the one interviewer, is not met',
    thread: conversation(
      'Re: Interview – Store Lead',
      {
        from: { name: 'Rosalind Mbatha', email: 'rosalind@northwind.io' },
        text: `Hi Sam,

Your interview with Caspian Holloway, Area Manager, is on Friday at 11am at the Dockside store.

Rosalind Mbatha
Talent Partner`,
      },
      {
        from: OWNER,
        to: [{ name: 'Rosalind Mbatha', email: 'rosalind@northwind.io' }],
        text: `Hi Rosalind,

Thanks so much for the opportunity to interview. Caspian was great to talk to.

Sam`,
      },
    ),
    expect: ['Caspian Holloway'],
  },
  {
    name: 'a manager the candidate thanks for the conversation itself is met',
    thread: conversation(
      'Re: Interview – Platform Engineer',
      {
        from: { name: 'Evander Quist', email: 'evander@northwind.io' },
        text: `Hi Sam,

Thanks for applying for the Platform Engineer role. Could we meet for an interview on Thursday at 9am at our Leith office?

Evander Quist
Head of Engineering, Northwind`,
      },
      {
        from: OWNER,
        to: [{ name: 'Evander Quist', email: 'evander@northwind.io' }],
        text: `Hi Evander,

Thank you for the conversation this morning, and for the opportunity to hear about the platform team.

Sam`,
      },
    ),
    expect: ['Evander Quist'],
  },
  {
    name: 'a person who opens a sentence and will join the interview',
    thread: thread(HR, 'Interview booked', `Hi Sam,

Your interview on Thursday at 10am is booked. Everton Mbeki our clinic manager will join us as well, so bring one case to talk through.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Everton Mbeki'],
  },
  {
    name: 'a Spanish honorific and a title abbreviation in a label line do not end the sentence',
    thread: thread(HR, 'Interview moved', `Hi Sam,

Your interview has moved to Friday at 2:00 PM.

Interviewers: Dra. Ximena Valdivieso, Clinical Lead; Anselm Rutherford, HR Generalist
Panel: Dr. Odile Brassard (Asst. Dir. for Nursing), Kofi Mensah-Larbi (Ward Manager).

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ximena Valdivieso', 'Anselm Rutherford', 'Odile Brassard', 'Kofi Mensah-Larbi'],
  },
  {
    name: 'a title the writer introduces before a dash names the person after it',
    thread: thread(HR, 'Site visit plan', `Hi Sam,

Your visit on Tuesday runs as follows.

10:00 – 11:00  Technical interview – Ludmila Aranguren, Process Lead
11:00 – 11:30  Closing talk with our Operations Director – Cornelius Abernethy

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ludmila Aranguren', 'Cornelius Abernethy'],
  },
  {
    name: 'runs that are no person: a slot before its holder, an opening adverb, an address with its level or postcode',
    thread: thread(HR, 'Onsite plan', `Hi Sam,

Your onsite is confirmed for Wednesday at 9:30 AM.
Learning Centre Annex Wing, Level 2, Room 4
Harbour Quay Walk, Singapore 049321

9:30 AM – 10:15 AM   Capacity Planning Review — Yevgenia Tarkovsky, Principal Engineer
10:30 AM – 11:15 AM  Values — Bongani Khumalo, Engineering Manager

Regrettably Bongani Khumalo may join by video instead. You will also have lunch with the School of Health and Behavioural Sciences team.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Yevgenia Tarkovsky', 'Bongani Khumalo'],
  },
  {
    name: 'an appointment line that opens with "With", from a recruiter who asks to be contacted "me and we"',
    thread: thread(HR, 'Interview confirmed', `Hi Sam,

Lovely - you're booked for:
Monday 9 March at 11:00
Harbourside office, 2nd floor reception
With Wilhelmina Okonkwo-Barr (Data Lead) and Rasmus Thorsby (Senior Analyst)

If anything changes, please contact me and we will find another slot for your interview.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Wilhelmina Okonkwo-Barr', 'Rasmus Thorsby'],
  },
  {
    name: 'a founder who writes that a colleague, given with an aside, and they met the candidate',
    thread: thread(
      { name: 'Ottilie Marchetti', email: 'ottilie@northwind.io' },
      'Thanks for coming in',
      `Hi Sam,

Thanks for coming by on Tuesday! Ignatius Oyelowo (our head of ops, who asked about the rota puzzle) and I both came away impressed.

I'll have an answer for you by Friday.

Ottilie Marchetti
Founder, Northwind`,
    ),
    expect: ['Ignatius Oyelowo', 'Ottilie Marchetti'],
  },
  {
    name: 'a second meeting called off: its guest, in the note and in the cancelled calendar block, is not met',
    thread: thread(
      HR,
      'Cancelled: Second round – Analyst',
      `Hi Sam,

After your panel with Beatriz Quintanilla and Tobias Fairweather last week, the team has chosen to go with another candidate, so I've cancelled Monday's call with Ruairi.

Thank you for your time and good luck.

Dana Whitfield
Talent Partner, Northwind

Cancelled: Second round – Analyst
When: Monday 9 March, 11:00–11:30
Guests: Sam Rivera; Ruairi Delacroix-Moss

This event has been cancelled.`,
    ),
    expect: ['Beatriz Quintanilla', 'Tobias Fairweather'],
  },
  {
    name: 'an owner who invites in non-native words and gives their own free days meets the candidate',
    thread: conversation('Re: Application greenhouse supervisor', {
      from: { name: 'Wouter Lindeboom', email: 'wouter@dehogeakker.nl' },
      text: `Hello Sam,

Sorry for late answer, I was by a supplier in Belgium. I have read your CV with interest and I like to invite you for an interview here on the farm, so you see also the production.

For me Tuesday or Thursday morning is fine, around one and a half hour.

Greetings,
Wouter Lindeboom
Owner / Director
Kwekerij De Hoge Akker BV`,
    }),
    expect: ['Wouter Lindeboom'],
  },
  {
    name: 'a founder who signs the first mail and, unsigned, proposes the interview later meets the candidate, with whom they bring',
    thread: conversation(
      'Re: Field technician',
      {
        from: { name: 'Ravindra Kulasekaran', email: 'ravi@tidewell.in' },
        text: `Hi Sam, saw your post about the solar pump installs. We are a small team doing irrigation retrofits. Interested in a chat?

Ravindra Kulasekaran
Co-founder, Tidewell Agritech`,
      },
      { from: OWNER, to: [{ name: 'Ravindra Kulasekaran', email: 'ravi@tidewell.in' }], text: 'Hi Ravindra, yes, happy to talk. Evenings work best for me.\n\nSam' },
      {
        from: { name: 'Ravindra Kulasekaran', email: 'ravi@tidewell.in' },
        text: `sorry for the delay. can we do the interview on saturday? i'm free from 11 to 4. Our ops head Tamsin Oduya will join too.`,
      },
    ),
    expect: ['Ravindra Kulasekaran', 'Tamsin Oduya'],
  },
  {
    name: 'a clinic director who writes formally and would like to meet the candidate is met',
    thread: conversation('Dental hygienist position', {
      from: { name: 'Margarethe Sølvberg', email: 'm.solvberg@fjordsmile.no' },
      text: `Dear Sam,

Thank you for your application for the dental hygienist position. I would like to invite you to an interview at the clinic. Could we meet on Wednesday 11 March at 15:00?

Kind regards,
Margarethe Sølvberg
Clinic Director, Fjordsmile Tannklinikk`,
    }),
    expect: ['Margarethe Sølvberg'],
  },
  {
    name: 'a personnel officer whose school name follows the HR line only arranges the committee',
    thread: conversation('Your interview – Welding instructor', {
      from: { name: 'Hildegard Pfennig', email: 'h.pfennig@bsz-nord.de' },
      text: `Dear Mr Rivera,

I would like to invite you to meet our selection committee on Thursday, 12 March at 14:00. You will meet:
- Dr. Konstantin Albers, Head of School
- Mirela Dragomir, Head of the Metalwork Department

Kind regards,
Hildegard Pfennig
Personalverwaltung / Human Resources
Berufsbildende Schulen Nord (Vocational Schools District)`,
    }),
    expect: ['Konstantin Albers', 'Mirela Dragomir'],
  },
  {
    name: 'a department administrator who will see to the travel is not met',
    thread: conversation('Campus visit – Lecturer in Hydrology', {
      from: { name: 'Okonkwo Ashgrove', email: 'o.ashgrove@uplands.ac.uk' },
      text: `Dear Dr Rivera,

On behalf of the search committee I am pleased to invite you to a campus interview on Thursday 19 March, with meetings with the committee and with Professor Isolde Varga, Head of School.

Ms. Philippa Dunmore, our department administrator, will contact you regarding travel and accommodation.

Yours sincerely,
Okonkwo Ashgrove
Chair of the Search Committee`,
    }),
    expect: ['Isolde Varga'],
  },
  {
    name: 'terse: the office admin who books the flights is not met',
    thread: conversation('onsite interview - backend engineer', {
      from: { name: 'Teodor Blanchard', email: 'teo@kestrelworks.io' },
      text: `hi sam - thanks for applying to the backend engineer role. your onsite interview is on the 19th at 10am. you'll meet with me and Priyanka Oduro (cto).
Gwendolyn Tarrant, office administrator, will sort out flights and hotel.
teo`,
    }),
    expect: ['Teodor Blanchard', 'Priyanka Oduro'],
  },
  {
    name: 'a non-native note: the executive assistant who sends the hotel details is not met',
    thread: conversation('Interview for Plant Engineer', {
      from: { name: 'Hiroshi Tanabe', email: 'h.tanabe@sakuraseiki.co.jp' },
      text: `Dear Mr. Rivera,

We are please to invite you to the interview at our Nagoya plant on 19 March at 10:00. You will have meeting with our Plant Manager Mr. Kenji Moriyama and myself.

Ms. Aiko Fujisawa, executive assistant to the plant manager, will send you the hotel detail.

Best regards,
Hiroshi Tanabe
Engineering Manager`,
    }),
    expect: ['Kenji Moriyama', 'Hiroshi Tanabe'],
  },
  {
    name: 'a forwarded recruiter reply still names the panel its quoted reminder gave',
    thread: conversation('FW: your interview with Brightquay is tomorrow', {
      from: OWNER,
      to: [{ name: 'Rui Castanheira', email: 'rui.castanheira@gmail.com' }],
      text: `hey Rui, final round was friday, recruiter's note below. thoughts?
sam

________________________________
From: Odile Verhaegen <odile@brightquay.io>
Sent: Friday, February 27, 2026 5:48 PM
To: Sam Rivera <sam.rivera@gmail.com>
Subject: Re: your interview tomorrow

Hi Sam, thanks for coming in today, both of them enjoyed it. We'll be in touch next week.
Odile

Odile Verhaegen | Talent Partner | Brightquay

On Thu, Feb 26, 2026 at 9:00 AM, Brightquay via Greenhouse <no-reply@greenhouse.io> wrote:
> Hi Sam,
> Reminder: your interview with Brightquay is tomorrow.
> When: Friday, February 27, 2026, 2:00 PM
> Interviewers: Casimir Oyelaran (Engineering Manager), Thandiwe Brandt (Staff Engineer)`,
    }),
    expect: ['Casimir Oyelaran', 'Thandiwe Brandt'],
  },
  {
    name: 'a formal rejection above a history the thread does not hold: the interviewer its quoted invitation named',
    thread: conversation('RE: Claims Analyst – update on your application', {
      from: { name: 'Talent Acquisition', email: 'notifications@app.bamboohr.com' },
      text: `Dear Ms. Rivera,

Thank you for attending your interview on 20 February. We regret to inform you that we shall not be proceeding with your application.

Yours sincerely,
Talent Acquisition
Harrowgate Assurance

From: Sam Rivera <sam.rivera@gmail.com>
Sent: Friday, February 20, 2026 6:12 PM
To: Ignatius Feld <ignatius.feld@harrowgate.com>
Subject: Thank you

Dear Mr. Feld,

Thank you for meeting me this afternoon.

Sam Rivera

From: Talent Acquisition <notifications@app.bamboohr.com>
Sent: Monday, February 16, 2026 11:00 AM
To: Sam Rivera <sam.rivera@gmail.com>
Subject: Interview invitation – Claims Analyst

Dear Ms. Rivera,

We are pleased to invite you to an interview for the position of Claims Analyst.

Date and time: Friday, 20 February 2026, 3:00 PM
Interviewer: Mr. Ignatius Feld, Head of Claims`,
    }),
    expect: ['Ignatius Feld'],
  },
  {
    name: 'a non-native update above its own quoted confirmation names the panel there',
    thread: conversation('Re: Interview – Logistics Supervisor', {
      from: { name: 'Wanjiru Kamau', email: 'wanjiru@lakeviewlogistics.co.ke' },
      text: `Hello Sam,

Sorry for the late reply. Our director still is deciding, we will answer you until next Friday.

Regards,
Wanjiru Kamau
HR Officer

On Mon, 9 Feb 2026 at 10:15, Wanjiru Kamau <wanjiru@lakeviewlogistics.co.ke> wrote:
> Dear Sam,
> Your interview is confirmed on Thursday 12 February at 10:00 at our Westlands office. The panel will be Mr. Otieno Mwangi (Operations Director) and Ms. Achieng Njoroge (Finance Manager).
> Regards,
> Wanjiru`,
    }),
    expect: ['Otieno Mwangi', 'Achieng Njoroge'],
  },
  {
    name: 'the coordinator a quoted thank-you note greets is addressed, not met',
    thread: conversation('Offer – Store Manager', {
      from: { name: 'Ottilie Brannagh', email: 'obrannagh@cedarline.com' },
      text: `Dear Sam,

On behalf of Cedarline I am delighted to offer you the Store Manager position, as discussed with Ms. Okafor.

Sincerely,
Ottilie Brannagh
Recruiting Coordinator, Cedarline

On Tuesday, February 10, 2026 at 4:10 PM Sam Rivera <sam.rivera@gmail.com> wrote:
> Dear Ms. Brannagh,
> Thank you for arranging today's interview with Chiamaka Okafor. I very much enjoyed our conversation.
>
>> On Thursday, February 5, 2026 Ottilie Brannagh wrote:
>> Your interview with Chiamaka Okafor, Regional Director, is confirmed for Tuesday, February 10 at 11:00 AM.`,
    }),
    expect: ['Chiamaka Okafor'],
  },
  {
    name: 'a first name beside the writer resolves to the guest list of the invitation',
    thread: conversation(
      'Interview – Community Partnerships Lead',
      {
        from: { name: 'Lorna Fitch', email: 'lorna@harbourhouse.org' },
        text: `Lorna Fitch has invited you to the following event.

Interview – Community Partnerships Lead
When: Tuesday 10 March, 10:30 – 11:30
Where: Harbour House, 2nd floor

Guests:
  Lorna Fitch - organizer
  Bartholomew Achebe
  Sam Rivera`,
      },
      {
        from: { name: 'Lorna Fitch', email: 'lorna@harbourhouse.org' },
        text: `Hi Sam,

Thanks so much for coming in yesterday, Bartholomew and I both really enjoyed it! We'll get back to you by Friday.

Lorna`,
      },
    ),
    expect: ['Lorna Fitch', 'Bartholomew Achebe'],
  },
  {
    name: 'an offer: the first name among those who enjoyed meeting the candidate is the manager the letter introduced',
    thread: conversation('Your offer – Irrigation Supervisor', {
      from: { name: 'Greenfold Farms', email: 'greenfold@hire.workablemail.com' },
      text: `Dear Sam,

On behalf of Greenfold Farms, I am delighted to offer you the position of Irrigation Supervisor, reporting to Cornelius Whitfield-Ade, Farm Manager. Ruth Ogundipe (VP Operations), Cornelius and the whole field team enjoyed meeting you during your interviews and the ranch walk.

Kind regards,
Greenfold Farms People Team`,
    }),
    expect: ['Ruth Ogundipe', 'Cornelius Whitfield-Ade'],
  },
  {
    name: 'non-native: the team lead named once in passing, then by first name beside the writer',
    thread: conversation('Interview invitation – QA Engineer', {
      from: { name: 'Radoslav Petkov', email: 'r.petkov@vitosha-soft.bg' },
      text: `Dear Sam,

Thank you for your application to QA Engineer. You can see the profile of our team lead, Mr. Dmitri Volkonsky, on our website.

We invite you for interview on Thursday 12 March at 14:00 in our office. Dmitri and me will ask you some technical questions, around one hour.

Best regards,
Radoslav Petkov
QA Manager`,
    }),
    expect: ['Radoslav Petkov', 'Dmitri Volkonsky'],
  },
  {
    name: 'the owner written with an honorific on the panel list is never one they meet',
    thread: conversation('Panel interview – Analyst', {
      from: { name: 'Imogen Castellanos', email: 'imogen@brightwater.gov' },
      text: `Dear Sam,

Your panel interview is confirmed for Thursday 12 March at 10:00. The panel will meet with Mx Sam Rivera and Dr. Anselm Thackeray in Room 4.

Regards,
Imogen Castellanos
Recruitment Officer`,
    }),
    expect: ['Anselm Thackeray'],
  },
  {
    name: 'formal: the HR partner among those the candidate spent time with was met',
    thread: conversation('Following your interview – Plant Controller', {
      from: { name: 'Talent Acquisition', email: 'careers@keppelmarch.com' },
      text: `Dear Ms. Rivera,

Thank you for attending the final-round interview earlier today. We appreciate the time you spent with Mr Desmond Quah (Finance Director) and Ms Yap Li Ying (HR Business Partner).

The panel will revert within two weeks.

Talent Acquisition`,
    }),
    expect: ['Desmond Quah', 'Yap Li Ying'],
  },
  {
    name: 'casual: the recruiter you spent the afternoon with is one you met',
    thread: conversation('Re: onsite interview – Product Designer', {
      from: { name: 'Gideon Marsh', email: 'gideon@tinrooflabs.io' },
      text: `Hey Sam, thanks for coming in for the product designer onsite interview today! Great that you got to spend time with Priya Castellano (Head of Design) and Odette Lindqvist (Talent Partner). Decision early next week.

Gideon`,
    }),
    expect: ['Priya Castellano', 'Odette Lindqvist'],
  },
  {
    name: 'non-native: the people the candidate was spending the morning with include the HR manager',
    thread: conversation('Your interview at Nordhavn Shipping', {
      from: { name: 'Kasper Holm', email: 'kh@nordhavn-shipping.dk' },
      text: `Dear Sam,

Thank you for the interview for the Chartering Analyst position today. I hope you liked spending the morning with Mette Kjeldsen, our Chartering Director, and Jonas Brink (HR Manager). We will come back to you in week 12.

Best regards
Kasper Holm
Recruitment Coordinator`,
    }),
    expect: ['Mette Kjeldsen', 'Jonas Brink'],
  },
  {
    name: 'an itinerary slot with the HR partner counts its host, as docs/corpus-writers.md has it',
    thread: thread(HR, 'Your onsite – Analyst', `Hi Sam,

Here is your plan for Thursday:

9:30  Panel interview with Anatole Brizard (Head of Analytics) and Philippa Nyambura (Lead Analyst)
11:00 Conversation with Hortensia Vidal, HR Business Partner (pay, benefits, your questions)
11:45 Finish

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Anatole Brizard', 'Philippa Nyambura', 'Hortensia Vidal'],
  },
  {
    name: 'the organiser of an invitation who keeps a slot of the agenda for herself, by her first name',
    thread: thread({ name: 'Ottilie Brandt', email: 'ottilie.brandt@northwind.io' }, 'Interview – Analyst', `Ottilie Brandt has invited you to a Teams meeting

Interview – Analyst – Sam Rivera
Thursday 12 March 2026, 14:00 – 15:30

Attendees:
Jeroen Vos - Engineering Manager
Maud Lefevre - Staff Engineer
Ottilie Brandt - Talent Partner

Agenda: 14:00-14:45 technical interview with Jeroen and Maud, 14:45-15:30 closing chat with Ottilie.`),
    expect: ['Jeroen Vos', 'Maud Lefevre', 'Ottilie Brandt'],
  },
  {
    name: 'a recruiter who has lunch with the candidate in a slot of the day',
    thread: thread(HR, 'Friday at Northwind', `Hi Sam,

Confirmed for Friday. Schedule:
10:00am  Case interview, Leontyne Abara (Finance Director)
12:15pm  Lunch with Priscilla Umeh, Senior Recruiter

See you then,
Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Leontyne Abara', 'Priscilla Umeh'],
  },
  {
    name: 'an owner the candidate will sit down with first',
    thread: conversation('Counter job', {
      from: { name: 'Aurelio Bianchi', email: 'aurelio@bianchibakery.com' },
      text: `Hi Sam,

Thanks for applying for the Counter Assistant position. I'd like to interview you: come by the bakery on Tuesday 10 March at 7am, you'll sit down with me first and then we can see how you get on at the counter.

Aurelio Bianchi
Owner, Bianchi Bakery`,
    }),
    expect: ['Aurelio Bianchi'],
  },
  {
    name: 'a chair the candidate meets with first on a campus visit',
    thread: conversation('Campus visit – Lecturer', {
      from: { name: 'Cordelia Nwosu', email: 'c.nwosu@northwind.ac.uk' },
      text: `Dear Sam,

I am pleased to confirm your campus visit on Monday 9 March. You will meet with me first in my office at 9:00, then give your teaching demonstration to the department.

Kind regards,
Cordelia Nwosu
Head of School of Computing`,
    }),
    expect: ['Cordelia Nwosu'],
  },
  {
    name: 'a recruiter who runs the screening call herself',
    thread: conversation('Warehouse Lead – next steps', {
      from: { name: 'Ines Carvalho', email: 'ines.carvalho@northwind.io' },
      text: `Hi Sam,

Thanks for applying for the Warehouse Lead role. As a first step I would like to set up a 20 minute phone screen, and I'll be the one calling. Could you send me two times that suit you next week?

Ines Carvalho
Talent Acquisition Partner, Northwind`,
    }),
    expect: ['Ines Carvalho'],
  },
  {
    name: 'a director whom the candidate thanks for the meeting they asked for',
    thread: conversation(
      'Operations Supervisor',
      {
        from: { name: 'Halvard Lindqvist', email: 'halvard@northwindfreight.com' },
        text: `Sam,

Saw your application for the Operations Supervisor job. Can you come to the depot Wednesday at 11?

Halvard Lindqvist
Director of Operations, Northwind Freight`,
      },
      { from: OWNER, to: [{ name: 'Halvard Lindqvist', email: 'halvard@northwindfreight.com' }], text: `Hi Halvard,\n\nThanks for Wednesday, it was good to see the depot at full tilt. I'm keen on the job.\n\nSam` },
    ),
    expect: ['Halvard Lindqvist'],
  },
  {
    name: 'a practice principal thanked for showing the candidate round, who writes back with the decision date',
    thread: conversation(
      'Associate Dentist',
      { from: OWNER, to: [{ name: 'Saoirse Keane', email: 'saoirse@northwinddental.ie' }], text: `Dear Dr. Keane,\n\nThank you for showing me round the practice yesterday and for the interview. I would love to join the team.\n\nKind regards,\nSam Rivera` },
      {
        from: { name: 'Saoirse Keane', email: 'saoirse@northwinddental.ie' },
        text: `Dear Sam,

Thank you for your note. We will let you know our decision within ten days.

Saoirse Keane
Practice Principal, Northwind Dental`,
      },
    ),
    expect: ['Saoirse Keane'],
  },
  {
    name: 'a recruiter thanked for the day is not met when her mail names who held the interview',
    thread: conversation(
      'Interview – Finance Analyst',
      {
        from: HR,
        text: `Hi Sam,

Can you come in Wednesday at 11 to meet Kwame Asante, our Finance Director?

Dana Whitfield
Talent Partner, Northwind`,
      },
      { from: OWNER, to: [HR], text: `Hi Dana,\n\nThanks for today! Kwame was great to talk to.\n\nSam` },
    ),
    expect: ['Kwame Asante'],
  },
  {
    name: 'a coordinator in the role the candidate applied for does not make their note a thanks for organising',
    thread: conversation(
      'Events Coordinator – interview',
      {
        from: { name: 'Ilona Varga', email: 'ilona.varga@northwind.org' },
        text: `Dear Sam,\n\nWe would like to invite you to interview for the Events Coordinator position on Friday at 2pm at our office.\n\nIlona Varga`,
      },
      { from: OWNER, to: [{ name: 'Ilona Varga', email: 'ilona.varga@northwind.org' }], text: `Dear Ms. Varga,\n\nThank you for the interview for the Events Coordinator position today. I enjoyed speaking with you and Mr. Tobias Rehn about the spring gala.\n\nSincerely,\nSam Rivera` },
    ),
    expect: ['Ilona Varga', 'Tobias Rehn'],
  },
  {
    name: 'thanks for the timeline are not thanks for the time',
    thread: conversation(
      'Interview – Research Assistant',
      {
        from: HR,
        text: `Hi Sam,\n\nYou are confirmed for Tuesday at 10am with Dr. Amara Ode, Principal Investigator. We expect to decide within two weeks of the interview.\n\nDana Whitfield\nTalent Partner, Northwind`,
      },
      { from: OWNER, to: [HR], text: `Hi Dana,\n\nThanks for the timeline, that's really helpful. See you Tuesday.\n\nSam` },
    ),
    expect: ['Amara Ode'],
  },
  {
    name: 'a candidate who writes that it was great to meet the recruiter and the manager met both',
    thread: conversation(
      'Interview booked – Fleet Coordinator',
      {
        from: { name: 'Northwind Careers', email: 'careers@northwind.io' },
        text: `Hi Sam,\n\nYour interview is booked for Tuesday 3 March at 11:00 with Dana Whitfield and Lachlan Byrne (Fleet Manager).\n\nNorthwind Careers`,
      },
      { from: OWNER, to: [HR], text: `Hi Dana,\n\nIt was great to meet you and Lachlan this morning. Really keen on the role.\n\nSam` },
    ),
    expect: ['Dana Whitfield', 'Lachlan Byrne'],
  },
  {
    name: 'a title in brackets after a name names nobody else',
    thread: thread(HR, 'Interview scheduled – Engineer', `Dear Sam,

Your interview has been scheduled for Tuesday 10 March, 10:00.

Interviewers: Dr. Ulla Bergström (Head of Grid Connection Offshore), Tomas Lind (Senior HR Business Partner)

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ulla Bergström', 'Tomas Lind'],
  },
  {
    name: 'a title in brackets after the first of two names on a panel',
    thread: thread(HR, 'Panel confirmed', `Hi Sam,

You'll meet Cosmin Radu (Head of Subsea Cable Installation) and Elodie Marchetti on Friday at 2pm.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Cosmin Radu', 'Elodie Marchetti'],
  },
  {
    name: 'a title in brackets on an itinerary line',
    thread: thread(HR, 'Onsite interview itinerary', `Hi Sam,

Your onsite interviews on Friday:

9:00  Ravindra Chaudhry (Lead, Wind Farm Controls)
10:00 Beatrix Olorunfemi (Manager, Harbour Crane Fleet)

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Ravindra Chaudhry', 'Beatrix Olorunfemi'],
  },
  {
    name: 'terse: someone from HR who will join the meeting',
    thread: conversation(
      'Claims Lead',
      { from: { name: 'Barnaby Okafor', email: 'barnaby@northwindinsurance.com' }, text: `Sam,\n\nGot your CV. Want to meet about the Claims Lead opening? Send me a couple of times next week.\n\nBarnaby Okafor\nVP, Claims` },
      { from: OWNER, to: [{ name: 'Barnaby Okafor', email: 'barnaby@northwindinsurance.com' }], text: `Hi Barnaby,\n\nTuesday afternoon or Thursday morning both work.\n\nSam` },
      { from: { name: 'Barnaby Okafor', email: 'barnaby@northwindinsurance.com' }, text: `Tue 10 March, 2:00 PM. 12 Dock Road, 3rd floor. Tobias Erikson from HR will join.\n\nBarnaby` },
      { from: { name: 'Barnaby Okafor', email: 'barnaby@northwindinsurance.com' }, text: `Sam,\n\nThanks for yesterday. Good conversation. Decision within two weeks.\n\nBarnaby` },
    ),
    expect: ['Barnaby Okafor', 'Tobias Erikson'],
  },
  {
    name: 'someone with an aside who is joining too',
    thread: thread(HR, 'Interview – Site Supervisor', `Hi Sam,

Your interview with Gwendolyn Achterberg (Operations Manager) is on Monday at 9am. Lorcan Fitzgerald is joining too, from the Dublin office.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Gwendolyn Achterberg', 'Lorcan Fitzgerald'],
  },
  {
    name: 'someone described in a clause who will also join',
    thread: thread(HR, 'Interview – Stock Controller', `Hi Sam,

You are booked for Thursday at 1pm with Idris Mahmoud, Finance Manager. Ferdinand Okoro from our warehouse team will also join.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Idris Mahmoud', 'Ferdinand Okoro'],
  },
  {
    name: 'an agency recruiter relays that the two people met said it went well',
    thread: thread(HR, 'Feedback', `Hi Sam,

Thanks again for doing the final round yesterday. Leopoldo Ferraz and Ingrid Haugen both said it went really well.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Leopoldo Ferraz', 'Ingrid Haugen'],
  },
  {
    name: 'the people who felt the afternoon went very well',
    thread: thread(HR, 'After Tuesday', `Hi Sam,

Quick note after Tuesday. Cressida Mbeki and Anwar Siddiqui felt the afternoon went very well, and we will be in touch next week.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Cressida Mbeki', 'Anwar Siddiqui'],
  },
  {
    name: 'a hiring manager who thinks it went well, named with a title',
    thread: thread(HR, 'Update', `Hi Sam,

Just a line to say Thorvald Jensen, the plant manager, thinks it went well on Monday. Decision by Friday.

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Thorvald Jensen'],
  },
  {
    name: 'lower case: a writer who signs her name above her title, and counts herself in',
    thread: conversation('interview reminder', {
      from: { name: 'Northwind Careers', email: 'careers@northwind.io' },
      text: `hi sam,

just a reminder that your interview for the yard supervisor role is tomorrow, thursday 12 march at 9:30am at our depot. you'll meet ines duarte (ops manager) and me. please bring photo id.

tomasz nowak
talent acquisition, northwind freight`,
    }),
    expect: ['Ines Duarte', 'Tomasz Nowak'],
  },
  {
    name: 'lower case: the writer who signs below and will be on the panel',
    thread: conversation('your interview', {
      from: { name: 'Northwind Recruiting', email: 'jobs@northwind.io' },
      text: `hi sam,

thanks for applying for the nurse educator role. your interview is confirmed for friday 13 march at 2pm. it'll be me and dr. kofi mensah (clinical lead). see you then.

aroha williams
recruitment lead, northwind health`,
    }),
    expect: ['Kofi Mensah', 'Aroha Williams'],
  },
  {
    name: 'a chair who signs off by first name above a formal signature, thanked for the visit',
    thread: conversation(
      'Thank you – Lecturer in History',
      { from: OWNER, to: [{ name: 'Beatriz Quintanilla', email: 'b.quintanilla@northwind.edu' }], text: `Dear Professor Quintanilla,\n\nThank you for hosting me on Thursday and for the interview. I enjoyed the department seminar.\n\nBest,\nSam Rivera` },
      {
        from: CHAIR,
        text: `hi sam,

thanks for the kind note. we have one more candidate next week and will decide by friday 20 march.

beatriz

--
Beatriz Quintanilla, PhD
Chair, Department of History
Northwind University`,
      },
    ),
    expect: ['Beatriz Quintanilla'],
  },
  {
    name: 'a candidate who enjoyed speaking with the director about her organisation thanks her for the meeting',
    thread: conversation(
      'Programme Manager – interview',
      {
        from: { name: 'Northwind Foundation', email: 'jobs@northwindfoundation.org' },
        text: `Dear Sam,\n\nWe are pleased to invite you to interview for the Programme Manager position on Monday 9 March at 10:00 with our director, Dr. Wilhelmina Adeyemi.\n\nNorthwind Foundation`,
      },
      { from: OWNER, to: [{ name: 'Wilhelmina Adeyemi', email: 'w.adeyemi@northwindfoundation.org' }], text: `Dear Dr. Adeyemi,\n\nThank you for the interview this morning. I enjoyed speaking with you about the organisation's plans for the rural literacy programme.\n\nKind regards,\nSam Rivera` },
    ),
    expect: ['Wilhelmina Adeyemi'],
  },
  {
    name: 'lower case: a restaurant manager who signs below and will be at the tasting with the head chef',
    thread: conversation('trial shift', {
      from: { name: 'Northwind Kitchen', email: 'hello@northwindkitchen.com' },
      text: `hi sam,

thanks for applying for the sous chef role. we'd love you to come in for an interview and a cook-off on tuesday 10 march at 3pm. it'll be me and our head chef, dario conti.

mere tupaea
restaurant manager, northwind kitchen`,
    }),
    expect: ['Dario Conti', 'Mere Tupaea'],
  },
  {
    name: 'an itinerary whose slots are named by one word before a dash and the person',
    thread: thread(HR, 'Onsite confirmed – Platform Engineer', `Sam — onsite confirmed for Wednesday 11 March.

09:30 Check-in at reception
10:00 Values – Henrietta Mwale, COO
11:00 Craft – Osvaldo Pereira, Staff Engineer
12:00 Lunch

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Henrietta Mwale', 'Osvaldo Pereira'],
  },
  {
    name: 'an itinerary slot with an aside in brackets before the dash and the person',
    thread: thread(HR, 'Your onsite', `Hi Sam, here is your onsite on Friday:

10:00am Whiteboard (system design) — Jasper Okonkwo, Staff Engineer
11:15am Pairing (bring a laptop) — Mirela Dragomir, Senior Engineer

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Jasper Okonkwo', 'Mirela Dragomir'],
  },
  {
    name: 'an itinerary slot of two words, a hyphen and the person with a title in brackets',
    thread: thread(HR, 'Final round schedule', `Hi Sam,

Final round schedule for Tuesday:
2:15 PM Product sense - Rosalind Achebe (Director of Product)
3:00 PM Execution - Tobiah Lindgren (Group Product Manager)

Dana Whitfield
Talent Partner, Northwind`),
    expect: ['Rosalind Achebe', 'Tobiah Lindgren'],
  },
  {
    name: 'a talent partner who ran the screening call: "good to speak to you"',
    thread: conversation('Next stage – Process Engineer', {
      from: { name: 'Winifred Osei', email: 'winifred.osei@northwindcastings.co.uk' },
      text: `Hi Sam,

Thanks for your time on the phone on Monday, good to speak to you. We'd like to invite you to site for an interview with our plant manager on Tuesday 10 March at 10am.

Winifred Osei
Talent Partner, Northwind Castings`,
    }),
    expect: ['Winifred Osei'],
  },
  {
    name: 'an HR officer who was lovely talking to the candidate on the intro call',
    thread: conversation('Your application – Lab Technician', {
      from: { name: 'Radomir Kowalski', email: 'radomir@northwindlabs.eu' },
      text: `Hi Sam,

It was lovely talking to you yesterday, thanks for taking the time. We'd like to move you to the next round, an interview on site on Thursday 12 March at 9:30.

Radomir Kowalski
HR Officer, Northwind Labs`,
    }),
    expect: ['Radomir Kowalski'],
  },
  {
    name: 'a recruiter for whom it was great chatting to the candidate, in a terse note',
    thread: conversation('Re: Barista Trainer', {
      from: { name: 'Keziah Mensah', email: 'keziah@northwindcoffee.com' },
      text: `Hey Sam, great chatting to you earlier! Next step is an interview at the roastery on Friday 13 March at 11am.

Keziah Mensah
Recruiter, Northwind Coffee`,
    }),
    expect: ['Keziah Mensah'],
  },
];

describe('the people the candidate meets, in many voices', () => {
  it.each(PROBES)('$name', ({ thread: probe, expect: names }) => {
    const analysis = analyzeThread(probe, { timeZone: 'America/New_York' });
    expect(analysis.relevant).toBe(true);
    expect([...(analysis.fields?.interviewers?.candidates[0] ?? [])].sort()).toEqual([...names].sort());
  });
});
