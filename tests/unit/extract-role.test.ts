import { describe, expect, it } from 'vitest';
import { extractRole as extractRoleOneByte, notOfTheTitle } from '../../src/core/analyze/extract-role';
import { fromOneByte, mailAsOneByte } from '../../src/core/one-byte';

/** extractRole on text as the engine reads it (src/core/one-byte.ts), its answer as the mail writes it. */
function extractRole(subject: string, bodies: string[], excluded: (title: string) => boolean): string | null {
  const role = extractRoleOneByte(mailAsOneByte(subject), bodies.map(mailAsOneByte), excluded);
  return role === null ? null : fromOneByte(role);
}

const none = () => false;

describe('the role a thread names', () => {
  it('never reads a salutation\'s title as the post', () => {
    expect(extractRole('Callback visit', ['Dear Professor Eze,\n\nWe invite you to visit as part of our search.', 'Dear Professor Eze,\n\nThank you for confirming Tuesday.'], none)).toBeNull();
    expect(extractRole('Your interview', ['Dear Hiring Manager,\n\nThank you for the invitation.', 'Dear Hiring Manager,\n\nI confirm Tuesday.'], none)).toBeNull();
    expect(extractRole('Callback visit', ['Dear Professor Eze,\n\nWe invite you to interview for the Assistant Professor of Law position.'], none)).toBe('Assistant Professor of Law');
  });

  it('drops a qualifier only the subject adds while the prose names the title bare', () => {
    expect(extractRole('Catching up tomorrow - Service Manager, Alexandria', ['That includes the Service Manager role at Alexandria.'], none)).toBe('Service Manager');
  });

  it('keeps a subject qualifier the prose confirms, in its words or as the team', () => {
    expect(extractRole('Interview – Paralegal, Private Client', ['Thank you for applying to join us as a Paralegal in our Private Client team.'], none)).toBe('Paralegal, Private Client');
    expect(extractRole('Interview – Trade Analyst, Clean Technology', ['We would like to meet you about the Trade Analyst, Clean Technology vacancy next week.'], none)).toBe('Trade Analyst, Clean Technology');
  });

  it('writes the qualifier as the prose does', () => {
    expect(extractRole('Your application – Category Manager, Home Textiles', ['We went ahead with another candidate for the Category Manager – Home Textiles role.'], none)).toBe('Category Manager – Home Textiles');
  });

  it('never takes a participant or the employer domain for a qualifier', () => {
    const excluded = notOfTheTitle(null, [
      { name: 'Priya Venkataraman', email: 'priya@gmail.com' },
      { name: 'Kendra Vollmer', email: 'kvollmer@mercycrestcu.org' },
    ]);
    expect(extractRole('Interview - Greenhouse Operations Executive (Priya Venkataraman)', [], excluded)).toBe('Greenhouse Operations Executive');
    expect(extractRole('Branch Operations Manager – Mercycrest Community Credit Union', [], excluded)).toBe('Branch Operations Manager');
  });

  it('keeps a unit whose first word only begins the employer domain', () => {
    const excluded = notOfTheTitle(null, [{ name: 'Ciara Doyle', email: 'c.doyle@gridauthority.gov.au' }]);
    expect(extractRole('Interview – Policy Officer, Grid Connections (REQ-0412)', ['Thank you for applying for the role of Policy Officer, Grid Connections (Grade 9).'], excluded)).toBe('Policy Officer, Grid Connections');
  });

  it('ends a prose qualifier at its verb', () => {
    expect(extractRole('Reminder', ['Your interview for Junior Associate – Tax & Trusts is tomorrow at ten.'], none)).toBe('Junior Associate – Tax & Trusts');
  });

  it('reads a subject written in lower case', () => {
    expect(extractRole('RE: interview tomorrow – community outreach coordinator', [], none)?.toLowerCase()).toBe('community outreach coordinator');
    expect(extractRole('RE: real property appraiser ii - interview confirmation', [], none)?.toLowerCase()).toBe('real property appraiser ii');
  });

  it('keeps a lower-case qualifier in lower-case prose', () => {
    expect(extractRole('staff attorney – tenant rights', ['thanks for applying for the staff attorney – tenant rights position at nyaya setu.'], none)?.toLowerCase()).toBe('staff attorney – tenant rights');
  });

  it('takes a bare number in brackets for a grade, not a qualifier', () => {
    expect(extractRole('Offer – Senior Regulatory Scientist', ['We are pleased to offer you the position of Senior Regulatory Scientist (APS 6) in Canberra.'], none)).toBe('Senior Regulatory Scientist');
  });

  it('leaves out where the post is: a country, state, region or city after the title', () => {
    expect(extractRole('Interview – Field Service Engineer (Ontario)', ['Thanks for applying for the Field Service Engineer (Ontario) role.'], none)).toBe('Field Service Engineer');
    expect(extractRole('Next steps', ['We would like to invite you to interview for the Area Sales Manager – North West England position.'], none)).toBe('Area Sales Manager');
    expect(extractRole('Invitation: Store Supervisor, Glasgow Central', ['Thank you for applying for Store Supervisor, Glasgow Central.'], none)).toBe('Store Supervisor');
    expect(extractRole('Interview - Data Engineer (Austin / Remote)', [], none)).toBe('Data Engineer');
    expect(extractRole('Interview - Partnerships Lead (EMEA)', [], none)).toBe('Partnerships Lead');
  });

  it('keeps a specialty that names no place', () => {
    expect(extractRole('Interview – Staff Nurse (Oncology & Haematology)', ['Thank you for applying for the Staff Nurse (Oncology & Haematology) post.'], none)).toBe('Staff Nurse (Oncology & Haematology)');
  });

  it('leaves out tenure, contract terms and gender markers', () => {
    expect(extractRole('Interview – Assistant Professor of Chemistry (Tenure-Track)', [], none)).toBe('Assistant Professor of Chemistry');
    expect(extractRole('Einladung: Software Tester (m/w/d)', ['Vielen Dank für Ihre Bewerbung als Software Tester (m/w/d).'], none)).toBe('Software Tester');
    expect(extractRole('Interview - Payroll Officer (Fixed Term)', [], none)).toBe('Payroll Officer');
  });

  it('leaves out whether the post is exempt from overtime', () => {
    expect(extractRole('Offer', ['We are delighted to offer you the position.\nPosition: Benefits Analyst (Exempt), full-time'], none)).toBe('Benefits Analyst');
    expect(extractRole('Interview – Facilities Technician (Non-Exempt)', [], none)).toBe('Facilities Technician');
    expect(extractRole('Your interview', ['Thank you for applying for the Payroll Coordinator (exempt) role.'], none)).toBe('Payroll Coordinator');
  });

  it('leaves out a collective agreement\'s pay grade and a contractual status in brackets', () => {
    expect(extractRole('Einladung zum Vorstellungsgespräch – Data Scientist (E13 TV-L)', [], none)).toBe('Data Scientist');
    expect(extractRole('Your interview', ['Thank you for your application for the post of Research Associate (TVöD E 11).'], none)).toBe('Research Associate');
    expect(extractRole('Interview call - Software Tester (Contractual)', [], none)).toBe('Software Tester');
  });

  it('leaves out a pay grade, a civil-service class, a site of the employer and a German translation', () => {
    expect(extractRole('Offer – Claims Supervisor', ['We are pleased to offer you the Claims Supervisor position.\nDesignation: Claims Supervisor (Grade B3)'], none)).toBe('Claims Supervisor');
    expect(extractRole('Oral interview – Payroll Technician (Classified)', ['You are invited to the oral interview for Payroll Technician (Classified).'], none)).toBe('Payroll Technician');
    expect(extractRole('Interview', ['Thank you for applying for the Maintenance Planner (Riverside plant) role.'], none)).toBe('Maintenance Planner');
    expect(extractRole('Offer', ['You have been selected for the position of Territory Sales Manager (Upper Valley territory), reporting to Dana Wills.'], none)).toBe('Territory Sales Manager');
    expect(extractRole('Interview – Field Service Engineer (Coastal region)', [], none)).toBe('Field Service Engineer');
    expect(extractRole('Interview: Project Engineer – Solar (Projektingenieur Solar)', ['We look forward to meeting you about the Project Engineer – Solar (Projektingenieur Solar) role.'], none)).toBe('Project Engineer – Solar');
  });

  it('reads a title with an accented or upper-case word, and the dash that follows a bracket in prose', () => {
    expect(extractRole('Re: Bäckerei Shift Lead – next steps', ['Thanks for meeting us about the Bäckerei Shift Lead position.'], none)).toBe('Bäckerei Shift Lead');
    expect(extractRole('your visit', ['Thanks for applying for the HGV driver job - could you come in on Monday?'], none)?.toLowerCase()).toBe('hgv driver');
    expect(extractRole('Interview – Data Engineer (Python)', ['We invite you to interview for the position of Data Engineer (Python) – Payments Platform (salary band 4).'], none)).toBe('Data Engineer (Python) – Payments Platform');
  });

  it('takes the spelling the mail writes out for a title the subject abbreviates', () => {
    expect(extractRole('Sr Mgmt Accountant interview thurs', ['Looking forward to talking about the Senior Management Accountant opening.'], none)).toBe('Senior Management Accountant');
  });
});

