// The typed protocol between content scripts, extension pages and the background, which is the only
// writer. Every request is checked against its shape in the background before anything runs.
import browser from 'webextension-polyfill';
import { obj, type Check } from './core/shape';
import { settingsShape } from './core/settings-shape';
import type { Settings } from './core/model';

export interface Overview {
  overdue: number;
  dueThisWeek: number;
  waiting: number;
  applications: number;
}

const empty = obj({});

/** Each request: the shape of its payload, and (as a type) what it answers. */
export const requestShapes = {
  'overview/get': empty,
  'settings/get': empty,
  'settings/save': obj({ settings: settingsShape }),
} satisfies Record<string, Check<unknown>>;

export interface Responses {
  'overview/get': Overview;
  'settings/get': Settings;
  'settings/save': Settings;
}

export type RequestType = keyof typeof requestShapes & keyof Responses;
export type Payload<K extends RequestType> = ReturnType<(typeof requestShapes)[K]>;
export type Envelope = { [K in RequestType]: { type: K; payload: Payload<K> } }[RequestType];
export type Reply<K extends RequestType> = { ok: true; value: Responses[K] } | { ok: false; error: string };

export class RequestFailed extends Error {
  override name = 'RequestFailed';
}

/** Sends a request to the background and returns its answer, or throws RequestFailed with the background's message. */
export async function send<K extends RequestType>(type: K, payload: Payload<K>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new RequestFailed(`Afterview's background did not answer "${type}".`);
  if (!reply.ok) throw new RequestFailed(reply.error);
  return reply.value;
}
