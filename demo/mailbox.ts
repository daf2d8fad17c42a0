// The demo job search: Jordan Ellis, a data analyst, mid-way through seven hiring processes in two
// mailboxes, plus two mails Afterview must leave alone. Every date is relative to `now` (demo/calendar.ts).
import type { Stage } from '../src/core/model';
import { at, businessDaysAfter, businessDaysBefore, clock, lastDayWithClosedThankYou, latestBusinessDay, spoken } from './calendar';

export interface Person {
  name: string;
  email: string;
}

export interface DemoMessage {
  from: Person;
  to: Person;
  at: Date;
  /** Paragraphs of plain text; a line break inside one is a <br>. */
  paragraphs: string[];
}

export interface DemoThread {
  host: 'gmail' | 'outlook';
  /** Stable id the pages derive their thread ids and URLs from. */
  slug: string;
  subject: string;
  messages: DemoMessage[];
  /** What Afterview should make of it: a tracked application, or nothing at all. */
  expected: { company: string; stage: Stage; shows: string } | 'quiet';
}

export interface DemoMailbox {
  gmailUser: Person;
  outlookUser: Person;
  threads: DemoThread[];
  /** The check-ins the mailbox makes overdue at `now`, in words: the toolbar badge counts them. */
  overdue: string[];
}

const gmailUser = { name: 'Jordan Ellis', email: 'jordan.ellis@gmail.com' };
const outlookUser = { name: 'Jordan Ellis', email: 'jordan.ellis@outlook.com' };
const WORK_END = 17;

export function demoMailbox(now: Date): DemoMailbox {
  const recent = businessDaysBefore(now, 1);
  const thankYouDay = lastDayWithClosedThankYou(now, 9);
  const statusCheckDay = latestBusinessDay(now);
  const windowCloses = businessDaysBefore(statusCheckDay, 1);
  const statusCheckOverdue = at(statusCheckDay, WORK_END).getTime() < now.getTime();

  const threads: DemoThread[] = [
    scheduling(recent),
    scheduled(recent, businessDaysAfter(now, 3)),
    thankYouOverdue(thankYouDay),
    windowClosed(businessDaysBefore(statusCheckDay, 12), windowCloses),
    offer(businessDaysBefore(recent, 5), recent, businessDaysAfter(now, 5)),
    jobAlert(recent),
    hiringFreeze(businessDaysBefore(statusCheckDay, 15), businessDaysBefore(statusCheckDay, 3)),
    rejection(businessDaysBefore(statusCheckDay, 8), businessDaysBefore(statusCheckDay, 2)),
    webinar(recent, businessDaysAfter(now, 2)),
  ];
  return {
    gmailUser,
    outlookUser,
    threads,
    overdue: [
      'a thank-you to Priya Raman (Harborview Insurance), whose interview was more than 24 hours ago',
      ...(statusCheckOverdue ? ['a status check with Cedarvale Energy, whose decision window closed (due by 5 PM on the next business day)'] : []),
    ],
  };
}

function scheduling(sent: Date): DemoThread {
  const aisha = { name: 'Aisha Grant', email: 'aisha.grant@lumenhealth.com' };
  return {
    host: 'gmail',
    slug: 'lumen',
    subject: 'Interview invitation: Data Analyst at Lumen Health',
    expected: { company: 'Lumen Health', stage: 'scheduling', shows: 'nothing to send until a time is set' },
    messages: [
      {
        from: aisha,
        to: gmailUser,
        at: at(sent, 10, 12),
        paragraphs: [
          'Hi Jordan,',
          'Thank you for applying for the Data Analyst position at Lumen Health. We were impressed by your background and would like to invite you to a 45-minute video interview with our analytics team.',
          'Could you send me two or three times that work for you next week? We are flexible between 9 AM and 4 PM Eastern.',
          'Best regards,\nAisha Grant\nTalent Acquisition Partner, Lumen Health',
        ],
      },
    ],
  };
}

