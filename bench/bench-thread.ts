// The benches' 8-message interview thread: the first eight messages of the hand-written relevant threads.
import { loadCorpus } from '../tests/unit/analyze-corpus';
import type { MailThread } from '../src/core/model';

export function benchThread(): MailThread {
  const pool = loadCorpus()
    .filter((c) => c.expect.relevant)
    .flatMap((c) => c.thread.messages);
  return { host: 'gmail', id: 'bench', subject: 'Re: Senior Data Engineer interview', userEmail: 'dana.whitfield@gmail.com', messages: pool.slice(0, 8) };
}
