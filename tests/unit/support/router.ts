import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '../../../src/background/router';
import type { Reply, RequestType } from '../../../src/messaging';
import { commands } from '../../../src/protocol';
import { createContext, type ContextOptions } from '../../../src/protocol/context';
import type { AfterviewDb } from '../../../src/store/db';
import { EXTENSION_PAGE, SELF } from './senders';

/** The background's router over a test database; each message comes from `sender` (an extension page unless said). */
export function routerFor(db: AfterviewDb, options: ContextOptions = {}) {
  const route = createRouter(commands, createContext(db, options), SELF);
  return (message: unknown, sender: Runtime.MessageSender = EXTENSION_PAGE): Promise<Reply<RequestType>> => route(message, sender);
}