describe('notes after a title that are not the title', () => {
  it('takes a field line to its end, and leaves out who may apply and where', () => {
    expect(extractRole('Interview confirmed', ['Role: Agronomy Field Lead - Maharashtra\nDate: 17 September'], none)).toBe('Agronomy Field Lead - Maharashtra');
    expect(extractRole('Einladung: Validation Engineer - Battery Systems (m/f/d)', ['Thank you for applying for the Validation Engineer - Battery Systems (m/f/d) position.'], none)).toBe('Validation Engineer - Battery Systems');
    expect(extractRole('Interview', ['Your interview for the Assistant Professor of Finance (Tenure Track) position is on Monday.'], none)).toBe('Assistant Professor of Finance');
    expect(extractRole('Interview', ['Your interview for the Soil Data Analyst (Lincoln, UK) role is on Monday.'], none)).toBe('Soil Data Analyst');
  });
});

describe('titles of people, subjects in sentence case, titles in two languages, sentence ends', () => {
  it('does not take the title of whom the candidate meets for the post', () => {
    expect(extractRole('Next steps – Grants Officer', ['We would like you to have a half-hour call with the Director of Programmes next week.'], none)).toBe('Grants Officer');
    expect(extractRole('Next steps – Grants Officer', ['On the day you will meet our Finance Manager and two trustees.'], none)).toBe('Grants Officer');
  });

  it('reads a title in sentence case beside a segment with a name in it', () => {
    expect(extractRole('Fwd: Night shift supervisor – Harrow & Vale', ['Thanks for your application.'], notOfTheTitle('Harrow & Vale', []))).toBe('Night Shift Supervisor');
    expect(extractRole('Junior bookkeeper | Oakridge Dental Group', ['We would like to meet you.'], none)).toBe('Junior Bookkeeper');
    expect(extractRole('RE: Interview: Laboratory technician - Mesa Verde Labs', ['Please confirm a slot.'], notOfTheTitle('Mesa Verde Labs', []))).toBe('Laboratory Technician');
  });

  it('leaves the employer out of a title it is written before', () => {
    const excluded = notOfTheTitle('Quarrystone', [{ name: 'Dale Mott', email: 'dale@quarrystone.com' }]);
    expect(extractRole('quarrystone dispatch lead', ['hey, can we talk about the dispatch lead job thursday?'], excluded)?.toLowerCase()).toBe('dispatch lead');
    expect(extractRole('Quarrystone Shift Supervisor', ['Dear applicant, your interview for the post is on Monday.'], excluded)).toBe('Shift Supervisor');
    expect(extractRole('re: quarrystone yard mgr', ['thank u for come to talk about the yard manager job, we decide soon'], excluded)?.toLowerCase()).toBe('yard manager');
  });

  it('leaves out the site a store post is at, and a site the mail names by its kind', () => {
    expect(extractRole('deputy store manager, hove', ['hi, thanks for coming by on friday.'], none)?.toLowerCase()).toBe('deputy store manager');
    expect(extractRole('Interview – Dental Receptionist (Carlingford)', ['Thanks for applying for Dental Receptionist (Carlingford). You would be based at our Carlingford clinic, Monday to Thursday.'], none)).toBe('Dental Receptionist');
    expect(extractRole('Your application', ['We received your application for the Leasing Officer – Mossgiel role and would like you to visit the Mossgiel office on Tuesday.'], none)).toBe('Leasing Officer');
    expect(extractRole('Your application', ['thank you for apply to Warehouse Supervisor (Tullamore). interview is at the tullamore depot, 9am'], none)).toBe('Warehouse Supervisor');
    expect(extractRole('Offer', ['We are pleased to offer you the role of Credit Analyst (Corporate Lending), based at our Leeds corporate office.'], none)).toBe('Credit Analyst (Corporate Lending)');
  });

  it('reads a subject capitalised only at the start of each segment', () => {
    expect(extractRole('Re: Senior carpenter - can you come Friday?', ['Hi, liked your photos of the staircase. Friday at 9 at the yard?'], none)).toBe('Senior Carpenter');
    expect(extractRole('Re: Can you come Friday?', ['Hi, liked your photos. Friday at 9 at the yard?'], none)).toBeNull();
    expect(extractRole('Feedback session – new booking app pilot (30 min, 4–6 Feb)', ['Thanks for signing up to test the app.'], none)).toBeNull();
  });

  it('leaves out the same title in Spanish, Portuguese or German beside the English one', () => {
    expect(extractRole('Solicitud – Quantity Surveyor', ['Thank you for applying for the position Quantity Surveyor (Ingeniero de Costos) at our Lima office.'], none)).toBe('Quantity Surveyor');
    expect(extractRole('Candidatura – Data Analyst', ['We received your application for Data Analyst (Analista de Dados) and would like to talk.'], none)).toBe('Data Analyst');
  });

  it('runs no qualifier on into the next sentence, but keeps an abbreviation’s full stop', () => {
    expect(extractRole('Offer call', ['We are glad to offer you the role of Branch Manager, Riverton. Dana and I will call you at 4.'], none)).toBe('Branch Manager');
    expect(extractRole('Offer – Network Technician, Sr.', ['Verbal offer. Network Technician, Sr.'], none)).toBe('Network Technician, Sr.');
  });

  it('leaves out the site a store or branch post is at', () => {
    expect(extractRole('Offer – Branch Manager, Kew Gardens (R-2210)', ['We are pleased to offer you the position of Branch Manager, Kew Gardens (R-2210).'], none)).toBe('Branch Manager');
    expect(extractRole('Interview – Store Supervisor (Harbour Point)', ['Thanks for applying to be Store Supervisor at our Harbour Point shop.'], none)).toBe('Store Supervisor');
  });

  it('does not bar a title the company was mistaken for', () => {
    const people = [{ name: 'Dee Lane', email: 'dee@stafflink.com' }];
    expect(notOfTheTitle('Site Foreman', people)('Site Foreman')).toBe(false);
    expect(notOfTheTitle('Riverton Builders', people)('Riverton Builders')).toBe(true);
  });
});

