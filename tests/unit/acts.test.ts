import { describe, expect, it } from 'vitest';
import { actCounts, actsOf, type Act } from '../../src/core/analyze/acts';
import { sentencesOf } from '../../src/core/analyze/sentences';
import { isAutoReply } from '../../src/core/analyze/signals';
import { oneByte } from '../../src/core/one-byte';
import { threadStage } from '../../src/core/analyze/stage';

const employer = (text: string) => sentencesOf(text).flatMap((s) => actsOf(s, 'employer'));
const owner = (text: string) => sentencesOf(text).flatMap((s) => actsOf(s, 'owner'));

describe('sentencesOf', () => {
  it('splits at sentence ends and lines, keeping abbreviations and times whole', () => {
    const texts = sentencesOf('Dear Ms. Lim,\nYou will meet Mr. Tan at 10 a.m. Tuesday. Does that work?\n- Bring ID.').map((s) => s.text);
    expect(texts).toEqual(['Dear Ms. Lim,', 'You will meet Mr. Tan at 10 a.m. Tuesday.', 'Does that work?', 'Bring ID.']);
  });

  it('joins a sentence hard-wrapped over lines, and only one that runs on in lower case', () => {
    const texts = sentencesOf('Hi Sam,\nafter careful thought we have decided not to move forward with\nyour application.\nBest regards,\nJo').map((s) => s.text);
    expect(texts).toEqual(['Hi Sam, after careful thought we have decided not to move forward with your application.', 'Best regards,', 'Jo']);
    expect(employer('we would like to invite you to an\ninterview with the team next week')).toContain('invite');
    expect(sentencesOf('Bring:\n- two pieces of ID,\n- your certificate').map((s) => s.text)).toEqual(['Bring:', 'two pieces of ID,', 'your certificate']);
  });

  it('marks questions', () => {
    expect(sentencesOf('Could you come in on Thursday? We look forward to it.').map((s) => s.question)).toEqual([true, false]);
  });
});

