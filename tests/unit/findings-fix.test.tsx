// @vitest-environment happy-dom
// The Fix button beside a fact-check finding: present only where a fix is, named by what it writes,
// reachable by keyboard (a real button), and deaf to clicks a page script makes.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/drafts';
import { Findings } from '../../src/ui/components/Findings';

const withFix: Finding = {
  code: 'wrong-weekday',
  severity: 'error',
  message: 'Your interview was on Monday, November 23, not a Tuesday.',
  span: [40, 47],
  fix: { span: [40, 47], original: 'Tuesday', replacement: 'Monday' },
};
const withoutFix: Finding = { code: 'casual-tone', severity: 'warning', message: '“Hey” sounds casual.', span: [0, 3] };

function mount(findings: Finding[], onFix?: (f: Finding) => void): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Findings findings={findings} onFix={onFix} />, root);
  return root;
}

describe('Findings', () => {
  it('offers a named Fix button only on a finding that has a fix', () => {
    const root = mount([withFix, withoutFix], () => undefined);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.textContent).toBe('Fix');
    expect(buttons[0]?.getAttribute('aria-label')).toBe('Fix: replace “Tuesday” with “Monday”');
    expect(buttons[0]?.getAttribute('type')).toBe('button');
  });

  it('shows no button where the page gives no way to apply it', () => {
    expect(mount([withFix]).querySelectorAll('button')).toHaveLength(0);
  });

  it('ignores a click a page script dispatched', () => {
    const onFix = vi.fn();
    mount([withFix], onFix).querySelector('button')?.click();
    expect(onFix).not.toHaveBeenCalled();
  });
});
