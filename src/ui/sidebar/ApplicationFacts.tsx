import type { ApplicationDossier, Settings } from '../../core/model';
import { isOwner } from '../../core/corrections/owner-match';
import { questionsFor, type AnalysisWithOpinions, type AskableField } from '../../core/corrections/questions';
import { calendarDay, exactTime, STAGE_CHOICES, STAGE_LABEL, STAGES } from '../format';
import { Ask } from './Ask';
import { Fact } from './Fact';
import { InterviewerChips } from './InterviewerChips';
import { fromLocalInput, toLocalInput } from './local-time';
import type { Correction, SidebarActions } from './types';
import { companyLabel } from '../../core/application-label';

/** A correction of this application: which one is added here. */
type FieldCorrection = Correction extends infer C ? (C extends unknown ? Omit<C, 'applicationId'> : never) : never;

interface Props {
  analysis: AnalysisWithOpinions;
  dossier: ApplicationDossier;
  settings: Settings;
  actions: SidebarActions;
}

/** The application as stored: each field a fact the user can correct, or a question where the analysis was unsure. */
export function ApplicationFacts({ analysis, dossier, settings, actions }: Props) {
  const app = dossier.application;
  const latestRound = [...dossier.interviews].sort((a, b) => a.round - b.round).at(-1) ?? null;
  // The mailbox owner is never an interviewer, whatever a thread said.
  const interviewers = [...new Set(dossier.interviews.flatMap((i) => i.interviewers))].filter((name) => !isOwner(name, settings.profile));
  const interviewAt = latestRound?.at ?? null;
  const questions = new Map(questionsFor(analysis, { application: app, interviewers, interviewAt }).map((q) => [q.field, q.candidates]));
  const asked = (field: AskableField) => questions.get(field);
  const correct = (correction: FieldCorrection) => actions.correct({ ...correction, applicationId: app.id });
  const window = app.decisionWindow;
  const setStage = async (value: string) => {
    const stage = STAGES.find((s) => s === value);
    if (stage) await correct({ field: 'stage', value: stage });
  };
  const decideBy = (latest: string) => correct({ field: 'decisionWindow', value: { earliest: window && window.earliest <= latest ? window.earliest : latest, latest } });

  const company = asked('company');
  const role = asked('role');
  const people = asked('interviewers');
  // Keyed by field and kind: when a question is answered, the question after it keeps its own typed text,
  // never the answered one's.
  return (
    <div class="facts">
      {company ? (
        <Ask key="ask-company" question="Which company?" name="company" candidates={company} onAnswer={(value) => correct({ field: 'company', value })} />
      ) : (
        <Fact key="fact-company" name="company" initial={app.company} onSave={(value) => correct({ field: 'company', value })}>
          <strong class="thread__title">{companyLabel(app.company)}</strong>
        </Fact>
      )}
      {role ? (
        <Ask key="ask-role" question="Which role?" name="role" candidates={role} onAnswer={(value) => correct({ field: 'role', value })} />
      ) : (
        <Fact key="fact-role" name="role" initial={app.role} onSave={(value) => correct({ field: 'role', value })}>
          {app.role || <span class="av-hint">No role yet</span>}
        </Fact>
      )}
      <InterviewerChips names={interviewers} candidates={people ?? []} onChange={(value) => correct({ field: 'interviewers', value })} />
      {asked('interviewAt') ? (
        <Ask key="ask-interview time" question="When is the interview?" name="interview time" type="datetime-local" candidates={[]} onAnswer={(value) => correct({ field: 'interviewAt', value: fromLocalInput(value) })} />
      ) : interviewAt ? (
        <Fact key="fact-interview time" name="interview time" type="datetime-local" initial={toLocalInput(interviewAt)} onSave={(value) => correct({ field: 'interviewAt', value: fromLocalInput(value) })}>
          <span class="thread__line">Interview: {exactTime(interviewAt)}</span>
        </Fact>
      ) : null}
      {asked('decisionWindow') ? (
        <Ask key="ask-decision date" question="By when did they say they would decide?" name="decision date" type="date" candidates={[]} onAnswer={decideBy} />
      ) : window ? (
        <Fact key="fact-decision date" name="decision date" type="date" initial={window.latest} onSave={decideBy}>
          <div class="thread__window">
            <blockquote>{window.quote}</blockquote>
            <span class="thread__line">
              Their decision: {calendarDay(window.earliest)} – {calendarDay(window.latest)}
            </span>
          </div>
        </Fact>
      ) : null}
      <Fact key="fact-stage" name="stage" choices={STAGE_CHOICES} initial={app.stage} onSave={(value) => setStage(value)}>
        <p class="thread__stage">{STAGE_LABEL[app.stage] ?? app.stage}</p>
      </Fact>
    </div>
  );
}