describe('actsOf: only what a sentence asserts', () => {
  it('reads invitations, asked as questions too', () => {
    expect(employer('We would like to invite you to a first interview.')).toContain('invite');
    expect(employer('Could you come by the warehouse on Thursday at 2pm?')).toContain('invite');
  });

  it('drops conditionals, negations and questions of fact', () => {
    expect(employer('If you are selected for an interview, we will invite you to a call.')).not.toContain('invite');
    expect(employer('This is not a screening interview.')).toEqual([]);
    expect(employer('Is your interview confirmed?')).not.toContain('confirm');
    expect(employer('Any offer of employment is contingent on a background check.')).not.toContain('offer');
    expect(employer('Before we invite you to interview, please complete the questionnaire.')).not.toContain('invite');
  });

  it('ends a "before we…" clause at its comma: the main clause after it asserts', () => {
    expect(employer('Before we book anything, we would like to invite you to a first interview.')).toContain('invite');
  });

  it('keeps a negation or a conditional to its own clause', () => {
    expect(employer("No worries, we'd like to invite you to a second interview.")).toContain('invite');
    expect(employer('Once again, thank you for meeting with us.')).toContain('thankInterview');
  });

  it('reads a rejection whose own words are a negation', () => {
    expect(employer('We have decided not to move forward with your application.')).toContain('reject');
    expect(employer('We decided to go ahead with another candidate.')).toContain('reject');
  });

  it('reads offers, delays and rejections in their common forms', () => {
    expect(employer('We are offering you the Data Engineer position at a salary of $120,000.')).toContain('offer');
    expect(employer('The role has been put on hold while leadership revisits the budget.')).toContain('delay');
    expect(employer('We have paused hiring for this role until the new year.')).toContain('delay');
    expect(employer('After careful consideration we will not be progressing your application further.')).toContain('reject');
  });

  it('tells a request to confirm from a confirmation', () => {
    expect(employer('Please confirm your interview slot.')).not.toContain('confirm');
    expect(employer('We are pleased to confirm your interview on Tuesday.')).toContain('confirm');
  });

  it("knows someone else's interview", () => {
    expect(employer("We'd like to interview him on Thursday.")).toContain('thirdParty');
    expect(employer('Manage your candidate profile here.')).not.toContain('thirdParty');
    expect(employer('Would you have time for a short reference call with me about Jordan?')).toContain('thirdParty');
    expect(employer('Reference call: Jordan Lee (Shift Supervisor)')).toContain('thirdParty');
    expect(employer('We take notes during reference calls and delete them after 60 days.')).not.toContain('thirdParty');
    expect(employer('Next we will arrange a reference call with your former manager.')).not.toContain('thirdParty');
    expect(employer('Before we book anything, could she send her availability for next week?')).toContain('thirdParty');
    expect(owner('Congrats, that is huge!')).toContain('ownerThirdParty');
  });

  it('tells being invited to interview for a job from being added to interview someone', () => {
    expect(employer("You're invited to interview for the Payroll Clerk opening at Lindqvist Foods.")).not.toContain('thirdParty');
    expect(employer('You have been invited to interview with our head of nursing next Tuesday.')).not.toContain('thirdParty');
    expect(employer('You are scheduled to interview at the Ashford depot on the 9th.')).not.toContain('thirdParty');
    expect(employer('You have been added to the interview panel for the Buyer candidate.')).toContain('thirdParty');
    expect(employer('You are scheduled to interview Omar Haddad at 11am.')).toContain('thirdParty');
  });

  it('reads a rejection that names whom they chose instead', () => {
    expect(employer('In the end we offered the warehouse lead role to someone already on our team.')).toContain('reject');
    expect(employer("We've gone with an applicant who has more forklift experience.")).toContain('reject');
    expect(employer("We won't be offering you the position this time.")).toContain('reject');
  });

  it('reads a pause in its other words, and a denial of any timeline', () => {
    expect(employer('The selection procedure is therefore suspended.')).toContain('delay');
    expect(employer('We have to hold off on hiring until the spring.')).toContain('delay');
    expect(employer('Honestly, I cannot say when this will move again.')).toContain('noTimeline');
  });

  it('reads a pause of the hire itself, or of the hiring actions however qualified', () => {
    expect(employer("We're pausing the hire until the grant lands.")).toContain('delay');
    expect(employer('Until the audit closes we are suspending this hire.')).toContain('delay');
    expect(employer('All outstanding hiring actions across the county have been suspended.')).toContain('delay');
    expect(employer('Recruiting actions for the depot posts were paused by the council last week.')).toContain('delay');
  });

  it('does not read an invitation into thanks for a meeting that happened, or into the employer\'s own meeting', () => {
    expect(employer('Thank you for meeting with our hiring committee on Monday.')).not.toContain('invite');
    expect(employer('I will have a last conversation with our director on Friday.')).not.toContain('invite');
    expect(employer('Would you be free for a chat with our team next week?')).toContain('invite');
  });

  it('reads a time the candidate still picks as asking for availability', () => {
    expect(employer('Please record the one-way video interview by Sunday at 11:59 pm.')).toContain('askAvailability');
    expect(employer('Here are a few times next week, reply with whichever suits.')).toContain('askAvailability');
    expect(employer('We would be grateful if you could send your general availability.')).toContain('askAvailability');
  });

  it("reads the candidate's offer stated as ready, and thanks for the time given to interview", () => {
    expect(employer('Good news: your offer for the fleet coordinator job is ready to sign in the portal.')).toContain('offer');
    expect(employer('Your formal offer has been attached for your records.')).toContain('offer');
    expect(employer('Your offer of an interview slot is ready in the scheduler.')).not.toContain('offer');
    expect(employer('Thanks for applying, and for taking the time to interview with Dana on the 4th.')).toContain('thankInterview');
    expect(employer('We appreciate your interest and thank you also for making time to interview with the board.')).toContain('thankInterview');
    expect(employer('Thank you for your interest and for taking the time to interview with our team last month.')).not.toContain('invite');
  });

  it('reads a terse offer that names what it is for', () => {
    expect(employer('Offer for the Warehouse Supervisor post attached, please review.')).toContain('offer');
    expect(employer('The offer for the data engineer role is attached to this email.')).toContain('offer');
    expect(employer('Offer for Junior Analyst enclosed; please sign by Friday.')).toContain('offer');
    expect(employer('The offer for the role will be attached once the budget is approved.')).not.toContain('offer');
    expect(employer('Any offer for this position is attached to a background check.')).not.toContain('offer');
  });

  it('reads times offered to choose from by what suits the candidate', () => {
    expect(employer('Could you reply with two or three times that suit?')).toContain('askAvailability');
    expect(employer('Please pick the one that suits you best on the booking page.')).toContain('askAvailability');
    expect(employer('The hiring manager has a few openings next week; take whichever one suits.')).toContain('askAvailability');
    expect(employer('Send over the dates that suit and I will hold them.')).toContain('askAvailability');
    expect(employer('We hope the new shift pattern suits you.')).not.toContain('askAvailability');
  });

  it('reads a note that opens by confirming the day or the meeting as booked', () => {
    expect(employer('Hi Omar, confirming Thursday at 9:30 with the two partners.')).toContain('confirm');
    expect(employer('Just confirming your site visit on the 12th.')).toContain('confirm');
    expect(employer('Confirming tomorrow morning, same room as before.')).toContain('confirm');
    expect(employer('Confirming receipt of your references.')).not.toContain('confirm');
  });

  it('reads a meeting the sentence puts ahead as not yet held, whatever follows it', () => {
    expect(employer("We'll show you the kitchens after the interview, so wear flat shoes.")).not.toContain('interviewHeld');
    expect(employer('The team will take you to lunch following your panel.')).not.toContain('interviewHeld');
    expect(employer('We will make our decision after your final interview with Sam.')).not.toContain('interviewHeld');
    expect(employer('We decided not to proceed after your panel interview.')).toContain('interviewHeld');
  });

  it("reads the candidate's meeting given its day as booked", () => {
    expect(employer('Your interview for the Site Electrician post (Ref 4471) is tomorrow at the Dunmore yard.')).toContain('confirm');
    expect(employer('Your second interview with the ops director will be on Tuesday, 2 pm.')).toContain('confirm');
    expect(employer('Your assessment is today, so bring a pen.')).toContain('confirm');
    expect(employer('Your interview feedback will be Monday at the latest.')).not.toContain('confirm');
    expect(employer('If your interview is on Friday, park at the back.')).not.toContain('confirm');
  });

  it('reads a request to choose, or to say when the candidate is free, in any wording', () => {
    expect(employer("Both mornings are possible; I only need to hear which you'd prefer.")).toContain('askAvailability');
    expect(employer('Kindly share a couple of windows when you would be free over the next fortnight.')).toContain('askAvailability');
    expect(employer('Just write back with your pick and I will lock it in.')).toContain('askAvailability');
    expect(employer('We still have two open slots for the site visit on Thursday.')).toContain('askAvailability');
    expect(employer('We do not know yet which day you would prefer to start.')).not.toContain('askAvailability');
  });

  it('reads a meeting dated in the past as held, and one the sentence puts ahead as not', () => {
    expect(employer('It was lovely to chat with you on the phone last week.')).toContain('interviewHeld');
    expect(employer('Your conversation with our head chef last Thursday left a strong impression on her.')).toContain('interviewHeld');
    expect(employer('The two partners you met yesterday were both impressed.')).toContain('interviewHeld');
    expect(employer('We will have a call next week to go over what the team discussed yesterday.')).not.toContain('interviewHeld');
    expect(employer('Could we move the panel from last Friday to Monday?')).not.toContain('interviewHeld');
  });

  it('does not read a booking inside a time clause', () => {
    expect(employer('Hiring is paused until the new budget is confirmed.')).not.toContain('confirm');
    expect(employer('Interview confirmed')).toContain('confirm');
  });

  it("reads the owner's thanks and commitments", () => {
    expect(owner('Thank you for meeting with me yesterday.')).toContain('ownerThanks');
    expect(owner("Thursday works for me. I'll see you then.")).toEqual(expect.arrayContaining(['ownerAccepts', 'ownerCommits']));
  });

  it("reads the owner's booking stated as done, and a see-you to the whole panel", () => {
    expect(owner('Great, the 14th at 11 is confirmed.')).toContain('ownerCommits');
    expect(owner('Monday 3pm is booked on my calendar, thanks!')).toContain('ownerCommits');
    expect(owner('Fine by me, see you and Priya then.')).toContain('ownerCommits');
    expect(owner('Looking forward to it, see you both on Tuesday.')).toContain('ownerCommits');
    expect(owner('Is the 14th confirmed?')).not.toContain('ownerCommits');
    expect(owner("My train isn't booked yet.")).not.toContain('ownerCommits');
    expect(owner('If the room is confirmed, I can come at 11.')).not.toContain('ownerCommits');
    expect(owner('Please let me know which of the two is confirmed.')).not.toContain('ownerCommits');
    expect(owner('I will book my flight once the date is confirmed.')).not.toContain('ownerCommits');
  });
});

