// Tone: emoji, casual words, impatience and ultimatums, which hiring managers read badly.
import type { DraftToLint, Finding } from '../types';
import { findAll } from './find';

// Pictographs (but not ©, ® or ™ as text) and typed emoticons such as :) ;-) :D <3.
const EMOJI = /(?![\u00A9\u00AE\u2122](?!\uFE0F))\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*|(?<![\w:;])[:;]-?[)(DP](?![\w])|(?<!\w)<3(?!\d)/u;
const CASUAL = /\b(?:hey|heya|gonna|wanna|gotta|lol|lmao|btw|omg|thx|tnx|pls|plz|ya|yep|nope|yo|kinda|sorta|cya|ttyl|haha+|lmk|tbh|idk|dude|awesome sauce)\b|!{2,}/i;
const IMPATIENT =
  /\b(?:still (?:haven't|have not|hadn't) heard|as I (?:said|mentioned|already (?:said|mentioned|wrote))|per my last (?:email|message)|I need an answer|I(?:'ve| have) been waiting|why (?:haven't|have not) (?:you|I)|(?:following|checking) up again|yet again|this is my (?:second|third|fourth) (?:email|attempt)|I expect(?:ed)? (?:to hear|an answer|a response)|still waiting|never heard back|(?:nobody|no one) (?:has )?(?:gotten|got|gets|replied|responded)|(?:haven't|have not) (?:yet )?(?:received|gotten|had) (?:a|any) (?:response|reply|answer)|please (?:respond|reply|get back to me)|as soon as possible|ASAP|urgent(?:ly)?)\b|\?{2,}/i;
const ULTIMATUM =
  /\b(?:or else|take it or leave it|final (?:offer|chance|warning)|last chance|unless you|if I (?:don't|do not) hear (?:back )?(?:from you )?by|I will (?:have to )?(?:accept|take|go with) the other offer|(?:need|want|must have|require) (?:an|your|a) (?:answer|decision|response|reply) (?:by|before|no later than)|I(?:'ll| will) (?:withdraw|walk away)|(?:I will|I'll) have no choice but|you have until|otherwise I(?:'ll| will) (?:accept|take|go with|withdraw))\b/i;
// Words of five or more capitals that are not acronyms people write that way.
const SHOUTING = /\b(?!(?:ASAP|HTML|JSON|LINUX|NASDAQ|COVID|SCRUM|AGILE|OKRS|KPIS|CRISPR|MIDAS|NASA|UNICEF)\b)[A-Z]{5,}\b|\b[A-Z]{3,}(?:\s+[A-Z]{3,}){1,20}\b/;

export function toneFindings(draft: DraftToLint): Finding[] {
  // Typographic apostrophes become straight ones (same length, so spans stay true) for the phrase lists.
  const text = draft.body.replace(/’/g, "'");
  return [
    ...findAll(text, EMOJI, 'emoji', 'warning', () => 'Emoji read as casual in a follow-up to an employer: leave them out.'),
    ...findAll(text, CASUAL, 'casual-tone', 'warning', (m) => `“${m}” sounds casual: keep the tone friendly but professional.`),
    ...findAll(text, SHOUTING, 'casual-tone', 'warning', (m) => `“${m}” in capitals reads as shouting.`),
    ...findAll(text, IMPATIENT, 'impatient-tone', 'warning', (m) => `“${m}” can sound impatient: assume good faith and keep it light.`),
    ...findAll(text, ULTIMATUM, 'ultimatum', 'error', (m) => `“${m}” is an ultimatum: state your timeline truthfully and ask, never threaten.`),
  ];
}
