// What senders (content scripts and extension pages) need to ask the background, which is the only
// writer: the command names, their payload and reply types (derived from src/protocol/) and send().
// Only types come from the protocol, so the content script carries none of its checking or handling code.
import browser from 'webextension-polyfill';
import type { Payload, RequestType, Response } from './protocol';

export type { CheckInListItem, OfferOther, OfferPanel, Payload, RequestType, Response, SyncView, ThreadState } from './protocol';
export type OpenedThread = Response<'thread/open'>;
export type Reply<K extends RequestType> = { ok: true; value: Response<K> } | { ok: false; error: string };

export class RequestFailed extends Error {
  override name = 'RequestFailed';
}

/** Sends a request to the background and returns its answer, or throws RequestFailed with the background's message. */
export async function send<K extends RequestType>(type: K, payload: Payload<K>): Promise<Response<K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new RequestFailed(`Afterview's background did not answer "${type}".`);
  if (!reply.ok) throw new RequestFailed(reply.error);
  return reply.value;
}