describe('threadStage', () => {
  const acts = (...names: Act[]) => new Map(names.map((name) => [name, 1]));

  it('follows the employer, with the owner as context', () => {
    const stage = threadStage([
      { acts: acts('invite'), fromOwner: false, hasWindow: false },
      { acts: acts('ownerCommits'), fromOwner: true, hasWindow: false },
      { acts: acts('ownerThanks'), fromOwner: true, hasWindow: false },
    ]);
    expect(stage).toBe('awaiting-decision');
  });

  it("the owner's terse yes to a proposed slot books it; saying which of several suits does not", () => {
    const proposal = { acts: acts('invite', 'askAvailability'), fromOwner: false, hasWindow: false };
    const reply = (text: string) => ({ acts: actCounts(sentencesOf(text), 'owner'), fromOwner: true, hasWindow: false });
    expect(threadStage([proposal, reply('Confirmed, Wednesday at 11.')])).toBe('scheduled');
    expect(threadStage([proposal, reply('Wednesday would suit me best of the three.')])).toBe('scheduling');
  });

  it("the owner's commitment books an interview the employer only named", () => {
    const named = { acts: acts('interviewForYou'), fromOwner: false, hasWindow: false };
    const reply = (text: string) => ({ acts: actCounts(sentencesOf(text), 'owner'), fromOwner: true, hasWindow: false });
    expect(threadStage([named, reply("Got it. I'll be there ten minutes early.")])).toBe('scheduled');
    expect(threadStage([named, reply('Thanks, see you on Friday.')])).toBe('scheduled');
    expect(threadStage([named, reply('Thanks for the details.')])).toBeNull();
  });

  it('a delay with a new dated promise awaits a decision again', () => {
    expect(threadStage([{ acts: acts('delay'), fromOwner: false, hasWindow: true }])).toBe('awaiting-decision');
    expect(threadStage([{ acts: acts('delay'), fromOwner: false, hasWindow: false }])).toBe('delayed');
  });

  it('saying there is no good news, then explaining a pause, is no rejection', () => {
    const stageOf = (text: string) => threadStage([{ acts: actCounts(sentencesOf(text), 'employer'), fromOwner: false, hasWindow: false }]);
    expect(stageOf("I'm afraid I don't have the news I hoped for. The role has been put on hold while the team is restructured.")).toBe('delayed');
    expect(stageOf('We do not have good news yet. The search is paused until the new budget year starts.')).toBe('delayed');
    expect(stageOf("Unfortunately I don't have good news. We have offered the post to another candidate.")).toBe('rejected');
    expect(stageOf("I'm sorry, I don't have good news for you this time.")).toBe('rejected');
  });

  it('bad news followed by a time to book is not a rejection', () => {
    expect(threadStage([{ acts: acts('badNews', 'askAvailability'), fromOwner: false, hasWindow: false }])).toBe('scheduling');
    expect(threadStage([{ acts: acts('badNews'), fromOwner: false, hasWindow: false }])).toBe('rejected');
  });

  it('a cancellation that asks for new times is scheduling again, and a mere mention of the interview keeps the stage', () => {
    expect(threadStage([{ acts: acts('cancel', 'askAvailability'), fromOwner: false, hasWindow: false }])).toBe('scheduling');
    expect(threadStage([{ acts: acts('confirm'), fromOwner: false, hasWindow: false, statesTime: true }, { acts: acts('interviewForYou'), fromOwner: false, hasWindow: false }])).toBe('scheduled');
  });

  it('a pause that says it has no timeline stays a pause, whatever date it guesses', () => {
    expect(threadStage([{ acts: acts('delay', 'noTimeline'), fromOwner: false, hasWindow: true }])).toBe('delayed');
  });

  it('a reply that says only that no date can be given leaves the process open-ended', () => {
    const held = { acts: acts('thankInterview'), fromOwner: false, hasWindow: false };
    for (const reply of ['Nothing to report, sorry. There is no date for the decision yet.', 'we honestly dont know yet when the board will sign off', 'The Institute is not able to indicate any date for the appointment orders at present.']) {
      const counts = actCounts(sentencesOf(reply), 'employer');
      expect(counts.get('noTimeline'), reply).toBeGreaterThan(0);
      expect(threadStage([held, { acts: counts, fromOwner: false, hasWindow: false }]), reply).toBe('delayed');
    }
    // Thanks for the interview beside it are the usual wait for a decision.
    expect(threadStage([{ acts: acts('thankInterview', 'noTimeline'), fromOwner: false, hasWindow: false }])).toBe('awaiting-decision');
  });

  it("an owner's forward takes the forwarded mail's stage, and the reply of whoever it went to moves nothing", () => {
    const stage = threadStage([
      { acts: acts('ownerInterview', 'reschedule', 'confirm'), forwardedActs: [acts('reschedule', 'confirm')], fromOwner: true, hasWindow: false },
      { acts: acts('promiseDecision'), fromOwner: false, fromConfidant: true, hasWindow: true },
    ]);
    expect(stage).toBe('scheduled');
  });

  it('a forward holding older forwards beneath it is read oldest first: the newest level sets the stage', () => {
    const forward = { acts: acts('ownerInterview'), fromOwner: true, hasWindow: true };
    expect(threadStage([{ ...forward, forwardedActs: [acts('thankInterview', 'promiseDecision'), acts('reschedule', 'confirm'), acts('invite')] }])).toBe('awaiting-decision');
    expect(threadStage([{ ...forward, forwardedActs: [acts('confirm'), acts('thankInterview')] }])).toBe('scheduled');
  });

  it("a forwarded pause with a new dated promise awaits the decision: the forward's own promise counts, not the owner's note", () => {
    const forward = { acts: acts('ownerCheckIn'), forwardedActs: [acts('delay')], fromOwner: true, hasWindow: false };
    expect(threadStage([{ ...forward, forwardedWindows: [true] }])).toBe('awaiting-decision');
    expect(threadStage([{ ...forward, forwardedWindows: [false] }])).toBe('delayed');
  });

  it('a postponed interview that asks for new times is scheduling, not a pause', () => {
    expect(threadStage([{ acts: acts('delay', 'reschedule', 'askAvailability'), fromOwner: false, hasWindow: false }])).toBe('scheduling');
    expect(threadStage([{ acts: acts('delay', 'askAvailability'), fromOwner: false, hasWindow: false }])).toBe('delayed');
  });

  it("an out-of-office reply moves nothing, whatever it promises of the sender's return", () => {
    const booked = { acts: acts('confirm'), fromOwner: false, hasWindow: false, statesTime: true };
    expect(threadStage([booked, { acts: acts('promiseDecision'), fromOwner: false, hasWindow: true, autoReply: true }])).toBe('scheduled');
  });
});

