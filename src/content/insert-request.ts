// The requests extension pages (through the background) send to a mail tab: is the thread read yet, and
// put this draft into the open thread's reply.
import { arr, literal, nullable, obj, optional, str } from '../core/shape';

export const insertRequestShape = obj({
  type: literal('afterview/insert'),
  to: arr(str, 50),
  subject: str,
  body: str,
  /** The application and check-in the draft serves, so the send that follows is logged against them. */
  applicationId: optional(str),
  checkInKey: optional(nullable(str)),
});
export type InsertRequest = ReturnType<typeof insertRequestShape>;
export type InsertReply = { ok: true; message: string } | { ok: false; message: string };

export const readyRequestShape = obj({ type: literal('afterview/ready') });
export type ReadyRequest = ReturnType<typeof readyRequestShape>;
/** Ready once the content script has read the thread the tab shows and the background has answered for it. */
export type ReadyReply = { ready: boolean };
