import type { Application, Settings } from '../core/model';
import { newId } from './ids';

/** A fresh application with the user's default employer style and nothing planned yet. */
export function newApplication(fields: Pick<Application, 'company' | 'role' | 'stage' | 'source'>, settings: Settings, at: string, id: string = newId()): Application {
  return {
    id,
    ...fields,
    employerStyle: settings.defaultEmployerStyle,
    decisionWindow: null,
    delayedSince: null,
    competingOffer: null,
    finalStage: false,
    references: [],
    lastEmployerMessageAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
