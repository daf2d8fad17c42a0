import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { relevanceFeatures, RELEVANCE_FEATURES, type RelevanceEvidence } from '../../src/core/analyze/relevance-features';
import { decideRelevance } from '../../src/core/analyze/relevance-model';
import { signalsIn } from '../../src/core/analyze/signals';
import trained from '../../src/core/analyze/relevance-weights.json';
import { fitLogistic, predict, type Example } from '../../scripts/logistic-regression';
import { expectedCalibrationError } from '../../scripts/calibration';

const EVIDENCE: RelevanceEvidence = {
  acts: new Map([
    ['invite', 2],
    ['ownerThanks', 1],
  ]),
  processActKinds: 2,
  signals: new Set(['interview', 'hiring']),
  subjectSignals: new Set(['interview']),
  ats: true,
  hiring: true,
  involved: true,
  thirdParty: 0,
  internalOnly: false,
  ownerReplied: true,
  recruiterSignature: false,
  roleNamed: true,
};

describe('relevance features', () => {
  it('are named, one name per number, and the same evidence gives the same numbers', () => {
    const features = relevanceFeatures(EVIDENCE);
    expect(features).toHaveLength(RELEVANCE_FEATURES.length);
    expect(new Set(RELEVANCE_FEATURES).size).toBe(RELEVANCE_FEATURES.length);
    for (const name of RELEVANCE_FEATURES) expect(name).toMatch(/^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)?$/);
    expect(relevanceFeatures(EVIDENCE)).toEqual(features);
    const at = (name: string) => features[RELEVANCE_FEATURES.indexOf(name)];
    expect(at('act.invite')).toBeCloseTo(Math.log2(3));
    expect(at('act.ownerThanks')).toBe(1);
    expect(at('subject.interview')).toBe(1);
    expect(at('involvedInHiring')).toBe(1);
    expect(at('thirdParty')).toBe(0);
  });

  it('tell a rejection before any interview (none asked, booked or held) from one after it', () => {
    const rejection = (acts: [string, number][], signals: string[]) =>
      relevanceFeatures({ ...EVIDENCE, acts: new Map(acts) as RelevanceEvidence['acts'], signals: new Set(signals) as RelevanceEvidence['signals'] })[RELEVANCE_FEATURES.indexOf('rejectedBeforeInterview')];
    expect(rejection([['reject', 1]], ['conditionalInterview'])).toBe(1);
    expect(rejection([['reject', 1], ['thankInterview', 1]], ['conditionalInterview'])).toBe(0);
    expect(rejection([['reject', 1]], ['conditionalInterview', 'afterInterview'])).toBe(0);
    expect(rejection([['reject', 1]], [])).toBe(1);
    expect(rejection([['reject', 1], ['confirm', 1]], [])).toBe(0);
    expect(rejection([['reject', 1], ['interviewHeld', 1]], [])).toBe(0);
    expect(rejection([['reject', 1]], ['afterInterview'])).toBe(0);
  });

  it('mark a thread that goes from a held interview on to a decision, whether or not it names the job', () => {
    const held = (acts: [string, number][]) => relevanceFeatures({ ...EVIDENCE, roleNamed: false, acts: new Map(acts) as RelevanceEvidence['acts'] })[RELEVANCE_FEATURES.indexOf('heldThenDecided')];
    expect(held([['thankInterview', 1], ['promiseDecision', 1]])).toBe(1);
    expect(held([['interviewHeld', 1], ['reject', 1]])).toBe(1);
    expect(held([['ownerThanks', 1], ['offer', 1]])).toBe(1);
    expect(held([['thankInterview', 1]])).toBe(0);
    expect(held([['invite', 1], ['promiseDecision', 1]])).toBe(0);
  });
});

describe('relevance weights', () => {
  it('weigh exactly the features the engine computes', () => {
    expect(Object.keys(trained.weights)).toEqual([...RELEVANCE_FEATURES]);
    expect(trained.version).toBeGreaterThan(0);
    expect(trained.threshold).toBeGreaterThan(0);
    expect(trained.threshold).toBeLessThan(1);
  });

  it('give a confidence within [0, 1] whatever the features', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 6, noNaN: true }), { minLength: RELEVANCE_FEATURES.length, maxLength: RELEVANCE_FEATURES.length }), (features) => {
        const { confidence } = decideRelevance(features);
        expect(confidence).toBeGreaterThanOrEqual(0.5);
        expect(confidence).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('say why, in the sidebar’s words', () => {
    const decision = decideRelevance(relevanceFeatures(EVIDENCE));
    expect(decision.relevant).toBe(true);
    // The strongest features, strongest first: a named role outweighs the rest by far in every fit so far; which of the
    // weaker ones (the invitation, the candidate's thanks, the ATS) make the short list moves with each refit.
    expect(decision.reasons[0]).toBe('Names the job');
    expect(decision.reasons.length).toBeGreaterThan(1);
    const digest = decideRelevance(relevanceFeatures({ ...EVIDENCE, acts: new Map(), processActKinds: 0, ownerReplied: false, involved: false, signals: new Set(['digest', 'interview']) }));
    expect(digest.relevant).toBe(false);
    expect(digest.reasons).toContain('Looks like a newsletter or job alert');
  });

  it('say an offer is made only where the offer act reads one, not where mail names offers as a policy', () => {
    expect(signalsIn('Ranking on the shortlist does not guarantee you an offer of employment.').has('offer')).toBe(true);
    const policy = decideRelevance(relevanceFeatures({ ...EVIDENCE, signals: new Set(['interview', 'hiring', 'offer']) }));
    expect(policy.reasons).not.toContain('Makes an offer');
  });
});

