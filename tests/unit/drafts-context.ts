// A realistic application to draft for, shared by the draft and lint tests and the lint bench.
import { DEFAULT_SETTINGS, type ApplicationDossier, type Settings } from '../../src/core/model';
import type { DraftContext } from '../../src/core/drafts';

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: 'America/New_York',
  profile: { name: 'Dana Whitfield', emails: ['dana.whitfield@gmail.com'], phone: '+1 555 0100', signature: 'Dana Whitfield\n+1 555 0100' },
};

export const dossier: ApplicationDossier = {
  application: {
    id: 'app-1',
    company: 'Northwind Labs',
    role: 'Senior Data Engineer',
    stage: 'awaiting-decision',
    source: 'detected',
    employerStyle: 'tech',
    decisionWindow: { earliest: '2026-11-30', latest: '2026-12-07', quote: 'We expect to decide within a week to ten business days.', statedOn: '2026-11-23' },
    delayedSince: null,
    competingOffer: { company: 'Cobalt Grid', deadline: '2026-12-04T22:00:00.000Z', notedAt: '2026-11-30T15:00:00.000Z' },
    finalStage: true,
    references: [{ id: 'r1', name: 'Ada Byron', email: 'ada@example.com', relation: 'former manager', lastBriefedAt: null }],
    lastEmployerMessageAt: null,
    createdAt: '2026-11-01T12:00:00.000Z',
    updatedAt: '2026-11-23T12:00:00.000Z',
  },
  contacts: [
    { id: 'c1', applicationId: 'app-1', name: 'Ben Carter', email: 'ben@northwindlabs.com', title: 'Engineering Manager', phone: '', involved: true },
    { id: 'c2', applicationId: 'app-1', name: 'Lucy Wang', email: 'lucy@northwindlabs.com', title: 'Staff Engineer', phone: '', involved: true },
    { id: 'c3', applicationId: 'app-1', name: 'Marta Ruiz', email: 'marta@northwindlabs.com', title: 'CEO', phone: '', involved: false },
  ],
  interviews: [
    {
      id: 'int-1',
      applicationId: 'app-1',
      round: 1,
      at: '2026-11-23T18:00:00.000Z',
      durationMinutes: 60,
      interviewers: ['Ben Carter', 'Lucy Wang'],
      notes: { mission: 'making grid data open to every city', gap: 'my limited Scala experience', gapStrength: 'I shipped two Spark pipelines in Kotlin that cut batch time by 40%' },
      notesByInterviewer: {
        'Ben Carter': { topics: 'the migration of the nightly batch jobs to streaming', painPoint: 'late-arriving sensor data', matchingSkill: 'I built a watermarking layer for exactly that at Acme' },
        'Lucy Wang': { topics: 'how the team reviews data contracts', achievement: 'I led the rollout of schema checks across 40 pipelines' },
      },
    },
  ],
};

export const context = (patch: Partial<DraftContext> = {}): DraftContext => ({
  dossier,
  settings,
  recipient: { name: 'Ben Carter', email: 'ben@northwindlabs.com', title: 'Engineering Manager' },
  events: [],
  now: '2026-12-08T15:00:00.000Z',
  ...patch,
});
