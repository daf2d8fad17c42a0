import { useEffect, useState } from 'preact/hooks';
import type { LearnedRule } from '../../core/corrections/learned';
import { send } from '../../messaging';
import { Button } from '../components/Button';

/** A learned rule in words: what Afterview will do, and where. */
function describe(rule: LearnedRule): string {
  const where = rule.scope === 'domain' ? `mail from ${rule.target}` : 'one thread';
  if (rule.kind === 'company') return `Company “${rule.value}” for ${where}`;
  if (rule.kind === 'role') return `Role “${rule.value}” for ${where}`;
  return rule.value === 'interview' ? `Track ${where} as interviews` : `${where.charAt(0).toUpperCase()}${where.slice(1)} is not an interview`;
}

/** What Afterview learned from the user's corrections in the sidebar; each one can be forgotten. */
export function CorrectionsSection({ report }: { report: (message: string, error?: boolean) => void }) {
  const [rules, setRules] = useState<LearnedRule[]>([]);
  const fail = (e: unknown) => report(e instanceof Error ? e.message : String(e), true);
  useEffect(() => {
    send('corrections/list', {}).then(setRules, fail);
  }, []);
  const forget = async (rule: LearnedRule) => {
    try {
      setRules(await send('correction/forget', { key: rule.key }));
      report(`Forgotten: ${describe(rule)}.`);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section aria-labelledby="corrections-title" class="options__section">
      <h2 id="corrections-title">Learned from your corrections</h2>
      {rules.length === 0 ? <p class="av-empty">Nothing yet. When you correct a company, a role or whether a thread is an interview, Afterview remembers it here, on this computer only.</p> : null}
      <ul class="options__learned">
        {rules.map((rule) => (
          <li key={rule.key}>
            <span>{describe(rule)}</span>
            <Button aria-label={`Forget: ${describe(rule)}`} onClick={() => void forget(rule)}>
              Forget
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