describe('isAutoReply', () => {
  it('reads an away notice by the sender away now and how mail is handled meanwhile', () => {
    expect(isAutoReply('Thank you for your email. I am out of the office until 14 May with limited access to email.')).toBe(true);
    expect(isAutoReply("Hi, I'm on annual leave this week and will respond on my return. For anything urgent call Sam.")).toBe(true);
    expect(isAutoReply('Automatic reply: I am currently travelling and will get back to you upon my return.')).toBe(true);
  });

  it('leaves a person writing about an earlier away notice, or about their own leave in passing', () => {
    expect(isAutoReply('Sorry for the auto-reply, I was away at a wedding. Thursday at 10 works for us.')).toBe(false);
    expect(isAutoReply("I'm away next week, so let's meet on Tuesday at 3pm.")).toBe(false);
  });

  it("leaves a person who quotes their own away notice", () => {
    expect(isAutoReply('Apologies, you will have had my "I am out of the office with limited access to email" message. The panel is set for Monday.')).toBe(false);
    // The engine reads mail with its curly quotes as one-byte twins (src/core/one-byte.ts).
    expect(isAutoReply(oneByte('You got my \u201cI am on leave, back on the 3rd\u201d note, sorry! We can talk Friday.'))).toBe(false);
    expect(isAutoReply('Sorry about my auto-reply ("I\'m away until 20 July, for urgent matters call the office"), I am back now.')).toBe(false);
  });
});
