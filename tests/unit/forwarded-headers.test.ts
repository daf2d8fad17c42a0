// Outlook writes a forwarded mail's header lines in the sender's language ("De:", "Enviado:", "Von:", "Betreff:"):
// the employer's mail beneath them is read all the same, as the stage of an owner's forward.
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../src/core/analyze';
import type { MailThread } from '../../src/core/model';

const owner = { name: 'Inês Carvalho', email: 'ines.carvalho@example.com' };
const friend = { name: 'Rui Matos', email: 'rui.matos@example.com' };

const forward = (header: string, employerText: string): MailThread => ({
  host: 'outlook',
  id: 'forward-probe',
  subject: 'FW: your application',
  userEmail: owner.email,
  messages: [
    {
      from: owner,
      to: [friend],
      cc: [],
      sentAt: '2026-06-10T19:00:00+01:00',
      text: `Rui, forwarding this below, what do you think?\n\nInês\n\n________________________________\n${header}\n\n${employerText}`,
    },
  ],
});

const offer =
  'Dear Inês,\n\nFollowing your interviews with our engineering team last week, I am delighted to offer you the position of Site Reliability Engineer at Tejo Systems. The offer letter is attached.\n\nBest regards,\nMarta Lopes\nPeople Team, Tejo Systems';

describe("an owner's forward with its header lines in another language", () => {
  it('reads the employer mail under Portuguese header lines', () => {
    const header = 'De: Marta Lopes <marta.lopes@tejosystems.pt>\nEnviado: quarta-feira, 10 de junho de 2026 15:41\nPara: Inês Carvalho <ines.carvalho@example.com>\nAssunto: Your application';
    expect(analyzeThread(forward(header, offer), { timeZone: 'Europe/Lisbon' }).stage).toBe('offer');
  });

  it('reads the employer mail under German header lines', () => {
    const header = 'Von: Marta Lopes <marta.lopes@tejosystems.pt>\nGesendet: Mittwoch, 10. Juni 2026 15:41\nAn: Inês Carvalho <ines.carvalho@example.com>\nBetreff: Your application';
    expect(analyzeThread(forward(header, offer), { timeZone: 'Europe/Lisbon' }).stage).toBe('offer');
  });
});
