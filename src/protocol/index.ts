// Every command the background answers, assembled from the families. Senders import only types from here
// (src/messaging.ts), so the checking and handling code stays out of the content script.
import { applicationCommands } from './applications';
import { checkInCommands } from './check-ins';
import { correctionCommands } from './corrections';
import { dataCommands } from './data';
import { draftCommands } from './drafts';
import { profileCommands } from './profile';
import { offerCommands } from './offers';
import { syncCommands } from './sync';
import { threadCommands } from './threads';

export const commands = { ...threadCommands, ...checkInCommands, ...applicationCommands, ...draftCommands, ...dataCommands, ...profileCommands, ...correctionCommands, ...syncCommands, ...offerCommands };

export type Commands = typeof commands;
export type RequestType = keyof Commands;
export type Payload<K extends RequestType> = ReturnType<Commands[K]['shape']>;
export type Response<K extends RequestType> = Awaited<ReturnType<Commands[K]['handle']>>;

export type { Caller } from './command';
export type { CheckInListItem } from './check-ins';
export type { ThreadState } from './threads';
export type { SyncView } from './sync';
export type { OfferPanel, OfferOther } from './offers';
