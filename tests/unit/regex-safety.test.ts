// Issue 12: no pattern of the engine may backtrack catastrophically. Every RegExp of src/core is
// checked by scslre (the analyser behind eslint-plugin-regexp's no-super-linear-backtracking) for
// exponential backtracking, and by a structural rule: no unbounded quantifier inside another.
// Polynomial backtracking is allowed only because src/core/bounded-text.ts caps every input first.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { builtPatterns, scanSource, type EnginePattern } from './support/engine-patterns';

/** Reports of exponential backtracking in `regexp`, as scslre describes them. */
function exponentialIn(regexp: RegExp): string[] {
  return analyse(regexp)
    .reports.filter((report) => report.exponential)
    .map((report) => `${report.type} on repeated ${JSON.stringify(report.character.pick)}`);
}

function ancestors(node: AST.Node): AST.Node[] {
  const above: AST.Node[] = [];
  for (let up = node.parent; up; up = up.parent) above.push(up);
  return above;
}

/** Unbounded quantifiers ("*", "+", "{n,}") that sit inside another unbounded quantifier. */
function nestedUnbounded(regexp: RegExp): string[] {
  const ast = new RegExpParser().parseLiteral(`/${regexp.source}/${regexp.flags}`);
  const found: string[] = [];
  visitRegExpAST(ast, {
    onQuantifierEnter(node: AST.Quantifier) {
      if (node.max !== Infinity) return;
      for (const up of ancestors(node)) if (up.type === 'Quantifier' && up.max === Infinity) found.push(`${node.raw} inside ${up.raw.slice(0, 60)}`);
    },
  });
  return found;
}

const problems = (patterns: EnginePattern[]) =>
  patterns.flatMap(({ where, regexp }) => [...exponentialIn(regexp), ...nestedUnbounded(regexp)].map((problem) => `${where} /${regexp.source.slice(0, 80)}/: ${problem}`));

describe('the detector', () => {
  it('rejects the name-list pattern extract-people.ts used before issue 12, and the classic cases', () => {
    const name = String.raw`[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,2}`;
    const titleAfter = String.raw`(?:\s*\([^)]{1,60}\)|,\s*(?:(?:our|the|a|an)\s+)?[A-Za-z ]{2,40}?(?=,|\s+and\b|\s*&|[.;:!?]|$))?`;
    const list = String.raw`(${name}${titleAfter}(?:(?:,|,?\s+and|\s*&)\s+${name}${titleAfter})*)`;
    const before = new RegExp(String.raw`${list}\s+(?:will|would)\s+(?:be\s+)?(?:interview(?:ing)?|meet(?:ing)?)`, 'g');
    expect(exponentialIn(before)).not.toEqual([]);
    expect(nestedUnbounded(before)).not.toEqual([]);
    expect(exponentialIn(/^(a+)+$/)).not.toEqual([]);
    expect(nestedUnbounded(/(?:\w+\s?)*$/)).not.toEqual([]);
  });

  it('accepts patterns without nested repetition', () => {
    expect(exponentialIn(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}/)).toEqual([]);
    expect(nestedUnbounded(/(?:\s+[A-Z][a-z]+){1,2}/)).toEqual([]);
  });
});

describe('every pattern of the engine', () => {
  it('finds the patterns: the literals of src/core and the ones its modules build', async () => {
    const { literals } = scanSource();
    const built = await builtPatterns();
    expect(literals.length).toBeGreaterThan(100);
    expect(built.length).toBeGreaterThan(30);
  }, 60_000);

  it('builds no pattern inside a function, where loading the modules would not see it', () => {
    expect(scanSource().builtInFunctions).toEqual([]);
  });

  it('has no pattern prone to catastrophic backtracking', async () => {
    const patterns = [...scanSource().literals, ...(await builtPatterns())];
    expect(problems(patterns)).toEqual([]);
  }, 60_000);
});
