// Probes of the company extractor, written in our own words across the kinds of sender the contract names
// (docs/analysis.md): ATS notifications, recruiters, agencies recruiting for a client, hospitals, schools,
// governments, small shops and founders. Each case is a class of mail, not a thread of the corpus.
import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../src/core/analyze/extract-company';
import { splitMessage } from '../../src/core/analyze/message-text';
import { fromOneByte, mailAsOneByte, mapStrings } from '../../src/core/one-byte';

interface Probe {
  from: [string, string];
  subject: string;
  text: string;
  reply?: string;
}

const OWNER = 'robin.achterberg@gmail.com';

/** The evidence the analysis gathers from a thread of one employer message and, when given, the candidate's reply. */
function companyOf(written: Probe): string | null {
  // The engine reads mail's typographic characters as one-byte twins (src/core/one-byte.ts).
  const probe = mapStrings(written, mailAsOneByte);
  const parts = splitMessage(probe.text);
  const reply = probe.reply ? splitMessage(probe.reply) : null;
  const company = extractCompany({
    subject: probe.subject,
    employerBodies: [parts.body],
    employerSignatures: [parts.signature],
    employerSenders: [{ name: probe.from[0], email: probe.from[1] }],
    ownerEmail: OWNER,
    ownerSignatures: reply ? [reply.signature] : [],
    ownerBodies: reply ? [reply.body] : [],
  });
  return company === null ? null : fromOneByte(company);
}

