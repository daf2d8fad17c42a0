// Spelling with an injected Hunspell checker; the application's own names and common job words are not errors.
import type { DraftContext, DraftToLint, Finding, Speller } from '../types';

const KNOWN = new Set(
  `afterview onsite onboarding offboarding linkedin github gitlab zoom fintech saas api apis sql nosql javascript typescript kubernetes devops frontend backend fullstack
  roadmap roadmaps ux ui cto ceo cfo coo vp hr okrs kpis ai ml llm llms ios android b2b b2c startup startups scalable workflow workflows dataset datasets
  microservice microservices terraform graphql postgres webhook webhooks dbt figma jira hubspot observability golang serverless monorepo monorepos deduplication
  upskilling upskill runbook runbooks codebase codebases repo repos middleware async mlops dataops grafana prometheus datadog splunk bigquery redshift databricks
  pyspark tensorflow pytorch numpy nextjs vue svelte nestjs fastapi django kotlin scala elixir clojure webpack vite asana trello confluence zendesk twilio shopify
  hackathon hackathons cofounder cofounders standup standups retro retros fullstack dev devs`
    .split(/\s+/)
    .filter(Boolean),
);

function allowedWords(ctx: DraftContext): Set<string> {
  const app = ctx.dossier.application;
  const names = [
    app.company,
    app.role,
    ctx.recipient?.name ?? '',
    ctx.settings.profile.name,
    ctx.settings.profile.signature,
    ...ctx.dossier.contacts.map((c) => `${c.name} ${c.title}`),
    ...ctx.dossier.interviews.flatMap((i) => i.interviewers),
    ...app.references.map((r) => r.name),
  ];
  return new Set(names.join(' ').toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean));
}

const SUGGESTED = 3;
const WORD = /[\p{L}][\p{L}'’]*[\p{L}]|[\p{L}]/gu;

function isMidSentence(text: string, index: number): boolean {
  // Not at the start of the text or a line, nor after the end of a sentence.
  return !/(?:^|\n|[.!?:]["'”’)]?)\s*$/.test(text.slice(Math.max(0, index - 40), index));
}

export function spellingFindings(draft: DraftToLint, ctx: DraftContext, speller: Speller | undefined): Finding[] {
  if (!speller) return [];
  const allowed = allowedWords(ctx);
  const out: Finding[] = [];
  const text = draft.body;
  const skip = /https?:\/\/\S+|\S+@\S+|\[[^\]]*\]/g;
  const masked = text.replace(skip, (m) => ' '.repeat(m.length));
  for (const m of masked.matchAll(WORD)) {
    const word = m[0].replace(/[’]/g, "'");
    const lower = word.toLowerCase();
    if (word.length < 3 || allowed.has(lower) || KNOWN.has(lower) || /^[A-Z]{2,}$/.test(word)) continue;
    // Internal capitals (GraphQL, iOS) and capitalised words inside a sentence are product or proper names.
    if (/\p{Lu}/u.test(word.slice(1)) || (/^\p{Lu}/u.test(word) && isMidSentence(masked, m.index ?? 0))) continue;
    if (speller.correct(word) || speller.correct(lower) || speller.correct(word.replace(/'s$/, ''))) continue;
    // Suggesting costs a few ms a word, so only the first few misspellings get suggestions.
    const suggestions = out.length < SUGGESTED ? (speller.suggest?.(word).slice(0, 3) ?? []) : [];
    const start = m.index ?? 0;
    out.push({
      code: 'spelling',
      severity: 'warning',
      message: suggestions.length ? `“${word}” may be misspelt: ${suggestions.join(', ')}?` : `“${word}” may be misspelt.`,
      span: [start, start + m[0].length],
    });
    if (out.length >= 20) break;
  }
  return out;
}