function scheduled(sent: Date, interviewDay: Date): DemoThread {
  const marco = { name: 'Marco Diaz', email: 'marco.diaz@brightlinelogistics.com' };
  return {
    host: 'gmail',
    slug: 'brightline',
    subject: 'Confirmed: your interview with Brightline Logistics',
    expected: { company: 'Brightline Logistics', stage: 'scheduled', shows: 'the interview and its interviewers' },
    messages: [
      {
        from: marco,
        to: gmailUser,
        at: at(sent, 15, 40),
        paragraphs: [
          'Hi Jordan,',
          `Your interview for the Business Intelligence Analyst role is confirmed for ${spoken(interviewDay)} at 2:00 PM at our office, 88 Wharf Street, 4th floor. You will meet Helen Park, Director of Analytics, and Sam Okoye, Senior Data Engineer.`,
          'Please bring a photo ID for reception. Reply here if anything changes.',
          'Kind regards,\nMarco Diaz\nRecruiting Coordinator, Brightline Logistics',
        ],
      },
    ],
  };
}

function thankYouOverdue(interviewDay: Date): DemoThread {
  const nina = { name: 'Nina Alvarez', email: 'nina.alvarez@harborview-insurance.com' };
  const confirmedOn = businessDaysBefore(interviewDay, 3);
  return {
    host: 'gmail',
    slug: 'harborview',
    subject: 'Your interview at Harborview Insurance',
    expected: { company: 'Harborview Insurance', stage: 'awaiting-decision', shows: 'an overdue thank-you to Priya Raman' },
    messages: [
      {
        from: nina,
        to: gmailUser,
        at: at(confirmedOn, 11, 5),
        paragraphs: [
          'Hi Jordan,',
          `Your interview for the Pricing Analyst role is confirmed for ${spoken(interviewDay)} at 9:00 AM. You will meet Priya Raman, Head of Pricing Analytics, at our office at 200 Harbor Street.`,
          'Best,\nNina Alvarez\nSenior Recruiter, Harborview Insurance',
        ],
      },
      {
        from: nina,
        to: gmailUser,
        at: at(interviewDay, 15, 30),
        paragraphs: [
          'Hi Jordan,',
          'Thank you for coming in today to meet Priya. She enjoyed the conversation about claims pricing. We are seeing two more candidates and expect to make a decision by the end of next week.',
          'Best,\nNina Alvarez\nSenior Recruiter, Harborview Insurance',
        ],
      },
    ],
  };
}

function windowClosed(interviewDay: Date, decisionBy: Date): DemoThread {
  const owen = { name: 'Owen Brooks', email: 'owen.brooks@cedarvale-energy.com' };
  return {
    host: 'outlook',
    slug: 'cedarvale',
    subject: 'Cedarvale Energy - Operations Analyst interview',
    expected: { company: 'Cedarvale Energy', stage: 'awaiting-decision', shows: 'a status check, since their decision window has closed' },
    messages: [
      {
        from: owen,
        to: outlookUser,
        at: at(businessDaysBefore(interviewDay, 2), 9, 50),
        paragraphs: [
          'Hi Jordan,',
          `Your interview for the Operations Analyst position is confirmed for ${spoken(interviewDay)} at 10:00 AM. You will meet Grace Holloway, Director of Operations, and me at our office, 40 Commerce Drive.`,
          'Regards,\nOwen Brooks\nTalent Acquisition Manager\nCedarvale Energy',
        ],
      },
      {
        from: owen,
        to: outlookUser,
        at: at(interviewDay, 16, 10),
        paragraphs: [
          'Hi Jordan,',
          `Thank you for interviewing with Grace Holloway and me this morning for the Operations Analyst position. We are finishing interviews with the other candidates and will make our decision by ${spoken(decisionBy)}.`,
          'Regards,\nOwen Brooks\nTalent Acquisition Manager\nCedarvale Energy',
        ],
      },
    ],
  };
}

function offer(interviewDay: Date, sent: Date, deadline: Date): DemoThread {
  const rachel = { name: 'Rachel Kim', email: 'rachel.kim@northbeam.io' };
  return {
    host: 'gmail',
    slug: 'northbeam',
    subject: 'Offer: Senior Data Analyst at Northbeam Analytics',
    expected: { company: 'Northbeam Analytics', stage: 'offer', shows: 'the offer, and its deadline while other processes are open' },
    messages: [
      {
        from: rachel,
        to: gmailUser,
        at: at(sent, 16, 0),
        paragraphs: [
          'Hi Jordan,',
          `Thank you for meeting the team for your final interview on ${spoken(interviewDay)}. I am delighted to offer you the position of Senior Data Analyst at Northbeam Analytics, with a base salary of $112,000 and a start date of your choosing. The formal offer letter is attached.`,
          `We would need your answer by ${spoken(deadline)} at 5:00 PM. I am happy to set up a call if you have any questions.`,
          'Warm regards,\nRachel Kim\nHead of People, Northbeam Analytics',
        ],
      },
    ],
  };
}