describe('round 9 probes: a comma after brackets, leading words, joined titles, the employer\'s sites', () => {
  it.each<[string, string[], string]>([
    ['Interview – Staff Nurse (RN), Cardiology', ['We would like to invite you to interview for the Staff Nurse (RN), Cardiology position.'], 'Staff Nurse (RN), Cardiology'],
    ['offer', ['I am delighted to offer you the post of Research Fellow (Level A), Marine Ecology. The contract will follow.'], 'Research Fellow (Level A), Marine Ecology'],
    ['Tutor (ESOL), Adult Literacy – next steps', ['thanks for your time today'], 'Tutor (ESOL), Adult Literacy'],
    ['Interview – Lecturer (Level C) in Public Health (Ref 2026/12)', ['thank you for applying'], 'Lecturer (Level C) in Public Health'],
    ['next steps', ['We invite you to interview for the post of Research Associate (Fixed Term) in Soil Science at our Hilo campus.'], 'Research Associate'],
    ['interview', ['you are shortlisted for the post of Teaching Fellow (Education Track) in Data Science. We will write with a date.'], 'Teaching Fellow (Education Track) in Data Science'],
  ])('a comma or a field after a bracketed qualifier: %s', (subject, bodies, role) => {
    expect(extractRole(subject, bodies, none)).toBe(role);
  });

  it.each<[string, string]>([
    ['About Junior Data Analyst position', 'Junior Data Analyst'],
    ['Regarding Payroll Specialist role', 'Payroll Specialist'],
    ['Re: about Warehouse Supervisor application', 'Warehouse Supervisor'],
  ])('a subject that opens with "about": %s', (subject, role) => {
    expect(extractRole(subject, ['Thank you for your interest.'], none)).toBe(role);
  });

  it.each<[string, string[], string]>([
    ['Interview – Music Teacher / Choir Director', ['We would like to meet you for the Music Teacher / Choir Director position.'], 'Music Teacher / Choir Director'],
    ['next steps', ['you are shortlisted for the Lab Technician / Safety Officer role at our Leeds site.'], 'Lab Technician / Safety Officer'],
    ['RE: Sales Associate / Cashier – interview', ['Thanks for applying for the Sales Associate / Cashier opening.'], 'Sales Associate / Cashier'],
  ])('two titles joined by a slash name one post: %s', (subject, bodies, role) => {
    expect(extractRole(subject, bodies, none)).toBe(role);
  });

  it.each<[string, string[], string]>([
    ['Interview – Night Auditor, Bellmora Riverside', ['Thanks for applying for Night Auditor – Bellmora Riverside. We would like to meet you.'], 'Night Auditor'],
    ['Bellmora Resorts – your interview (Guest Services Agent)', ['Thanks for applying for Guest Services Agent – Bellmora Lakeside. Good news: the team would like to meet you.'], 'Guest Services Agent'],
    ['Policy Adviser – Local Housing Reform', ['We would like to interview you for the Policy Adviser – Local Housing Reform role.'], 'Policy Adviser – Local Housing Reform'],
  ])('a qualifier that opens with the employer\'s own name is its site: %s', (subject, bodies, role) => {
    const excluded = notOfTheTitle(subject.includes('Local') ? 'Local Councils Network' : 'Bellmora Hotels & Resorts', []);
    expect(extractRole(subject, bodies, excluded)).toBe(role);
  });
});