describe('the trainer', () => {
  // y follows x0 and goes against x1; x2 is noise.
  const examples: Example[] = Array.from({ length: 40 }, (_, i) => {
    const x0 = i % 2;
    const x1 = Math.floor(i / 2) % 2;
    const x2 = Math.floor(i / 4) % 3;
    return { x: [x0, x1, x2], y: x0 === 1 && x1 === 0 ? 1 : 0, weight: 1 };
  });

  it('fits separable data with the right signs', () => {
    const fit = fitLogistic(examples, 0.1);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBeLessThan(-1);
    expect(Math.abs(fit.weights[2] ?? 0)).toBeLessThan(0.5);
    for (const e of examples) expect(predict(fit, e.x) >= 0.5).toBe(e.y === 1);
    expect(fitLogistic(examples, 0.1)).toEqual(fit);
  });

  it('keeps each feature to the side its meaning gives it', () => {
    const against = fitLogistic(examples, 0.1, [-1, 0, 0]);
    expect(against.weights[0]).toBe(0);
    expect(against.weights[1]).toBeLessThan(0);
    const both = fitLogistic(examples, 0.1, [0, 1, 0]);
    expect(both.weights[0]).toBeGreaterThan(0);
    expect(both.weights[1]).toBe(0);
  });

  it('measures calibration: confidences that match the hit rate have no error', () => {
    const pairs = [...Array.from({ length: 8 }, (_, i) => ({ confidence: 0.75, right: i < 6 })), ...Array.from({ length: 4 }, () => ({ confidence: 0.95, right: true }))];
    expect(expectedCalibrationError(pairs)).toBeCloseTo((4 / 12) * 0.05);
    expect(expectedCalibrationError([{ confidence: 0.9, right: false }])).toBeCloseTo(0.9);
  });
});

describe('look-alike signals', () => {
  it('read checking references as a hiring process', () => {
    expect(signalsIn("We're calling your two referees this week and talking to one more applicant.").has('hiring')).toBe(true);
    expect(signalsIn('Next we will contact your references, then decide.').has('hiring')).toBe(true);
    expect(signalsIn('The reference checks are under way.').has('hiring')).toBe(true);
  });

  it('read a vendor pitch as sales, and a transactional footer or a calendar invitation as no newsletter', () => {
    expect(signalsIn('Firms like yours usually halve their time-to-hire once we automate interview scheduling.').has('sales')).toBe(true);
    expect(signalsIn('We are a certified services partner and would welcome a discovery call.').has('sales')).toBe(true);
    expect(signalsIn('Our nearshore engineers can help you fill your open position faster.').has('sales')).toBe(true);
    expect(signalsIn('Our tool slashes no-shows by up to 40% for hospital recruiters.').has('sales')).toBe(true);
    expect(signalsIn('Happy to set you up with a free pilot, no setup fee.').has('sales')).toBe(true);
    expect(signalsIn('Please plug your laptop into the screen before the exercise; it cuts setup time by 5 minutes.').has('sales')).toBe(false);
    expect(signalsIn('We plug into Workday, so your recruiters keep their screens.').has('sales')).toBe(true);
    expect(signalsIn("You're receiving this email because you applied for a role with us.").has('digest')).toBe(false);
    expect(signalsIn('You are receiving this email because you are an attendee on the event.').has('digest')).toBe(false);
    expect(signalsIn('You are receiving this email because you joined our talent community.').has('digest')).toBe(true);
  });

  it('read a listicle as interview tips, and a count of the questions the interview asks as none', () => {
    expect(signalsIn('7 questions you should ask at the end of any interview').has('tips')).toBe(true);
    expect(signalsIn('Ten tips to nail your next panel interview.').has('tips')).toBe(true);
    expect(signalsIn('next step is a one-way video: 4 questions, about 2 minutes each.').has('tips')).toBe(false);
    expect(signalsIn('The written test has five questions and takes an hour.').has('tips')).toBe(false);
  });

  it('read interviews held only for the shortlist, and a shortlist the owner missed, as conditional', () => {
    expect(signalsIn('Interviews for shortlisted applicants are planned for the week of 9 March.').has('conditionalInterview')).toBe(true);
    expect(signalsIn('Regrettably you have not been selected for an interview this time.').has('conditionalInterview')).toBe(true);
    expect(signalsIn('your application has not been taken forward to interview on this occasion').has('conditionalInterview')).toBe(true);
    expect(signalsIn('We are sorry you were not progressed to interview.').has('conditionalInterview')).toBe(true);
    expect(signalsIn('You have been put forward to interview with the client.').has('conditionalInterview')).toBe(false);
  });
});