function jobAlert(sent: Date): DemoThread {
  const alerts = { name: 'Jobstream Alerts', email: 'alerts@jobstream.io' };
  return {
    host: 'gmail',
    slug: 'jobstream',
    subject: '12 new Data Analyst jobs matching your search',
    expected: 'quiet',
    messages: [
      {
        from: alerts,
        to: gmailUser,
        at: at(sent, 7, 0),
        paragraphs: [
          'New jobs for "data analyst" near Boston, MA',
          'Data Analyst - Meridian Foods - Boston, MA - Easy apply\nJunior BI Analyst - Quarry Labs - Remote\nAnalytics Engineer - Tallis Media - Cambridge, MA',
          'Interview tips: how to answer "Tell me about yourself"',
          'You are receiving this job alert because you created it on Jobstream. Manage alerts · Unsubscribe',
        ],
      },
    ],
  };
}

function hiringFreeze(interviewDay: Date, freezeDay: Date): DemoThread {
  const laura = { name: 'Laura Chen', email: 'lchen@redwoodcu.org' };
  return {
    host: 'outlook',
    slug: 'redwood',
    subject: 'RE: Credit Risk Analyst - next steps',
    expected: { company: 'Redwood Credit Union', stage: 'delayed', shows: 'the hiring freeze, and when to ask for a revised timeline' },
    messages: [
      {
        from: laura,
        to: outlookUser,
        at: at(interviewDay, 14, 20),
        paragraphs: [
          'Hi Jordan,',
          'Thank you for interviewing with Daniel Ruiz and me today for the Credit Risk Analyst role at Redwood Credit Union. We will be in touch within two weeks about next steps.',
          'Regards,\nLaura Chen\nHR Business Partner\nRedwood Credit Union',
        ],
      },
      {
        from: laura,
        to: outlookUser,
        at: at(freezeDay, 14, 30),
        paragraphs: [
          'Hi Jordan,',
          'I am sorry for the delay. Redwood Credit Union has put a hiring freeze in place while we complete a budget review, so the Credit Risk Analyst role is on hold for now. You remain a strong candidate and I will reach out as soon as I know more.',
          'Regards,\nLaura Chen\nHR Business Partner\nRedwood Credit Union',
        ],
      },
    ],
  };
}

function rejection(interviewDay: Date, sent: Date): DemoThread {
  const tom = { name: 'Tom Becker', email: 'tom.becker@altaviatravel.com' };
  return {
    host: 'outlook',
    slug: 'altavia',
    subject: 'Your application for Marketing Data Analyst at Altavia Travel',
    expected: { company: 'Altavia Travel', stage: 'rejected', shows: 'the process closed, nothing to chase' },
    messages: [
      {
        from: tom,
        to: outlookUser,
        at: at(sent, 10, 45),
        paragraphs: [
          'Dear Jordan,',
          `Thank you for taking the time to interview with us on ${spoken(interviewDay)} for the Marketing Data Analyst position. After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current needs.`,
          'We appreciated your interest in Altavia Travel and wish you every success in your search.',
          'Sincerely,\nTom Becker\nRecruitment Lead, Altavia Travel',
        ],
      },
    ],
  };
}

function webinar(sent: Date, liveOn: Date): DemoThread {
  const events = { name: 'CareerForge Events', email: 'events@careerforge.io' };
  return {
    host: 'outlook',
    slug: 'careerforge',
    subject: 'Webinar: Ace your next interview, live Q&A with hiring managers',
    expected: 'quiet',
    messages: [
      {
        from: events,
        to: outlookUser,
        at: at(sent, 8, 30),
        paragraphs: [
          'Join our free webinar',
          `Ace your next interview: three hiring managers answer your questions live on ${spoken(liveOn)} at ${clock(at(liveOn, 12))} ET. Learn how to prepare for behavioural interview questions and how to follow up after an interview.`,
          'Register now - seats are limited.',
          'You are receiving this email because you subscribed to CareerForge events. Unsubscribe · Privacy',
        ],
      },
    ],
  };
}