describe('the subject shortens or lengthens the title the prose writes', () => {
  it('takes the prose form that adds words before the subject title', () => {
    expect(extractRole('re: data analyst role at brightfield', ['hey sam, we would love to talk about the lead data analyst role on our insights team.'], none)).toBe('Lead Data Analyst');
    expect(extractRole('Technician opening – quick update', ['Hi Noor, the panel met about the Wind Turbine Technician position yesterday and would like a second conversation.'], none)).toBe('Wind Turbine Technician');
    expect(extractRole('Interview: Nurse', ['Thank you for applying for the Paediatric Nurse role. We would like to meet you on Thursday.', 'A reminder that the nurse position interview is on Thursday.'], none)).toBe('Paediatric Nurse');
  });

  it('takes the shorter prose form when the prose never writes the subject one', () => {
    expect(extractRole('Re: Regional Logistics Planning Manager', ['Hi Lea, we have paused the Planning Manager role until the budget is approved.'], none)).toBe('Planning Manager');
    expect(extractRole('Youth Sports Programme Officer – interview', ['We are delighted to invite you to interview for the Programme Officer position.'], none)).toBe('Programme Officer');
  });

  it('keeps the subject title against a lone job noun or a site before it', () => {
    expect(extractRole('Re: Pharmacy Assistant', ['Thanks for your interest in the Assistant role.'], none)).toBe('Pharmacy Assistant');
    expect(extractRole('Interview – Store Manager', ['You applied for the Store Manager position; the Glasgow Buchanan Store Manager role is the one we have open.'], none)).toBe('Store Manager');
  });
});

