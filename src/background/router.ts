import type { Runtime } from 'webextension-polyfill';
import { ShapeError } from '../core/shape';
import type { Reply } from '../messaging';
import type { Caller, Command, CommandContext } from '../protocol/command';
import type { Commands, RequestType, Response } from '../protocol';
import { callerOf, type ExtensionIdentity } from './caller';

type AnyCommand = Command<unknown, unknown>;

const CALLER_NAMES: Record<Caller, string> = { 'mail-content': 'its script in a mail tab', 'extension-page': "Afterview's own pages" };

/**
 * Checks who sent a raw message and what it holds, runs its command, and always answers: a value, or a
 * clear error and nothing done. A sender that may not call a command never reaches its shape or handler.
 */
export function createRouter(commands: Commands, context: CommandContext, self: ExtensionIdentity) {
  const byType: Record<string, AnyCommand> = commands;
  return async (message: unknown, sender: Runtime.MessageSender): Promise<Reply<RequestType>> => {
    const caller = callerOf(sender, self);
    if (!caller) return { ok: false, error: 'Afterview answers only its own pages and its script in a mail tab.' };
    if (typeof message !== 'object' || message === null) return { ok: false, error: 'Afterview got a message that is not an object.' };
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    const command = typeof type === 'string' && Object.hasOwn(byType, type) ? byType[type] : undefined;
    if (!command) return { ok: false, error: `Afterview does not know the request "${String(type)}".` };
    if (!command.callers.includes(caller)) {
      return { ok: false, error: `Afterview refused "${String(type)}": only ${command.callers.map((c) => CALLER_NAMES[c]).join(' and ')} may ask for it. Nothing was done.` };
    }
    let checked: unknown;
    try {
      checked = command.shape(payload ?? {}, 'payload');
    } catch (error) {
      if (error instanceof ShapeError) return { ok: false, error: `"${String(type)}" was refused: ${error.message}.` };
      throw error;
    }
    try {
      return { ok: true, value: (await command.handle(checked, context)) as Response<RequestType> };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
