// Which other processes an offer moves, and in which order the user should write to them: the
// closest to a decision first.
import type { ApplicationDossier, Application, Stage } from '../model';

/** Stages of a process still open: an offer or a rejection has ended it. */
const OPEN_STAGES = new Set<Stage>(['scheduling', 'scheduled', 'awaiting-decision', 'delayed']);

/** Interviews done and waiting comes before an interview ahead, which comes before a pause, then scheduling. */
const STAGE_RANK: Record<Stage, number> = { 'awaiting-decision': 1, scheduled: 2, delayed: 3, scheduling: 4, offer: 5, rejected: 6 };

/** The user marked the final round (Application.finalStage): that process is closest of all. */
export const stageRank = (application: Application) => (application.finalStage ? 0 : STAGE_RANK[application.stage]);

export const isOpenProcess = (application: Application) => OPEN_STAGES.has(application.stage);

/**
 * Every open application but the offer's own, final round first, then by stage; within a stage the
 * process with more rounds behind it, then the one whose decision window closes first, then by name.
 */
export function otherOpenApplications(offerApplicationId: string, dossiers: readonly ApplicationDossier[]): ApplicationDossier[] {
  return dossiers
    .filter((d) => d.application.id !== offerApplicationId && isOpenProcess(d.application))
    .sort(
      (a, b) =>
        stageRank(a.application) - stageRank(b.application) ||
        b.interviews.length - a.interviews.length ||
        (a.application.decisionWindow?.latest ?? '9999').localeCompare(b.application.decisionWindow?.latest ?? '9999') ||
        a.application.company.localeCompare(b.application.company),
    );
}

/** Whether the user told this application of that offer: its competing offer is this company's, with this deadline. */
export function toldOf(application: Pick<Application, 'competingOffer'>, offer: { company: string; deadline: string }): boolean {
  const told = application.competingOffer;
  return told !== null && told.company === offer.company && told.deadline === offer.deadline;
}

/** An offer the user has still to answer: a deadline ahead and no decision yet. */
export function openOffer(application: Application, now: string): boolean {
  const offer = application.offer;
  return application.stage === 'offer' && !!offer && offer.decision === null && Date.parse(offer.deadline) > Date.parse(now);
}