const PROBES: [string, Probe, string | null][] = [
  [
    'lower-case mail signed by a short first name alone names no company',
    {
      from: ['Marguerite Olsen', 'mags@fjordlinecargo.com'],
      subject: 'phone screen',
      text: 'hi robin - could you do a phone screen thursday at 2pm? just 20 min, with me.\nmags',
    },
    null,
  ],
  [
    'lower-case mail through an ATS, the employer only after the signer\'s team in the sign-off',
    {
      from: ['Ravi Osei (via Lever)', 'no-reply@hire.lever.co'],
      subject: 'thanks for the chat',
      text: 'hi robin,\n\nthanks for the time today. the panel enjoyed it and we will be in touch next week.\n\nravi\n\nravi osei | talent partner, tidewell goods\nsent via lever',
    },
    'Tidewell Goods',
  ],
  [
    'a lower-case public office that signs with its body under the analyst\'s title',
    {
      from: ['public works hr', 'pwhr@marlowcountyoh.gov'],
      subject: 'oral board – engineering technician ii',
      text: 'mr. achterberg,\n\nyou are scheduled for an oral board on tuesday at 10 a.m. in room 204.\n\nbring photo identification.\n\nregards\nkim osei\nhr analyst\nmarlow county department of public works',
    },
    'Marlow County Department of Public Works',
  ],
  [
    'a lower-case founder who signs with a title line and the shop under it',
    {
      from: ['Bea Lund', 'bea.lund.makes@gmail.com'],
      subject: 'trial shift',
      text: 'hey robin,\n\nloved your portfolio. can you come in for a trial shift saturday at 9?\n\nbea\n\nbea lund\nowner, lantern & loom bindery',
    },
    'Lantern & Loom Bindery',
  ],
  [
    'a German start-up that writes its "UG (haftungsbeschränkt)" in every line that names it',
    {
      from: ['Jannik Stolte', 'j.stolte@feldlerche-systeme.de'],
      subject: 'Einladung zum Gespräch',
      text: 'Hallo Robin,\n\nvielen Dank für Ihre Bewerbung bei der Feldlerche Systeme UG (haftungsbeschränkt). Wir laden Sie gern am Dienstag um 14 Uhr ein.\n\nViele Grüße\nJannik Stolte\nFeldlerche Systeme UG (haftungsbeschränkt)',
    },
    'Feldlerche Systeme',
  ],
  [
    'an association that writes its "e.V." in its offer and its letterhead',
    {
      from: ['Marlene Vogt', 'vogt@gruenhof-verein.de'],
      subject: 'Your offer',
      text: 'Dear Robin,\n\nI am pleased to offer you the post of Volunteer Coordinator at Grünhof Stadtgarten e.V., starting 1 March.\n\nBest wishes,\nMarlene Vogt\nGrünhof Stadtgarten e.V.',
    },
    'Grünhof Stadtgarten',
  ],
  [
    'a partnership that never writes its name without "LLP"',
    {
      from: ['Ruth Adeyemi', 'radeyemi@calderpenhale.com'],
      subject: 'Second interview',
      text: 'Dear Robin,\n\nCalder Penhale LLP would like to invite you to a second interview on Monday at 10am at our offices.\n\nKind regards,\nRuth Adeyemi\nGraduate Recruitment\nCalder Penhale LLP',
    },
    'Calder Penhale',
  ],
  [
    'a law office that signs with ", PLLC" after a comma',
    {
      from: ['Dana Whitfield', 'dana@whitfieldlawoffice.com'],
      subject: 'Paralegal interview',
      text: 'Hi Robin,\n\nThanks for applying. Could you come in Thursday at 3pm for an interview?\n\nDana Whitfield\nAttorney at Law, Whitfield Law Office, PLLC',
    },
    'Whitfield Law Office',
  ],
  [
    'an agency whose name says nothing of recruiting, speaking of its client after the decision',
    {
      from: ['Oona Brekke', 'oona.brekke@northhollowpeople.com'],
      subject: 'Update – Warehouse Systems Lead',
      text: 'Hi Robin,\n\nGood news: Tarnwick Cold Chain has shortlisted you for a second conversation next Wednesday at 10am. As our client, they asked me to pass on the address once you confirm.\n\nOona Brekke\nAssociate Director\nNorth Hollow People',
    },
    'Tarnwick Cold Chain',
  ],
  [
    'a search consultant who presents the candidate, the employer deciding by name',
    {
      from: ['Gareth Pruitt', 'gpruitt@ashcombeadvisory.com'],
      subject: 'Your profile',
      text: 'Dear Robin,\n\nThank you for allowing me to present your profile. Selwyn Marine Underwriters has reviewed it and would like a first meeting on Monday 9 November at 2pm.\n\nYours sincerely,\nGareth Pruitt\nPartner\nAshcombe Advisory',
    },
    'Selwyn Marine Underwriters',
  ],
  [
    'a consultancy that represents the candidate, the employer confirming the interview',
    {
      from: ['Ilse Vang', 'ilse@copperkeyconsulting.co.uk'],
      subject: 'Interview confirmed',
      text: 'Hi Robin,\n\nQuick one: Brackenfold Housing Trust has confirmed Thursday at 11am for your panel. As agreed, we represent you exclusively for this role.\n\nIlse\n\nIlse Vang | Copperkey Consulting',
    },
    'Brackenfold Housing Trust',
  ],
  [
    'a person, not the employer, who has reviewed the candidate',
    {
      from: ['Hannah Lowe', 'hannah.lowe@quarrybankfoods.com'],
      subject: 'Next steps',
      text: 'Hi Robin,\n\nMartin Okafor has reviewed your case study and would like to meet on Friday at 3pm.\n\nHannah Lowe\nTalent Partner\nQuarrybank Foods',
    },
    'Quarrybank Foods',
  ],
  [
    'a studio that speaks of its own client without being an agency',
    {
      from: ['Teo Marchetti', 'teo@fennelstudio.it'],
      subject: 'Interview moved',
      text: 'Hi Robin,\n\nSorry, the client moved a workshop, so our chat moves to Friday at 10am, with me and Carla Bruni.\n\nTeo\nFennel Studio',
    },
    'Fennel Studio',
  ],
  [
    'a law firm named for its partners and its profession, signed under the title',
    {
      from: ['Maeve Tully', 'maeve.tully@dunmoreaske.com.au'],
      subject: 'Interview – Senior Associate, Commercial Litigation',
      text: 'Hi Robin,\n\nThanks for your time on the phone. I am pleased to confirm your interview on Thursday 8 October at 2:00pm with two of our partners.\n\nKind regards,\nMaeve Tully\nRecruitment Advisor\nDunmore Aske Lawyers\nLevel 12, 88 Phillip Street, Sydney NSW 2000',
    },
    'Dunmore Aske Lawyers',
  ],
  [
    'an architecture practice in lower case, signed by a team title',
    {
      from: ['Ines Valbuena', 'ines@kettleyardarchitects.co.uk'],
      subject: 'your interview on monday',
      text: 'hi robin,\n\nlovely to chat today. as promised, your interview is on monday 12 october at 11am at our studio.\n\nbest,\nines valbuena\nstudio manager\nKettleyard Architects | 14 Cable Street, London E1',
    },
    'Kettleyard Architects',
  ],
  [
    'an ATS notification signed by the company’s team',
    {
      from: ['Tallowmere Recruiting', 'no-reply@ashbyhq.com'],
      subject: 'Your interview is confirmed',
      text: 'Hi Robin,\n\nYour interview with Tallowmere is confirmed for Wednesday, October 7, 2026 at 1:00 PM EDT.\n\nInterviewers:\nPriya Sandoval, Engineering Manager\n\nSee you soon!\nThe Tallowmere Team\n\nPowered by Ashby',
    },
    'Tallowmere',
  ],
  [
    'a team sign-off with its hiring team, through an ATS the sender does not name',
    {
      from: ['Greenhouse', 'no-reply@us.greenhouse-mail.io'],
      subject: 'Interview confirmation',
      text: 'Hi Robin,\n\nThanks for scheduling. Your video interview for the Product Designer position is set for Friday, October 9 at 10:00 AM Eastern.\n\nBest,\nThe Orchardline Hiring Team',
    },
    'Orchardline',
  ],
  [
    'an agency recruiter who names the client after a place',
    {
      from: ['Dev Malhotra', 'dev@keelhaulsearch.com'],
      subject: 'Controls Engineer opportunity',
      text: 'Hi Robin,\n\nI am working with a client in Columbus, Ostrander Foods, on a Controls Engineer role. They would like to interview you on Tuesday at 3pm.\n\nThanks,\nDev Malhotra\nSenior Recruiter\nKeelhaul Search Partners',
    },
    'Ostrander Foods',
  ],
  [
    'an agency recruiter whose client is said once in full and then by its first word',
    {
      from: ['Lena Abara', 'lena@tidewatertalent.com'],
      subject: 'Interview details',
      text: 'Hi Robin,\n\nGreat news, Marrowfield wants to meet you! Details below.\n\nMarrowfield Biosciences, 210 Harbor Way, Boston\nWednesday 14 October, 9:30am\n\nCheers,\nLena Abara\nTidewater Talent Partners',
    },
    'Marrowfield Biosciences',
  ],
  [
    'a hospital’s HR officer signing with a ward beside the title',
    {
      from: ['Grace Ofori', 'grace.ofori@stbrennan.org'],
      subject: 'Interview invitation – Registered Nurse',
      text: 'Dear Robin,\n\nWe are pleased to invite you to interview for the Registered Nurse position on Monday 12 October at 10:00.\n\nYours sincerely,\nGrace Ofori\nNurse Manager, Cardiac Unit\nSt Brennan’s Hospital',
    },
    'St Brennan’s Hospital',
  ],
  [
    'a school district through its HR department',
    {
      from: ['Human Resources', 'hr@millbrookusd.org'],
      subject: 'Interview scheduled - 5th Grade Teacher',
      text: 'Dear Robin,\n\nYou have been scheduled for an interview for the 5th Grade Teacher position on October 13 at 3:30 PM at the district office.\n\nSincerely,\nHuman Resources Department\nMillbrook Unified School District',
    },
    'Millbrook Unified School District',
  ],
  [
    'a city government signing with its department',
    {
      from: ['Tomas Reyes', 'treyes@cityofharlow.gov'],
      subject: 'Panel interview - GIS Analyst',
      text: 'Robin,\n\nThe panel interview for the GIS Analyst position will be held on October 15 at 9:00 AM at City Hall, Room 204.\n\nTomas Reyes\nHuman Resources Analyst\nCity of Harlow',
    },
    'City of Harlow',
  ],
  [
    'a founder who writes the company in prose',
    {
      from: ['Jonah Whitlock', 'jonah@brambleworks.io'],
      subject: 'quick chat?',
      text: 'Hey Robin,\n\nI am the founder here at Brambleworks. Loved your portfolio. Could we do a call Thursday at 4pm to talk about the founding engineer role?\n\nJonah',
    },
    'Brambleworks',
  ],
  [
    'a small shop whose owner signs with the shop’s name',
    {
      from: ['Rosa Delgado', 'rosadelgado.bakes@gmail.com'],
      subject: 'Baker position',
      text: 'Hi Robin,\n\nThanks for dropping off your résumé. Can you come in for an interview Saturday at 8am before we open?\n\nRosa Delgado\nOwner, Sweet Crumb Bakery',
    },
    'Sweet Crumb Bakery',
  ],
  [
    'a recruiter’s credential after the name, not a company',
    {
      from: ['Helen Marsh', 'helen.marsh@quarrytonhealth.org'],
      subject: 'Interview – Clinical Pharmacist',
      text: 'Dear Robin,\n\nThank you for applying to Quarryton Health. We would like to invite you to interview on October 14 at 1:00 PM.\n\nBest regards,\nHelen Marsh, MBA, SHRM-CP\nTalent Acquisition Partner\nQuarryton Health',
    },
    'Quarryton Health',
  ],
  [
    'a Workday notification named for the employer',
    {
      from: ['Lindqvist Marine Careers', 'lindqvistmarine@myworkday.com'],
      subject: 'Interview Scheduled: Naval Architect (R-2031)',
      text: 'Dear Robin,\n\nThank you for your interest in the Naval Architect role. Your interview has been scheduled for October 16, 2026 at 11:00 AM.\n\nRegards,\nTalent Acquisition',
    },
    'Lindqvist Marine',
  ],
  [
    'a Greenhouse notification that names the employer in its thanks',
    {
      from: ['Recruiting Team', 'no-reply@us.greenhouse-mail.io'],
      subject: 'Thank you for applying',
      text: 'Hi Robin,\n\nThank you for your interest in Northwind Labs! We would like to invite you to a 30 minute phone screen. Please use the link below to choose a time.\n\nBest,\nRecruiting Team',
    },
    'Northwind Labs',
  ],
  [
    'an iCIMS notice naming the employer after the position',
    {
      from: ['Careers', 'careers-bellhaven@icims.com'],
      subject: 'Staff Accountant - Interview Request',
      text: 'Dear Robin,\n\nThank you for applying for the Staff Accountant position at Bellhaven Medical Center. We would like to schedule an interview with you on Monday, October 19.\n\nSincerely,\nHuman Resources',
    },
    'Bellhaven Medical Center',
  ],
  [
    'a Taleo notice with a requisition number and the employer after "with"',
    {
      from: ['Talent Acquisition', 'noreply@taleo.net'],
      subject: 'Mechanical Engineer (Req 24-0193)',
      text: 'Dear Robin,\n\nThank you for your interest in the Mechanical Engineer (Req 24-0193) opportunity with Corbel Aerospace. The hiring manager would like to interview you on October 21 at 9:00 AM.\n\nRegards,\nTalent Acquisition',
    },
    'Corbel Aerospace',
  ],
  [
    'a BambooHR message from a small roaster, signed by its owner with a credential',
    {
      from: ['Hollow Pine Coffee Roasters', 'notifications@app.bamboohr.com'],
      subject: 'Interview for Head Roaster',
      text: 'Hi Robin,\n\nWe loved your application! Could you come by the roastery on Thursday at 10am for an interview?\n\nDana Whitt, MBA\nOwner',
    },
    'Hollow Pine Coffee Roasters',
  ],
  [
    'a nurse recruiter with credentials after her name',
    {
      from: ['Dana Whitt', 'dwhitt@mercyridge.org'],
      subject: 'RN interview',
      text: 'Hello Robin,\n\nI would like to set up an interview for the night shift RN position on October 14 at 2 PM.\n\nThank you,\nDana Whitt, RN, BSN\nNurse Recruiter\nMercy Ridge Medical Center',
    },
    'Mercy Ridge Medical Center',
  ],
  [
    'a university department under the signer, the university after it',
    {
      from: ['Prof. Anika Sorensen', 'a.sorensen@eastbourne.ac.uk'],
      subject: 'Interview for Postdoctoral Research Associate',
      text: 'Dear Robin,\n\nI am pleased to invite you to interview for the postdoctoral position in my group on 20 October at 14:00.\n\nBest wishes,\nAnika Sorensen\nProfessor of Chemistry\nDepartment of Chemistry, University of Eastbourne',
    },
    'University of Eastbourne',
  ],
  [
    'an agency recruiter who writes the role at the employer, signed with the agency',
    {
      from: ['Callum Price', 'callum@crescentrecruitment.co.uk'],
      subject: 'Interview confirmed',
      text: 'Hi Robin,\n\nGood news: the interview for the QA Lead role at Fenwick Biotech is confirmed for Tuesday at 11am.\n\nBest,\nCallum Price\nSenior Consultant\nCrescent Recruitment',
    },
    'Fenwick Biotech',
  ],
  [
    'a team inside the employer, written before "team at"',
    {
      from: ['Ana Ruiz', 'ana.ruiz@ledgerline.com'],
      subject: 'Next steps',
      text: 'Hi Robin,\n\nThe Payments team at Ledgerline would love to have you in for a final interview on Friday at 1pm.\n\nAna',
    },
    'Ledgerline',
  ],
  [
    'an office city after "at our", not a company',
    {
      from: ['Ana Ruiz', 'ana.ruiz@ledgerline.com'],
      subject: 'Onsite interview',
      text: 'Hi Robin,\n\nWe would like to invite you to an onsite interview at our Denver office on Friday at 1pm.\n\nAna Ruiz\nRecruiter | Ledgerline',
    },
    'Ledgerline',
  ],
  [
    'a German invitation naming the employer with its legal form',
    {
      from: ['Petra Hoffmann', 'p.hoffmann@weber-maschinenbau.de'],
      subject: 'Einladung zum Vorstellungsgespräch',
      text: 'Sehr geehrter Herr Achterberg,\n\nvielen Dank für Ihre Bewerbung bei der Weber Maschinenbau GmbH. Gerne laden wir Sie am 14. Oktober um 10:00 Uhr zu einem Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nPetra Hoffmann\nPersonalreferentin\nWeber Maschinenbau GmbH',
    },
    'Weber Maschinenbau',
  ],
  [
    'a county government through its jobs portal',
    {
      from: ['Harlan County Human Resources', 'jobs@governmentjobs.com'],
      subject: 'Interview Notice: Eligibility Worker II',
      text: 'Dear Robin,\n\nYou are invited to an oral board interview for Eligibility Worker II on October 22, 2026 at 10:30 AM.\n\nHarlan County Human Resources',
    },
    'Harlan County',
  ],
  [
    'a recruiter who names the employer only in the subject',
    {
      from: ['Mei Tan', 'mei.tan@gmail.com'],
      subject: 'Interview with Pinebrook Credit Union – Branch Manager',
      text: 'Hi Robin,\n\nare you free thursday at 3 for a call with the hiring manager?\n\nMei',
    },
    'Pinebrook Credit Union',
  ],
  [
    'a startup founder signing with a title and the company beside it',
    {
      from: ['Sam Okafor', 'sam@tidepool.dev'],
      subject: 'Re: Founding engineer',
      text: 'Robin — great to meet at the meetup. Want to grab an hour Tuesday at 2 to go deeper?\n\nSam Okafor\nCo-founder & CEO, Tidepool',
    },
    'Tidepool',
  ],
  [
    'a job board that sends for the employer, named before "via"',
    {
      from: ['Fernhollow Construction via Indeed', 'noreply@indeed.com'],
      subject: 'Interview request from Fernhollow Construction',
      text: 'Hi Robin,\n\nWe reviewed your application and would like to interview you on Friday at 1pm.\n\nDana',
    },
    'Fernhollow Construction',
  ],
  [
    'a person writing through a job board, who signs as the sender',
    {
      from: ['Dana Whitt via LinkedIn', 'inmail-hit-reply@linkedin.com'],
      subject: 'Dana Whitt sent you a message',
      text: 'Hi Robin,\n\nWould you have time for an interview Friday at 1pm?\n\nDana Whitt\nTalent Acquisition Partner at Fernhollow Construction',
    },
    'Fernhollow Construction',
  ],
  [
    'a sender named for its own domain, though two words like a person’s name',
    {
      from: ['Fernhollow Construction', 'jobs@fernhollow.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nCan you meet Friday at 1pm for an interview?\n\nDana',
    },
    'Fernhollow Construction',
  ],
  [
    'a signer’s one line with title and employer',
    {
      from: ['Dana Whitt', 'dwhitt@gmail.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nCan you meet Friday at 1pm for the interview?\n\nDana Whitt | Talent Acquisition | Fernhollow Construction',
    },
    'Fernhollow Construction',
  ],
  [
    'a unit beside the employer on the signature line',
    {
      from: ['Dana Whitt', 'dwhitt@fernhollow.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nThe Digital Products team would like to interview you Friday at 1pm.\n\nDana Whitt\nDigital Products | Fernhollow Construction',
    },
    'Fernhollow Construction',
  ],
  [
    'credentials on their own line, and no employer named',
    {
      from: ['Dana Whitt', 'dwhitt@gmail.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nCan you meet Friday at 1pm for the interview?\n\nThanks,\nDana Whitt\nPMP, CSM\nProject Director',
    },
    null,
  ],
  [
    'a recruiter sending through an ATS under her own name',
    {
      from: ['Carla Mendes', 'notification@jobvite.com'],
      subject: 'Interview request',
      text: 'Hi Robin,\n\nI’m a recruiter with Tessellate Health and would love to set up a phone screen this week. Does Thursday at 10 work?\n\nCarla Mendes\nTalent Acquisition',
    },
    'Tessellate Health',
  ],
  [
    'the writer counts themself in at the employer',
    {
      from: ['Dana Whitt', 'dwhitt@gmail.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nWe at Fernhollow Construction were impressed by your application. Can you meet Friday at 1pm?\n\nDana',
    },
    'Fernhollow Construction',
  ],
  [
    'an interviewer’s first name and the place to meet, where no employer is named',
    {
      from: ['Dana Whitt', 'dwhitt@gmail.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nSarah would love to meet you Friday at 1pm. Please meet us at Reception on Level 3.\n\nDana',
    },
    null,
  ],
  [
    'an agency recruiter naming "the client" before its name',
    {
      from: ['Tom Reyes', 'tom@apexstaffing.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nThe client, Fernhollow Construction, would like to interview you Monday at 9am.\n\nTom Reyes\nApex Staffing Group',
    },
    'Fernhollow Construction',
  ],
  [
    'an agency recruiter naming the client in brackets',
    {
      from: ['Tom Reyes', 'tom@apexstaffing.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nThe hiring manager at our client (Fernhollow Construction) would like to interview you Monday at 9am.\n\nTom Reyes\nApex Staffing Group',
    },
    'Fernhollow Construction',
  ],
  [
    'a notice whose field names the client',
    {
      from: ['Tom Reyes', 'tom@apexstaffing.com'],
      subject: 'Interview details',
      text: 'Hi Robin,\n\nHere are the details:\nClient: Fernhollow Construction\nRole: Site Engineer\nWhen: Monday 9am\n\nTom Reyes\nApex Staffing Group',
    },
    'Fernhollow Construction',
  ],
  [
    'a notice whose field names the employer, from a personal address',
    {
      from: ['Tom Reyes', 'tom@gmail.com'],
      subject: 'Interview details',
      text: 'Hi Robin,\n\nEmployer: Fernhollow Construction\nPosition: Site Engineer\nDate: Monday 9am\n\nTom',
    },
    'Fernhollow Construction',
  ],
  [
    'a department sender that names the employer, its department and a unit',
    {
      from: ['Harwick Water Human Resources – Selection Unit', 'selection@hwa.ca.gov'],
      subject: 'Notice of Interview – Plant Operator',
      text: 'Dear Robin,\n\nYou are invited to a hiring interview with the Harwick Water Authority (HWA).\n\nHWA is an equal opportunity employer.\n\nHuman Resources Division – Selection Unit\nHarwick Water Authority',
    },
    'Harwick Water Authority',
  ],
  [
    'an acronym the mail spells out in brackets',
    {
      from: ['LRTB Careers', 'careers@lrtb.gov'],
      subject: 'Interview notice – Fleet Planner',
      text: 'Dear Robin,\n\nYou are invited to a hiring interview with the Lowmoor Regional Transit Board (LRTB) on 12 June.\n\nLRTB is an equal opportunity employer.',
    },
    'Lowmoor Regional Transit Board',
  ],
  [
    'an agency that shortens the client, whose full name the prose gives before a verb',
    {
      from: ['Tom Reyes', 'tom@apexstaffing.com'],
      subject: 'Ostrava Freight – Dispatcher',
      text: 'Hi Robin,\n\nOstrava Freight Systems came back after the panel: they would like to make you an offer. My client, Ostrava Freight, will send the letter today.\n\nTom Reyes\nApex Staffing Group',
    },
    'Ostrava Freight Systems',
  ],
  [
    'an ATS that writes the recruiter, then the employer, as its sender',
    {
      from: ['Solveig Brandt – Tidefjord Kraft', 'reply+91ab@teamtailor-mail.com'],
      subject: 'Your interview for Cable Engineer',
      text: 'Hi Robin,\n\nThanks for the call with me and our head of grid on Tuesday. We will come back to you within two weeks.\n\nBest regards\nSolveig Brandt',
    },
    'Tidefjord Kraft',
  ],
  [
    'a name that runs on into the writer saying what they would like',
    {
      from: ['Paulo Fetu', 'paulo@lanternweave.org'],
      subject: 'Offer – Illustrator',
      text: "Hi Robin,\n\nOn behalf of Lantern Weave Studio I'd love to offer you the Illustrator role after your portfolio review.\n\nPaulo",
    },
    'Lantern Weave Studio',
  ],
  [
    'a signature whose title is a technician and whose unit is the personnel office',
    {
      from: ['Marta Quiroga', 'mquiroga@clearbrookusd.org'],
      subject: 'Oral interview – Payroll Clerk',
      text: 'Dear Robin:\n\nYou are invited to the oral panel interview on Tuesday, May 5 at 9:00 a.m.\n\nSincerely,\n\nMarta Quiroga\nPersonnel Technician\nPersonnel Department\nClearbrook Unified School District\n(559) 555-0133',
    },
    'Clearbrook Unified School District',
  ],
  [
    'a people team that signs above the employer, sent through an ATS',
    {
      from: ['People Team', 'no-reply@teamtailor-mail.com'],
      subject: 'Interview confirmation: Field Technician',
      text: 'Dear Robin,\n\nWe are pleased to confirm your interview on Monday at 10:00.\n\nKind regards,\n\nPeople Team\nHighmesa Soil Trust',
    },
    'Highmesa Soil Trust',
  ],
  [
    'a team that signs with its employer beside it on one line, through an ATS that names no tenant',
    {
      from: ['Talent Acquisition', 'ostrowgear@taleo.net'],
      subject: 'Req 31-2207 Tooling Engineer - Offer Available',
      text: 'Robin,\n\nAn offer is now available for your review in the candidate portal.\n\nRegards,\nTalent Acquisition | Ostrow Gearworks',
    },
    'Ostrow Gearworks',
  ],
  [
    'a commission that recruits for the employer and signs on its behalf',
    {
      from: ['Amara Whitfield', 'amara.whitfield@civilservice-north.ca'],
      subject: 'Conditional offer - Archivist',
      text: 'Dear Robin,\n\nFollowing your panel interview, I am pleased to make you a conditional offer for the Archivist position.\n\nWarmly,\n\nAmara Whitfield\nStaffing Consultant\nCivil Service Agency, on behalf of Northern Lakes Heritage Museum',
    },
    'Northern Lakes Heritage Museum',
  ],
  [
    'a sender that shortens the state to its initials, the prose writing it in full',
    {
      from: ['OSC Office of Water Planning – Human Resources', 'hr@oscowp.org'],
      subject: 'Interview notice – Hydrologist',
      text: 'Dear Robin,\n\nWe write regarding your interview with the Old States Commonwealth Office of Water Planning on Monday, June 8.\n\nSincerely,\n\nHuman Resources\nOld States Commonwealth Office of Water Planning',
    },
    'Old States Commonwealth Office of Water Planning',
  ],
  [
    "a German limited partnership whose form is 'GmbH & Co. KG'",
    {
      from: ['Jonas Keller', 'j.keller@feldhaus-dach.de'],
      subject: 'Bauleiter Dachbau – next steps',
      text: 'Hello Robin,\n\nthank you for your application at Feldhaus Dachbau. We would like to invite you to an interview at our office.\n\nBest regards\nJonas Keller\nHR\nFeldhaus Dachbau GmbH & Co. KG',
    },
    'Feldhaus Dachbau',
  ],
  [
    "a domain that adds a place after a hyphen to the employer's initials",
    {
      from: ['Carmen Ibarra', 'cibarra@mcusd-az.org'],
      subject: 'Counselor - Student Services interview',
      text: 'Hi Robin,\n\nThank you for your interest in our Counselor opening with Student Services! Your interview is on Thursday at 3:30 PM.\n\nCarmen Ibarra\nHuman Resources Technician\nMesa Creek Unified School District',
    },
    'Mesa Creek Unified School District',
  ],
  [
    "a subsidiary's country on the signature after the name its domain spells",
    {
      from: ['Mio Sakamoto', 'mio.sakamoto@hanagiri.com.au'],
      subject: 'Second interview – Visual Merchandiser',
      text: 'Dear Robin,\n\nWe are happy to invite you to a second interview next week at our flagship store.\n\nBest regards,\nMio Sakamoto\nRecruitment Lead\nHanagiri Australia',
    },
    'Hanagiri',
  ],
  [
    "a school district's number after its name",
    {
      from: ['Dana Pruitt', 'dpruitt@oakfordsd118.org'],
      subject: 'Custodian interview',
      text: 'Hi Robin,\n\nWe would love to have you in for an interview on Monday at 2 p.m.\n\nDana Pruitt\nHR Coordinator\nOakford School District 118\n(630) 555-0190',
    },
    'Oakford School District 118',
  ],
  [
    "a '& Co.' the mail writes with its stop",
    {
      from: ['Ines Barros', 'ines@saltmeadowandco.com'],
      subject: 'Next steps',
      text: 'Hi Robin,\n\nI loved our conversation. Could you meet my co-founder next week?\n\nInes Barros\nFounder, Saltmeadow & Co.',
    },
    'Saltmeadow & Co.',
  ],
  [
    "a firm's recruiting unit as the sender, its street address under the firm's name",
    {
      from: ['Trainee & Associate Recruitment', 'recruitment@okoyebrandt.com.sg'],
      subject: 'Associate (Banking & Finance)',
      text: 'Dear Robin,\n\nThe partners of our Banking Group would be pleased to meet you for an initial discussion at our offices.\n\nYours sincerely,\n\nPriya Raman\nLegal Recruitment Manager\nOkoye Brandt LLP\nEight Marina View, Asia Square Tower, #30-02, Singapore 018960',
    },
    'Okoye Brandt',
  ],
  [
    'a school district writing from a US locality domain, its technician under the personnel office',
    {
      from: ['Lorna Baptiste', 'lbaptiste@wcusd.k12.ca.us'],
      subject: 'Oral panel interview – Account Clerk',
      text: 'Dear Robin:\n\nThis message confirms your oral panel interview on Wednesday, April 15, 2026 at 10:30 a.m.\n\nSincerely,\n\nLorna Baptiste\nPersonnel Technician\nWillow Creek Unified School District',
    },
    'Willow Creek Unified School District',
  ],
  [
    "a foreman's title on the line under his name, above the contractor's",
    {
      from: ['Wes Okafor', 'wokafor@bramblegateelectric.com'],
      subject: 'RE: Estimator opening',
      text: 'Hi Robin,\n\nGood meeting you at the yard. We went another way this time, but keep in touch.\n\nWes Okafor\nGeneral Foreman\nBramblegate Electric, Inc.\n(402) 555-0117',
    },
    'Bramblegate Electric',
  ],
  [
    "a lower-case agency subject that ends with the employer, its title first",
    {
      from: ['marta vos', 'marta@crewline-staffing.com'],
      subject: 're: project superintendent - tallow creek builders',
      text: "hey robin, you're booked for friday 9am at the tallow creek builders office on 5th. ask for dave.\n\nmarta",
    },
    'Tallow Creek Builders',
  ],
  [
    'a charity letterhead with its registration on the same line',
    {
      from: ['Ivy Lund', 'ivy.lund@lever-mail.io'],
      subject: 'Interview invitation – Grants Officer',
      text: 'Dear Robin,\n\nWe would like to invite you to a video interview next Tuesday.\n\nBest wishes,\nIvy Lund\nPeople Coordinator\nHollowmere Foundation | Registered charity no. 2201874',
    },
    'Hollowmere Foundation',
  ],
  [
    "a professor's signature under her full title, the university below her department",
    {
      from: ['Agnes Whitcombe', 'a.whitcombe@eastmarch.ac.uk'],
      subject: 'Interview – Research Fellow',
      text: 'Dear Robin,\n\nThank you for applying to Eastmarch. The panel would like to meet you on 3 June at 11am.\n\nKind regards,\nAgnes\n\nProfessor Agnes Whitcombe\nHead of School, Earth & Ocean Sciences\nEastmarch University',
    },
    'Eastmarch University',
  ],
  [
    "a founder who signs with her first name and her title beside the studio",
    {
      from: ['Ottilie Brandt', 'ottilie@hearthandhide.co'],
      subject: 'Leather Goods Maker – trial day',
      text: "Robin,\n\nCome in Thursday at 9 for a trial day at the workshop.\n\nOttilie\nFounder, Hearth & Hide",
    },
    'Hearth & Hide',
  ],
  [
    'a landlord prose calls by its first words, written once in full with what it is',
    {
      from: ['Nadia Sorel', 'nadia@sorelplacements.com'],
      subject: 'Leasing Manager interview',
      text: 'Hi Robin,\n\nWillowbrook is keen to meet you on Tuesday at 4pm, at the Willowbrook Realty office on Main Street. Willowbrook wants to move quickly.\n\nNadia',
    },
    'Willowbrook Realty',
  ],
  [
    "a resort's place after the name its domain spells",
    {
      from: ['Ken Tan', 'ken.tan@coralreachhotels.com.sg'],
      subject: 'Front Office Manager',
      text: 'Hi Robin,\n\nThanks for coming in on Monday. We will revert by Friday.\n\nRegards\nKen Tan\nDirector of Rooms\nCoral Reach Hotels Changi',
    },
    'Coral Reach Hotels',
  ],
  [
    "a search firm relaying its client's news, the client in the subject's middle part",
    {
      from: ['Pia Lorne', 'plorne@ashgrovesearch.com'],
      subject: 'Head of Science - Marlowe Grammar School - update',
      text: 'Hi Robin,\n\nGood news from Marlowe Grammar School - the head and two governors would like a second conversation. Marlowe Grammar School is extending the shortlist to three.\n\nPia Lorne\nSenior Consultant, Schools Practice\nAshgrove Search Partners',
    },
    'Marlowe Grammar School',
  ],
  [
    "a state's careers portal sending for the department that hires, which signs its own HR",
    {
      from: ['State of Nebraska Careers', 'stateofnebraska@myworkday.com'],
      subject: 'Interview Invitation: Bridge Inspector I',
      text: 'Dear Robin,\n\nYou have been selected to interview for Bridge Inspector I with the Nebraska Department of Roads.\n\nPlease pick a time in Workday within 3 business days.\n\nNebraska Department of Roads - Human Resources',
    },
    'Nebraska Department of Roads',
  ],
  [
    "a state department beside its specialist's title, under an agenda whose last line names her",
    {
      from: ['Mara Lindgren', 'mara.lindgren@state.ia.us'],
      subject: 'Re: Hydrologist panel',
      text: 'Robin,\n\nHere is the day:\n 9:00  Panel - Omar Feld (Chief Hydrologist)\n 11:00  HR close-out - Mara Lindgren\n\nMara Lindgren\nHR Specialist, Iowa Department of Natural Resources',
    },
    'Iowa Department of Natural Resources',
  ],
  [
    'a one-line sign-off of name, title and employer between commas',
    {
      from: ['Tess Aldana', 'tess.aldana@state.nm.us'],
      subject: 'Re: Biologist II interview',
      text: 'Robin - Biologist II panel, Monday 10am or Wednesday 2pm. Pick one.\nTess Aldana, Recruiter, New Mexico Game and Fish',
    },
    'New Mexico Game and Fish',
  ],
  [
    "a department that signs with its place and its HR unit, its sender name leaving the place out",
    {
      from: ['Department of Labor HR – Selection', 'selection@westmarchlabor.gov'],
      subject: 'Final Interview – Wage Claims Investigator',
      text: 'Dear Robin,\n\nYou are invited to a final interview on Monday, March 2 at 9:00 AM.\n\nWestmarch Department of Labor | Human Resources – Selection',
    },
    'Westmarch Department of Labor',
  ],
  [
    "a lower-case subject's employer before the mail's business, prose writing it in brackets",
    {
      from: ['dev okonkwo', 'dev@northpass-search.com'],
      subject: 'fenwick optics interview - new date',
      text: "hi robin,\n\nheads up, the client (fenwick optics, the lens people) moved your interview to tuesday 11am. let me know the new date works.\n\ndev",
    },
    'Fenwick Optics',
  ],
  [
    "an agency consultant's practice beside the title, the agency on its own line, the client in the subject",
    {
      from: ['Cora Blakely', 'cora.b@tidewaterhealthrecruitment.com.au'],
      subject: 'Larkspur Diagnostics - Quality Manager - interview',
      text: 'Hi Robin,\n\nLarkspur would like to meet you on Tuesday at 10am at their Ryde office.\n\nCora Blakely\nSenior Consultant - Medical Devices\nTidewater Health Recruitment\n0413 555 210',
    },
    'Larkspur Diagnostics',
  ],
  [
    'a public body whose name opens with a word mail also opens sentences with, through an ATS',
    {
      from: ['Great Basin Water Authority', 'careers@gbwa.icims.com'],
      subject: 'Interview invitation – Hydrologist II',
      text: 'Dear Robin,\n\nThank you for applying to Great Basin Water Authority. We would like to invite you to a panel interview on Thursday, May 7 at 10:00 AM.\n\nGreat Basin Water Authority is an equal opportunity employer.',
    },
    'Great Basin Water Authority',
  ],
  [
    'a terse note whose good news and employer both open with "Good"',
    {
      from: ['Fred Amsel', 'fred@goodharbourmarine.com'],
      subject: 'next step',
      text: 'Robin - good news. Next step is a chat with Good Harbour Marine Supply on Friday 2pm, at the yard.\n\nFred',
    },
    'Good Harbour Marine Supply',
  ],
  [
    'a greeting line that opens with "Good" is no employer',
    {
      from: ['Asha Rao', 'asha.rao@gmail.com'],
      subject: 'Interview Friday',
      text: 'Good Morning Everyone Here,\n\nyour interview at Kestrel Works is on Friday at 10.\n\nAsha Rao',
    },
    'Kestrel Works',
  ],
  [
    'a company that writes its "AG" in its sentences and everywhere else is still named without it',
    {
      from: ['Lena Vogt', 'lena.vogt@bergwerk-analytik.ch'],
      subject: 'Einladung / Invitation – Data Engineer',
      text: 'Dear Robin,\n\nThank you for your application to Bergwerk Analytik AG. We are pleased to invite you for a first interview on Monday, 9 March at 14:00.\n\nBest regards\nLena Vogt\nHR Business Partner\nBergwerk Analytik AG | Hardstrasse 41 | 8005 Zürich',
    },
    'Bergwerk Analytik',
  ],
  [
    'a small firm that writes its "LLC" in a short note and its sign-off is named without it',
    {
      from: ['Mike Dorsey', 'mike@cedarpointroofing.com'],
      subject: 'crew lead job',
      text: 'Robin, Cedar Point Roofing LLC would like to see you Tue 9am at the yard. bring your boots.\n\nMike Dorsey\nCedar Point Roofing LLC',
    },
    'Cedar Point Roofing',
  ],
  [
    'a letterhead that alone writes "AG", the sentences naming the company without it',
    {
      from: ['Jonas Keller', 'jonas.keller@alpenfirn.ch'],
      subject: 'Interview – Underwriter',
      text: 'Dear Robin,\n\nwe are happy to inform that Alpenfirn Versicherung invites you to second interview on Wednesday at 9:30.\n\nKind regards\nJonas Keller\nAlpenfirn Versicherung AG\nBahnhofplatz 2, 3011 Bern',
    },
    'Alpenfirn Versicherung',
  ],
  [
    'a "GmbH" written in a sentence and in the letterhead is still the letterhead\'s',
    {
      from: ['Petra Lind', 'p.lind@lindtal-maschinenbau.de'],
      subject: 'Your interview – Service Technician',
      text: 'Dear Robin,\n\nthank you for applying to Lindtal Maschinenbau GmbH, we would like to meet you on 12 March at 10:00.\n\nPetra Lind\nLindtal Maschinenbau GmbH\nIndustriestraße 3, 88212 Ravensburg',
    },
    'Lindtal Maschinenbau',
  ],
  [
    'a founder whose domain shortens "Therapeutics" to "tx", the city under the signature',
    {
      from: ['Mara Quill', 'mara@brightmoortx.com'],
      subject: 'quick chat?',
      text: "Hi Robin,\n\nI'm the CEO of Brightmoor Therapeutics and would love a 30 min video call next week.\n\nMara Quill\nFounder & CEO | Brightmoor Therapeutics\nBoston, MA",
    },
    'Brightmoor Therapeutics',
  ],
  [
    'a plant whose domain shortens "Manufacturing" to "mfg", its name only in the letterhead',
    {
      from: ['Dale Orr', 'd.orr@kettlerunmfg.com'],
      subject: 'Interview - Maintenance Tech',
      text: 'Robin,\n\nCan you come in Thursday at 7am for an interview with the shift supervisor? Bring steel toes.\n\nDale Orr\nPlant HR\nKettle Run Manufacturing\n(555) 201-3344',
    },
    'Kettle Run Manufacturing',
  ],
  [
    'a lower-case note from a domain that shortens "International" to "intl"',
    {
      from: ['sara lind', 'sara@oakhavenintl.org'],
      subject: 'program officer interview',
      text: 'hi robin, we would like to invite you to an interview on monday 3pm.\n\nsara lind\nprogram director, oakhaven international',
    },
    'Oakhaven International',
  ],
  [
    "a person's calendar notice sent through a calendar service names no employer by its sender",
    {
      from: ['Ines Marlow (via Google Calendar)', 'calendar-notification@google.com'],
      subject: 'Updated invitation: Interview @ Tue 10am',
      text: 'This event has been updated.\n\nInterview\nWhen\nTuesday 10am - 11am\n\nInvitation from Google Calendar',
    },
    null,
  ],
  [
    'a title, its unit and the employer on one line of the signature, the domain telling them apart',
    {
      from: ['Ada Brenner', 'ada.brenner@kestrelridgecu.org'],
      subject: 'Second interview',
      text: 'Dear Robin,\n\nWe would like to invite you to a second interview on Monday at 10:00.\n\nAda Brenner\nDirector, Retail Banking, Kestrel Ridge Credit Union',
    },
    'Kestrel Ridge Credit Union',
  ],
  [
    "a nurse manager's ward between her title and the hospital",
    {
      from: ['Joy Okafor', 'jokafor@larchmontgeneral.org'],
      subject: 'RN interview',
      text: 'Hi Robin, can you do Thursday 2pm on the unit? Bring your license.\n\nJoy Okafor\nNurse Manager, Cardiac Step-Down, Larchmont General Hospital',
    },
    'Larchmont General Hospital',
  ],
  [
    'a terse lead who signs title, team and company on one line',
    {
      from: ['Ravi Sen', 'ravi@orvanelogistics.com'],
      subject: 'tech round',
      text: 'Robin - tech round fixed for Wed 4pm IST. pls join on time.\n\nRavi Sen\nTeam Lead, Data Platform, Orvane Logistics',
    },
    'Orvane Logistics',
  ],
  [
    "a headhunter's client, a public body written with its article",
    {
      from: ['Hal Prentice', 'hal@statehousesearch.com'],
      subject: 'Interview confirmation',
      text: 'Dear Ms. Achterberg,\n\nI write to confirm your interview with our client, the Bureau of Coastal Planning, on Monday at 9:00 a.m.\n\nYours sincerely,\nHal Prentice\nStatehouse Search',
    },
    'Bureau of Coastal Planning',
  ],
  [
    'a retained search consultant naming the company that retained her',
    {
      from: ['Gwen Albright', 'gwen@albrightexec.com'],
      subject: 'CFO search',
      text: 'Dear Robin,\n\nI am retained by Marsh Lantern Foods to find their next CFO. Would you be open to a confidential conversation this week?\n\nGwen Albright',
    },
    'Marsh Lantern Foods',
  ],
  [
    'a lower-case recruiter note, "the" before the client',
    {
      from: ['tom reyes', 'tom@bluepeakstaffing.com'],
      subject: 'interview tues',
      text: 'hi robin, my client the Harlow Valley Water District wants to meet you tues 10am. ok?\n\ntom',
    },
    'Harlow Valley Water District',
  ],
  [
    "a French employer's recruiting team as the sender, through an ATS",
    {
      from: ['Ville de Montclair – Recrutement', 'no-reply@eu.greenhouse-mail.io'],
      subject: 'Entretien – Chargé de projet',
      text: 'Bonjour Robin,\n\nNous vous invitons à un entretien le mardi 4 mars à 10h00.\n\nCordialement',
    },
    'Ville de Montclair',
  ],
  [
    'a Spanish department named before its hospital in the sender',
    {
      from: ['Recursos Humanos - Hospital San Telmo', 'rrhh@hsantelmo.es'],
      subject: 'Entrevista enfermera',
      text: 'Estimada Robin,\n\nle confirmamos la entrevista el jueves a las 9:00.\n\nSaludos',
    },
    'Hospital San Telmo',
  ],
  [
    'an Italian bank whose HR writes under a bar',
    {
      from: ['Banca Orsini | Risorse Umane', 'selezione@bancaorsini.it'],
      subject: 'Colloquio',
      text: 'Gentile Robin,\n\nla invitiamo a un colloquio venerdì alle 11.\n\nCordiali saluti',
    },
    'Banca Orsini',
  ],
  [
    "a founder's studio named for her, its legal form only in the letterhead",
    {
      from: ['Maya Okonjo', 'maya@okonjodesign.co.uk'],
      subject: 'portfolio chat',
      text: 'Hi Robin,\n\ncan you come by the studio on Tuesday at 3pm to show me some work?\n\nMaya\n\nMaya Okonjo\nFounder\nOkonjo Design Ltd',
    },
    'Okonjo Design',
  ],
  [
    "a partner's practice named for him, signed formally",
    {
      from: ['Henrik Dahl', 'henrik.dahl@dahlarchitecture.co.uk'],
      subject: 'Interview – Project Architect',
      text: 'Dear Robin,\n\nThank you for your application. We would be pleased to meet you on Friday 6 March at 10:00 at our office.\n\nYours sincerely,\nHenrik Dahl\nManaging Partner\nDahl Architecture Ltd',
    },
    'Dahl Architecture',
  ],
  [
    "an owner writing in a second language, his shop named for his family",
    {
      from: ['Pietro Russo', 'pietro@russopasticceria.com'],
      subject: 'trial day',
      text: 'Hello Robin,\n\nthank you for your CV, we like to invite you for trial day in the bakery on saturday 7am.\n\nGreetings,\nPietro Russo\nOwner\nRusso Pasticceria Ltd',
    },
    'Russo Pasticceria',
  ],
  [
    'a lower-case shop whose domain spells its "&" out, signed by title and name',
    {
      from: ['Tomas Reyes', 'tomas@brambleandoak.com.au'],
      subject: 'assistant manager',
      text: 'hey robin\n\ncan u drop by the shop thurs around 11 for a quick chat? bring nothing, just you.\n\ntomas\nowner, bramble & oak pty ltd\n9 smith st, fitzroy',
    },
    'Bramble & Oak',
  ],
  [
    'a formal café group whose domain writes "and" for its ampersand',
    {
      from: ['Wen Hui Lim', 'wenhui@saltandember.sg'],
      subject: 'Interview invitation',
      text: 'Dear Robin,\n\nThank you for your interest in the Outlet Supervisor opening. We would like to invite you to an interview on Monday, 9 November at 3:00 pm at our Tiong Bahru outlet.\n\nYours sincerely,\nWen Hui Lim\nPeople Lead, Salt & Ember Pte Ltd',
    },
    'Salt & Ember',
  ],
  [
    'a second-language note signed under a lower-case partners firm',
    {
      from: ['Goran Petrovic', 'goran@petrovicandsons.de'],
      subject: 'your application',
      text: 'Hello Robin,\n\nwe have read your application with interest and want to meet you on wednesday in our workshop, 14 hours is possible?\n\ngreetings\ngoran petrovic\nmaster carpenter | petrovic & sons',
    },
    'Petrovic & Sons',
  ],
  [
    'a founder who calls the company by its first word, the domain and signature running on',
    {
      from: ['Lars Brennan', 'lars@cobaltharbourmarine.com'],
      subject: 'cobalt – deckhand chat',
      text: 'hi robin, cobalt here. want to come down to the yard friday 8am to meet the crew? short one.\n\nlars\ncobalt harbour marine | skipper',
    },
    'Cobalt Harbour Marine',
  ],
  [
    'a formal offer that says the short name, the signature the whole one the domain spells',
    {
      from: ['Aditi Rao', 'aditi.rao@veltrabio.com'],
      subject: 'Veltra – offer of employment',
      text: 'Dear Robin,\n\nOn behalf of Veltra, I am delighted to offer you the role of Research Associate. The letter is attached.\n\nWarm regards,\nAditi Rao\nHead of People\nVeltra Biosciences\n22 Harbour Road, Cambridge',
    },
    'Veltra Biosciences',
  ],
  [
    'a hyphened domain whose part after the hyphen is a unit, not more of the name',
    {
      from: ['Marisol Ortega', 'exams@lakemontcounty-hr.gov'],
      subject: 'Oral board notice – Lakemont County',
      text: 'Dear Robin,\n\nYou are invited to the oral board for the Planner II classification on January 12 at the Lakemont County Administration Building.\n\nSincerely,\nExamination Unit\nLakemont County Human Resources Department',
    },
    'Lakemont County',
  ],
  [
    'an ATS offer signed under a firm of partners and their trade, registered form after it',
    {
      from: ['Rohit Menon', 'no-reply@hire.lever.co'],
      subject: 'Your offer – Site Engineer',
      text: 'Hi Robin,\n\nWe are pleased to extend you an offer for the Site Engineer position at our Kochi project.\n\nRegards,\nRohit Menon\nHead – Talent Acquisition\nMalabar Homes & Developers Pvt. Ltd.\nSent via Lever',
    },
    'Malabar Homes & Developers',
  ],
  [
    'a terse note from a practice named for its founder and associates',
    {
      from: ['Dana Whitlock', 'dana@whitlockassoc.com'],
      subject: 'chat tomorrow?',
      text: 'Robin - 10am tomorrow work for a call? 30 min.\n\nDana Whitlock\nPrincipal\nWhitlock & Associates',
    },
    'Whitlock & Associates',
  ],
  [
    'a second-language invitation from a firm of surveyors and planners',
    {
      from: ['Kemal Aydin', 'k.aydin@aydinvaluers.com.tr'],
      subject: 'Interview for Junior Valuer',
      text: 'Dear Robin,\n\nwe are happy to invite you to interview in our office at Tuesday, 10:30. Please bring your diploma.\n\nBest regards\nKemal Aydin\nHR Specialist\nAydin Surveyors & Planners',
    },
    'Aydin Surveyors & Planners',
  ],
  [
    'an ATS notice from a team named in French, which names no employer',
    {
      from: ['Recrutement', 'no-reply@smartrecruiters.com'],
      subject: 'Votre candidature',
      text: 'Bonjour Robin,\n\nNous souhaitons vous rencontrer pour un entretien le mardi 3 mars à 10h.\n\nCordialement,\nClaire Dubois',
    },
    null,
  ],
  [
    'a terse ATS note from a team named in Spanish, which names no employer either',
    {
      from: ['Reclutamiento', 'no-reply@smartrecruiters.com'],
      subject: 'Entrevista',
      text: 'Hola Robin,\n\nte esperamos el jueves a las 11:00 para la entrevista.\n\nSaludos,\nLucía Ferrer',
    },
    null,
  ],
  [
    'a formal notice from a team named in German, the employer stated in prose',
    {
      from: ['Personalabteilung', 'no-reply@smartrecruiters.com'],
      subject: 'Ihre Bewerbung',
      text: 'Dear Robin,\n\nThank you for your application to Lindqvist Maschinenbau. We would like to invite you to an interview on 4 March at 10:00.\n\nKind regards',
    },
    'Lindqvist Maschinenbau',
  ],
  [
    'a system notice whose legal form closes one sentence before the next opens',
    {
      from: ['Quarry Lane Talent', 'noreply@myworkday.com'],
      subject: 'Application received – Yard Coordinator',
      text: 'Dear Robin,\n\nThank you for applying for Yard Coordinator.\n\nThis message was sent on behalf of Quarry Lane Haulage Inc. Please do not reply to this address.',
    },
    'Quarry Lane Haulage',
  ],
  [
    'a lower-case forwarded notice where the company and a new sentence meet at "Co."',
    {
      from: ['Juniper Mills Careers', 'noreply@myworkday.com'],
      subject: 'your application',
      text: 'hi robin,\n\nthanks for applying. we will be in touch.\n\nsent by workday on behalf of Juniper Mills & Co. Responses to this mailbox are not read.',
    },
    'Juniper Mills & Co.',
  ],
  [
    'a formal invitation from a developer whose name ends in its trade, written in prose and subject',
    {
      from: ['Neha Kulkarni', 'neha.kulkarni@gmail.com'],
      subject: 'Interview – Site Engineer | Konkan Crest Developers',
      text: 'Dear Robin,\n\nKonkan Crest Developers would like to meet you on Friday at 11 am at our Thane office.\n\nRegards,\nNeha Kulkarni',
    },
    'Konkan Crest Developers',
  ],
  [
    'a terse note from a firm of planners named for a place',
    {
      from: ['Ollie Brandt', 'ollie.brandt@outlook.com'],
      subject: 'Tuesday?',
      text: 'Robin, can you come in Tuesday 2pm? Harrow Vale Planners would like to meet you.\n\nOllie',
    },
    'Harrow Vale Planners',
  ],
  [
    'a second-language invitation from a consultancy named for its founders\' region',
    {
      from: ['Mikkel Dahl', 'mikkel.dahl@gmail.com'],
      subject: 'Invitation to interview',
      text: 'Hello Robin,\n\nwe at Nordlys Fjord Consultants are glad to invite you for interview on Monday 9:30.\n\nBest greetings\nMikkel Dahl',
    },
    'Nordlys Fjord Consultants',
  ],
  [
    'a public agency that sends as its acronym and signs with its name in full',
    {
      from: ['KWRA Talent Acquisition', 'careers@kwra.gov.example'],
      subject: 'Shortlisting notice – Hydrologist (Ref KWRA/HY/22)',
      text: 'Dear Robin,\n\nYou have been shortlisted for the panel interview on 3 March at 10:00.\n\nHuman Resource Division\nKestrel Water Resources Authority\n12 Quarry Lane',
    },
    'Kestrel Water Resources Authority',
  ],
  [
    'an offer from a state corporation named with its legal form before its acronym',
    {
      from: ['OPGC Recruitment', 'no-reply@us.greenhouse-mail.io'],
      subject: 'Offer of appointment',
      text: 'Dear Robin,\n\nWe are pleased to offer you the post of Engineer in Orissa Power Grid Corporation Ltd. (OPGC), a public sector undertaking.\n\nWith regards,\nRecruitment Team, OPGC',
    },
    'Orissa Power Grid Corporation',
  ],
  [
    'a terse note from a trust written by its initials in prose and in full in the footer',
    {
      from: ['Ines Marlow', 'ines@hvlt.org.uk'],
      subject: 'Monday',
      text: 'Robin - HVLT would like to see you Monday at 2 for the data role. Reply if that works.\n\nInes\nHolloway Vale Learning Trust',
    },
    'Holloway Vale Learning Trust',
  ],
  [
    'a sender named for the employer and its people-and-culture team',
    {
      from: ['Tasman Office of Fisheries – People and Culture', 'recruitment@fisheries.tas.example'],
      subject: 'Offer of employment',
      text: 'Dear Robin,\n\nI am pleased to offer you employment in the role of Policy Analyst.\n\nYours sincerely,\n\nMarta Kovacs\nDirector, Policy\nTasman Office of Fisheries\n\nThe Tasmanian Government is committed to diversity.',
    },
    'Tasman Office of Fisheries',
  ],
  [
    'a recruiter of a resort who signs with her talent-and-culture team beside the employer',
    {
      from: ['Lucía Vargas', 'no-reply@hire.lever.co'],
      subject: 'Sales Manager - next steps',
      text: 'Hi Robin,\n\nThe team has decided to move forward with another candidate.\n\nLucía Vargas\nTalent & Culture | Bahía Serena Lodges\nLiberia, Costa Rica',
    },
    'Bahía Serena Lodges',
  ],
  [
    'a hospital whose team signs as people & culture over the hospital\'s name',
    {
      from: ['Aroha Hale', 'aroha.hale@gmail.com'],
      subject: 'Interview on Thursday',
      text: 'Kia ora Robin,\n\nCould you come in on Thursday at 9:30 for a panel interview?\n\nNgā mihi,\nPeople & Culture\nWhanganui Bay Hospital',
    },
    'Whanganui Bay Hospital',
  ],
  [
    'a farm\'s recruiter who signs with her title beside the employer and her city beneath',
    {
      from: ['Mei Tan', 'no-reply@hire.lever.co'],
      subject: 'Panel interview',
      text: 'Hi Robin,\n\nThe panel would like to meet you on Monday at 3 PM.\n\nWarmly,\nMei Tan\nTalent Partner, Greenreach Vertical Farms\nSingapore',
    },
    'Greenreach Vertical Farms',
  ],
  [
    'an engineering firm\'s manager who signs his title beside the firm and his country under it',
    {
      from: ['Jonas Berg', 'jonas.berg@gmail.com'],
      subject: 'Second interview',
      text: 'Hello Robin,\n\nWould Tuesday at 11 work for a second conversation?\n\nJonas Berg\nEngineering Manager, Fjellheim Turbines\nNorway',
    },
    'Fjellheim Turbines',
  ],
  [
    'a clinic\'s coordinator who signs with her team, the clinic and her city on lines of their own',
    {
      from: ['Dana Cole', 'dana.cole@outlook.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nWe would love to meet you Friday at 10.\n\nDana Cole\nPractice Coordinator, Riverbend Family Clinic\nToronto',
    },
    'Riverbend Family Clinic',
  ],
  [
    'a law practice that writes through an ATS whose links name it',
    {
      from: ['Marlowe Lane Solicitors', 'noreply@smartrecruiters.com'],
      subject: 'Your meeting with Marlowe Lane Solicitors',
      text: 'Dear Robin,\n\nThank you for your application for the Associate position at Marlowe Lane Solicitors. Please confirm your slot: https://jobs.smartrecruiters.com/MarloweLaneSolicitors/manage/77ab\n\nMarlowe Lane Solicitors',
    },
    'Marlowe Lane Solicitors',
  ],
  [
    'an architects\' studio whose booking link is its own ATS tenant',
    {
      from: ['Ines Ruiz', 'no-reply@mail.teamtailor.com'],
      subject: 'Studio visit',
      text: 'Hola Robin,\n\nWe would like to invite you to a studio visit on Thursday at 10. Book here: https://ruizkeane.teamtailor.com/meetings/9981\n\nInes Ruiz\nRuiz Keane Architects',
    },
    'Ruiz Keane Architects',
  ],
  [
    'a firm of surveyors whose ATS page is named for it with a hyphen',
    {
      from: ['Hiring Team', 'noreply@workablemail.com'],
      subject: 'Interview',
      text: 'Hi Robin,\n\nPlease choose a time for your interview: https://apply.workable.com/brakefield-surveyors/j/9F2A\n\nThanks,\nBrakefield Surveyors',
    },
    'Brakefield Surveyors',
  ],
  [
    'a state department whose footer names the government over it',
    {
      from: ['Hana Lowe', 'hana.lowe@housing.example'],
      subject: 'Interview invitation',
      text: 'Dear Robin,\n\nI would like to invite you to an interview on Tuesday at 10:00.\n\nKind regards,\n\nHana Lowe\nManager, Tenancy Services\nQueensland Department of Housing\n\nThe Queensland Government is committed to a diverse workforce.',
    },
    'Queensland Department of Housing',
  ],
  [
    'a provincial ministry whose notice says the government is an equal-opportunity employer',
    {
      from: ['Recruitment', 'jobs@mto.example'],
      subject: 'Panel interview',
      text: 'Dear Robin,\n\nYou are invited to a panel interview on 4 June at 14:00.\n\nRecruitment Services\nOntario Ministry of Transportation\n\nThe Ontario Government is an equal opportunity employer.',
    },
    'Ontario Ministry of Transportation',
  ],
  [
    'a state water authority whose letter names the state government too',
    {
      from: ['KWA Recruitment Cell', 'recruit@kwa.example'],
      subject: 'Interview call letter',
      text: 'Dear Robin,\n\nYou are called for interview on 12 August at 11 AM.\n\nThe Kerala State Government is committed to fair selection.\n\nSecretary\nKerala Water Authority',
    },
    'Kerala Water Authority',
  ],
  [
    'an excited recruiter who shouts the word after the client\'s full name',
    {
      from: ['Jess Amari', 'jess@brightpathtalent.ca'],
      subject: 'Harrowgate - Ops Lead interview!',
      text: 'Hey Robin!!\n\nGood news: Harrowgate Logistics ADORED your portfolio and wants to meet Tuesday at 10.\n\nJess',
    },
    'Harrowgate Logistics',
  ],
  [
    'a lower-case agency note that names its client in full only in prose',
    {
      from: ['sam keller', 'sam@tidewaysearch.com.au'],
      subject: 'tallis bay - nurse unit manager interview',
      text: 'hi robin,\n\nmy client tallis bay hospitals would like to meet you on friday at 2pm.\n\ncheers,\nsam',
    },
    'Tallis Bay Hospitals',
  ],
  [
    'a lower-case founder whose subject names the company by its first word',
    {
      from: ['Mira Okafor', 'mira.okafor@gmail.com'],
      subject: 'ferncliff - data analyst chat',
      text: 'hey robin, ferncliff analytics would love to chat thursday at 3 if that works?\n\nmira',
    },
    'Ferncliff Analytics',
  ],
  [
    'a health collective whose domain spells only its first words',
    {
      from: ['Aoife Byrne', 'aoife.byrne@riversidehealth.org'],
      subject: 'Community Health Worker - interview',
      text: 'Dear Robin,\n\nWe would be glad to meet you on Wednesday at 11 at the Riverside Health Collective.\n\nWarm regards,\n\nAoife Byrne\nProgramme Lead\nRiverside Health Collective',
    },
    'Riverside Health Collective',
  ],
  [
    'a media fund that signs under its director',
    {
      from: ['Tomas Reyes', 'tomas@civicmedia.org'],
      subject: 'Grants Officer',
      text: 'Hi Robin,\n\nCould you join us for a conversation on Friday at 2pm?\n\nTomas Reyes\nExecutive Director\nCivic Media Fund',
    },
    'Civic Media Fund',
  ],
  [
    'a partnership of schools that signs from the schools\' domain',
    {
      from: ['Gwen Hollis', 'g.hollis@northernschools.org.uk'],
      subject: 'Interview - Data Manager',
      text: 'Dear Robin,\n\nThank you for your application. We would like to invite you to interview on 5 May at 9:30.\n\nGwen Hollis\nHR Officer\nNorthern Schools Partnership',
    },
    'Northern Schools Partnership',
  ],
  [
    'an association said after "the" in prose and signed with its registered form',
    {
      from: ['Lena Vogt', 'l.vogt@lindenblatt.org'],
      subject: 'Project Coordinator - offer',
      text: 'Dear Robin,\n\nI am delighted to offer you the position of Project Coordinator at the Lindenblatt Initiative.\n\nBest wishes,\n\nLena Vogt\nManaging Director\nLindenblatt Initiative e.V.',
    },
    'Lindenblatt Initiative',
  ],
  [
    'a partnership said after "the" in prose and signed as an LLP',
    {
      from: ['Owen Price', 'owen.price@kestrelpartnership.co.uk'],
      subject: 'Trainee Solicitor interview',
      text: 'Dear Robin,\n\nThank you for your interest in training with the Kestrel Partnership. Could you attend an interview on 2 June at 10:00?\n\nOwen Price\nGraduate Recruitment Manager\nKestrel Partnership LLP',
    },
    'Kestrel Partnership',
  ],
  [
    'a guild of makers said after "the" and signed with "Co."',
    {
      from: ['Ada Quill', 'ada@harrowguild.com'],
      subject: 'Workshop Assistant',
      text: 'Hi Robin,\n\nWe would love you to come and meet the rest of the Harrow Guild on Saturday at 11.\n\nAda Quill\nFounder\nHarrow Guild Co.',
    },
    'Harrow Guild',
  ],
  [
    'a regional arm said with its region in prose, its letterhead\'s form dropping it',
    {
      from: ['Tidewater Shipping Europe Recruitment', 'tidewater@taleo.net'],
      subject: 'Application update',
      text: 'Dear Robin,\n\nWe thank you for your interest in Tidewater Shipping Europe and regret that we will not proceed.\n\nTalent Acquisition\nTidewater Shipping Europe B.V.',
    },
    'Tidewater Shipping Europe',
  ],
  [
    'a firm\'s Asian arm named so by the recruiter\'s sentence and its letterhead',
    {
      from: ['Wei Ling Goh', 'weiling.goh@haldenfoods.com'],
      subject: 'Panel interview',
      text: 'Dear Robin,\n\nThe panel at Halden Foods Asia would like to meet you on Monday at 10:00.\n\nWei Ling Goh\nTalent Partner\nHalden Foods Asia Pte. Ltd.',
    },
    'Halden Foods Asia',
  ],
  [
    'a subsidiary whose prose quotes only its registered name with the country',
    {
      from: ['Corran Systems Recruitment', 'corran-recruiting@icims.com'],
      subject: 'Offer of Employment',
      text: 'Dear Robin,\n\nWe are delighted to offer you the position of Planner with Corran Systems UK Limited, based in Leeds.\n\nCorran Systems UK Limited',
    },
    'Corran Systems',
  ],
  [
    'a lower-case recruiter who signs her team beside the hospital and its city',
    {
      from: ['kavya rao', 'kavya.rao@nilgirihealth.in'],
      subject: 're: front office executive',
      text: 'hi robin,\n\ncan you come in on monday at 11 for the interview?\n\nregards,\nkavya rao\ntalent acquisition, nilgiri valley hospital, ooty',
    },
    'Nilgiri Valley Hospital',
  ],
  [
    'a lower-case designer who signs her team and studio on her own line',
    {
      from: ['Ola Brandt (via Lever)', 'no-reply@hire.lever.co'],
      subject: 'thanks for coming in',
      text: 'hi robin,\n\nthanks for coming in today, we will be in touch by friday.\n\nola brandt | people & talent, saltgrass studio',
    },
    'Saltgrass Studio',
  ],
  [
    'a lower-case manager who signs with the firm on the line under her title',
    {
      from: ['ines duarte', 'ines@gmail.com'],
      subject: 'second chat',
      text: 'hey robin, would thursday at 4 work for a second chat?\n\nines duarte\noperations manager\ncorvo bay roasters',
    },
    'Corvo Bay Roasters',
  ],
  [
    'a lower-case agency recruiter whose practice stands beside the title and whose agency names its city',
    {
      from: ['leo marsh', 'leo@marshtalent.mx'],
      subject: 'tierra alta - site lead role',
      text: 'hi robin,\n\nquick debrief from tierra alta: they liked you and will decide next week.\n\nleo marsh\nsenior consultant, energy & mining\nmarsh talent partners · monterrey, n.l.',
    },
    'Tierra Alta',
  ],
  [
    'a recruiter who writes her team and the studio beside her name, sent through an ATS',
    {
      from: ['Petra Lind (via Lever)', 'no-reply@hire.lever.co'],
      subject: 'Thanks for coming in',
      text: 'Hi Robin,\n\nThanks for coming in today. We will be in touch by Friday.\n\nPetra\n\nPetra Lind | People & Talent, Brightfold Studio\nSent via Lever',
    },
    'Brightfold Studio',
  ],
  [
    'an agency consultant whose practice stands beside her name over the agency\'s line',
    {
      from: ['Asha Menon', 'asha@crestwoodtalent.in'],
      subject: 'Update - Plant Quality Head',
      text: 'Dear Robin,\n\nI heard back from our client, Varadha Forgings, today: they have decided not to proceed.\n\nRegards,\nAsha\n\nAsha Menon | Principal Consultant - Manufacturing & Engineering\nCrestwood Talent Partners LLP | Pune | +91 98220 11223',
    },
    'Varadha Forgings',
  ],
  [
    'a chair\'s campus-visit plan headed by the day, forwarded without the sender\'s domain',
    {
      from: ['Howard Quint', 'howard.quint@gmail.com'],
      subject: 'Campus visit',
      text: 'Dr. Achterberg,\n\nItinerary for Tuesday, March 3:\n\n9:00  Breakfast with the search committee\n10:30  Teaching demonstration\n\nHoward Quint\nChair, Department of History, Lakehurst State University',
    },
    'Lakehurst State University',
  ],
  [
    'an agenda headed for the day above a hospital\'s sign-off',
    {
      from: ['Mara Selby', 'mara.selby@outlook.com'],
      subject: 'Your visit',
      text: 'Hi Robin,\n\nAgenda for Friday, 12 June:\n\n10:00  Ward tour\n11:00  Panel interview\n\nMara Selby\nNurse Manager, Fenland General Hospital',
    },
    'Fenland General Hospital',
  ],
  [
    'a terse itinerary line before a studio\'s sign-off',
    {
      from: ['Kit Osei', 'kit.osei@gmail.com'],
      subject: 'tomorrow',
      text: 'Robin -\n\nItinerary For Wednesday:\n2pm portfolio review, 3pm team chat.\n\nKit Osei\nCreative Director, Paperlight Studio',
    },
    'Paperlight Studio',
  ],
];

describe('the hiring company across senders and voices', () => {
  it.each(PROBES)('%s', (_name, probe, company) => {
    expect(companyOf(probe)).toBe(company);
  });
});