describe('a competition number before the title', () => {
  it('is not part of the title', () => {
    expect(extractRole('Competition ENV-2026-0311 Policy Analyst - Interview', [], none)).toBe('Policy Analyst');
    expect(extractRole('Interview', ['Thank you for applying to competition No. 26-118, Building Inspector, with the City.', 'Your interview for Competition No. 26-118 Building Inspector is confirmed.'], none)).toBe('Building Inspector');
    expect(extractRole('Vacancy 4471 Library Assistant – shortlisting', [], none)).toBe('Library Assistant');
  });
});

describe('titles beside people, and where the post is named', () => {
  it('reads "for the", "as a" and "hiring a" before a title as naming the post', () => {
    expect(extractRole('Tomorrow', ['Looking forward to seeing you at 9 for the Junior Claims Handler conversation, which should take about an hour.'], none)).toBe('Junior Claims Handler');
    expect(extractRole('Next steps', ['We would love you to join us as a Marine Biologist on the survey vessel this spring, pending the panel on Friday.'], none)).toBe('Marine Biologist');
    expect(extractRole('Quick chat?', ['Our clinic is hiring a Veterinary Receptionist and your name came up twice, so I thought I would reach out.'], none)).toBe('Veterinary Receptionist');
  });

  it('never reads a title used before a name as the post', () => {
    const day = 'Your day: 9:00 Dean Rosalind Okoro; 10:00 Professor Tim Wexler; 11:00 Professor Ana Ruiz; 14:00 Professor Li Chen.';
    expect(extractRole('Campus visit', ['We invite you to campus in our search for a Lecturer in Economics.', day, `Reminder. ${day}`], none)).toBe('Lecturer in Economics');
    expect(extractRole('Visit', ['Please meet Chef Marco Bellini and Chef Anna Lund, then Chef Paolo Greco, before the tasting for the Sous Chef role.'], none)).toBe('Sous Chef');
  });

  it('never reads the title under a signer with a middle initial as the post', () => {
    const signature = 'Kind regards,\nHarriet M. Oduya\nProfessor of Geography and Chair\nSearch Committee';
    expect(extractRole('Visit', [`We are pleased to invite you to interview for the Assistant Professor of Geography position.\n\n${signature}`, `A reminder of Tuesday.\n\n${signature}`, `See you soon.\n\n${signature}`, `Directions attached.\n\n${signature}`], none)).toBe('Assistant Professor of Geography');
  });

  it('reads a post with a long field in full', () => {
    expect(extractRole('Campus interview - Assistant Professor of Marine and Coastal Resource Management', ['We are pleased to invite you to interview for the position.'], none)).toBe('Assistant Professor of Marine and Coastal Resource Management');
    expect(extractRole('Interview', ['Thank you for applying for the Senior Lecturer in Public Health and Health Promotion post.'], none)).toBe('Senior Lecturer in Public Health and Health Promotion');
  });
});
