// An owner's forward holds more than the newest employer mail: forwards inside forwards, and the history quoted
// under them. Each level is read as its writer's: the employer's, the owner's own, or nobody's when the mail was
// sent to someone else.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';

const owner = { name: 'Marisol Vega', email: 'marisol.vega@example.com' };
const mentor = { name: 'Tomás Ruiz', email: 'tomas.ruiz@example.com' };
const recruiter = 'Keiko Arai <keiko.arai@fernhill-labs.com>';

const forwardOf = (note: string, forwarded: string): MailThread => ({
  host: 'gmail',
  id: 'forward-levels',
  subject: 'Fwd: your application',
  userEmail: owner.email,
  messages: [{ from: owner, to: [mentor], cc: [], sentAt: '2026-10-20T18:00:00-04:00', text: `${note}\n\n---------- Forwarded message ---------\n${forwarded}` }],
});

const header = (from: string, to: string, date: string) => `From: ${from}\nDate: ${date}\nSubject: Lab Technician\nTo: ${to}\n\n`;
const read = (thread: MailThread) => analyzeThread(thread, { timeZone: 'America/New_York' });

describe('the levels of an owner forward', () => {
  it('reads the thanks for an interview quoted under a forwarded rejection', () => {
    const rejection =
      'Hi Marisol,\n\nWe have chosen another candidate for the Lab Technician post. I am sorry it is not better news.\n\nKeiko\n\n' +
      'On Mon, Oct 12, 2026 at 4:10 PM Keiko Arai <keiko.arai@fernhill-labs.com> wrote:\nHi Marisol,\n\nThank you for spending the afternoon with the bench team on Friday. We expect to decide next week.\n\nKeiko';
    const analysis = read(forwardOf('Tomás, here is how it ended. Any advice on asking for feedback?', header(recruiter, `Marisol Vega <${owner.email}>`, 'Mon, Oct 19, 2026 at 9:00 AM') + rejection));
    expect(analysis.relevant).toBe(true);
    expect(analysis.stage).toBe('rejected');
  });

  it('reads an offer forwarded beneath an auto-reply and the owner\u2019s own question', () => {
    const offer = 'Dear Marisol,\n\nAfter your interviews we are delighted to offer you the Lab Technician position. The offer letter is attached.\n\nKeiko Arai';
    const levels = [
      header(recruiter, `Marisol Vega <${owner.email}>`, 'Sat, Oct 17, 2026 at 8:00 AM') + 'I am out of the office until Monday with no access to email.',
      header(`Marisol Vega <${owner.email}>`, recruiter, 'Sat, Oct 17, 2026 at 7:59 AM') + 'Thank you! Is the shift pattern fixed?',
      header(recruiter, `Marisol Vega <${owner.email}>`, 'Fri, Oct 16, 2026 at 3:00 PM') + offer,
    ].join('\n---------- Forwarded message ---------\n');
    const analysis = read(forwardOf('They said yes! Is the pay fair, in your view?', levels));
    expect(analysis.relevant).toBe(true);
    expect(analysis.stage).toBe('offer');
  });

  it('reads the owner\u2019s own reply in a forward as the owner\u2019s: agreeing to the proposed time books it', () => {
    const levels = [
      header(`Marisol Vega <${owner.email}>`, recruiter, 'Tue, Oct 20, 2026 at 8:00 AM') + 'Thursday at 10 works for me. See you then.',
      header(recruiter, `Marisol Vega <${owner.email}>`, 'Mon, Oct 19, 2026 at 5:00 PM') + 'Hi Marisol,\n\nWould you be free for an interview on Thursday at 10am at our Albany lab?\n\nKeiko',
    ].join('\n---------- Forwarded message ---------\n');
    const analysis = read(forwardOf('Tomás, could we do a practice run before Thursday?', levels));
    expect(analysis.stage).toBe('scheduled');
  });

  it('leaves a friend\u2019s invitation that reached the owner through the friend', () => {
    const levels = [
      header('Dev Patel <dev.patel@example.net>', `Marisol Vega <${owner.email}>`, 'Mon, Oct 19, 2026 at 9:00 PM') + 'look what came in!! can your mentor help me prep?',
      header(recruiter, 'Dev Patel <dev.patel@example.net>', 'Mon, Oct 19, 2026 at 2:00 PM') + 'Dear Dev,\n\nWe are pleased to invite you to an interview for the Lab Technician position on Thursday at 10am.\n\nKeiko Arai',
    ].join('\n---------- Forwarded message ---------\n');
    expect(read(forwardOf('Tomás, a friend of mine would love 20 minutes of your time before his interview.', levels)).relevant).toBe(false);
  });
});

describe('a friend who forwards their own process to the owner', () => {
  const friend = { name: 'Rosa Lindqvist', email: 'rosa.lindqvist@gmail.com' };
  const fromFriend = (sentAt: string, text: string) => ({ from: friend, to: [owner], cc: [], sentAt, text });
  const friendThread = (...messages: ReturnType<typeof fromFriend>[]): MailThread => ({ host: 'gmail', id: 'friend-forward', subject: 'Fwd: Lab Technician', userEmail: owner.email, messages });

  it('leaves an invitation that greets the friend, forwarded without a To line', () => {
    const forwarded = 'From: Keiko Arai <keiko.arai@fernhill-labs.com>\nDate: Mon, Oct 19, 2026 at 2:00 PM\nSubject: Lab Technician\n\nHi Rosa,\n\nThanks for meeting me this morning. We will let you know our decision within a week.\n\nKeiko';
    const thread = friendThread(fromFriend('2026-10-19T19:00:00-04:00', `Marisol!! My interview went ok I think, here is what she sent after.\n\n---------- Forwarded message ---------\n${forwarded}`));
    expect(read(thread).relevant).toBe(false);
  });

  it('leaves an invitation addressed to the friend beneath the friend\u2019s own auto-reply', () => {
    const levels = [
      header(`Rosa Lindqvist <${friend.email}>`, recruiter, 'Mon, Oct 19, 2026 at 2:01 PM') + 'I am away until Monday, back on the 26th.',
      header(recruiter, `Rosa Lindqvist <${friend.email}>`, 'Mon, Oct 19, 2026 at 2:00 PM') + 'Dear Ms. Lindqvist,\n\nWe would like to invite you to an interview for the Lab Technician post on Thursday, October 29 at 10am.\n\nKeiko Arai',
    ].join('\n---------- Forwarded message ---------\n');
    const thread = friendThread(fromFriend('2026-10-20T09:00:00-04:00', `Look what came in over the weekend! Could we practise on Sunday?\n\n---------- Forwarded message ---------\n${levels}`));
    expect(read(thread).relevant).toBe(false);
  });

  it('reads the friend\u2019s later news as theirs, not as the employer\u2019s offer', () => {
    const invitation = header(recruiter, `Rosa Lindqvist <${friend.email}>`, 'Mon, Oct 19, 2026 at 2:00 PM') + 'Hi Rosa,\n\nPlease choose a time for your interview with our lab manager using the link below.\n\nKeiko';
    const thread = friendThread(
      fromFriend('2026-10-19T19:00:00-04:00', `Any tips? They want me in for the lab job.\n\n---------- Forwarded message ---------\n${invitation}`),
      fromFriend('2026-11-02T18:00:00-05:00', 'They offered me the job today! The offer letter is attached, is the salary fair?'),
    );
    expect(read(thread).relevant).toBe(false);
  });
});
