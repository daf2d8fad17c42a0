import type { Runtime } from 'webextension-polyfill';
import { ShapeError } from '../core/shape';
import type { Payload, Reply, RequestType, Responses } from '../messaging';
import { requestShapes } from './request-shapes';

export type Handlers = {
  [K in RequestType]: (payload: Payload<K>, sender: Runtime.MessageSender) => Promise<Responses[K]>;
};

function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(requestShapes, type);
}

/** Checks a raw message, runs its handler, and always answers: a value, or a clear error and nothing done. */
export function createRouter(handlers: Handlers) {
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Reply<RequestType>> => {
    if (typeof message !== 'object' || message === null) return { ok: false, error: 'Afterview got a message that is not an object.' };
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (!isRequestType(type)) return { ok: false, error: `Afterview does not know the request "${String(type)}".` };
    let checked: Payload<RequestType>;
    try {
      checked = requestShapes[type](payload ?? {}, 'payload');
    } catch (error) {
      if (error instanceof ShapeError) return { ok: false, error: `"${type}" was refused: ${error.message}.` };
      throw error;
    }
    try {
      const handler = handlers[type] as (p: Payload<RequestType>, s: Runtime.MessageSender) => Promise<Responses[RequestType]>;
      return { ok: true, value: await handler(checked, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
