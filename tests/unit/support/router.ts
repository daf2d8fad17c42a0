import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '../../../src/background/router';
import type { Payload, Reply, RequestType, Response } from '../../../src/messaging';
import { commands } from '../../../src/protocol';
import { createContext, type ContextOptions } from '../../../src/protocol/context';
import type { AfterviewDb } from '../../../src/store/db';
import { EXTENSION_PAGE, SELF } from './senders';

/** The background's router over a test database; each message comes from `sender` (an extension page unless said). */
export function routerFor(db: AfterviewDb, options: ContextOptions = {}) {
  const route = createRouter(commands, createContext(db, options), SELF);
  return (message: unknown, sender: Runtime.MessageSender = EXTENSION_PAGE): Promise<Reply<RequestType>> => route(message, sender);
}

/** A typed request over a router: the command's value, or the background's refusal thrown as an error. */
export function requester(route: (message: unknown) => Promise<Reply<RequestType>>) {
  return async <K extends RequestType>(type: K, payload: Payload<K>): Promise<Response<K>> => {
    const reply = await route({ type, payload });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as Response<K>;
  };
}
