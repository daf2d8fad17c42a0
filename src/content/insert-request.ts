// The one request extension pages send to a mail tab: put this draft into the open thread's reply.
import { arr, literal, obj, str } from '../core/shape';

export const insertRequestShape = obj({ type: literal('afterview/insert'), to: arr(str, 50), subject: str, body: str });
export type InsertRequest = ReturnType<typeof insertRequestShape>;
export type InsertReply = { ok: true; message: string } | { ok: false; message: string };
