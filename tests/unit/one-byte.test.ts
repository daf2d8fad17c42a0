// The engine reads mail's typographic characters as one-byte twins (src/core/one-byte.ts): text maps there
// and back, and every literal in the engine that names one of them is passed through oneByte, or it would
// never meet the character in the mail it reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fromOneByte, mailAsOneByte, oneByte } from '../../src/core/one-byte';

const TYPOGRAPHIC = /[–—‘’“”…•]/;
const ENGINE = ['src/core/analyze', 'src/core/timeline'].map((dir) => resolve(import.meta.dirname, '../..', dir));

/** The literals of a source file that name a typographic character outside a call of oneByte, as "file:line". */
function unwrapped(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isLiteral = (node: ts.Node) => ts.isRegularExpressionLiteral(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
  const visit = (node: ts.Node, insideOneByte: boolean): void => {
    const calls = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'oneByte';
    if (isLiteral(node) && !insideOneByte && TYPOGRAPHIC.test(node.getText(source))) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    ts.forEachChild(node, (child) => visit(child, insideOneByte || calls));
  };
  visit(source, false);
  return found;
}

describe('typographic characters as one-byte twins', () => {
  it('maps mail there and back, dropping the controls the twins stand in for', () => {
    const text = 'We’ll decide by Friday – “soon”… • next\x96';
    const read = mailAsOneByte(text);
    expect(read).not.toMatch(TYPOGRAPHIC);
    expect(fromOneByte(read)).toBe(text.slice(0, -1));
    expect(oneByte(/[–—-]/).test(read)).toBe(true);
  });

  it('leaves text without them as it is', () => {
    expect(mailAsOneByte('Thanks, Zoë 😀')).toBe('Thanks, Zoë 😀');
    expect(fromOneByte(mailAsOneByte('Zoë’s call → 3 pm'))).toBe('Zoë’s call → 3 pm');
  });

  it('has every engine literal that names one pass through oneByte', () => {
    const files = ENGINE.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
    expect(files.flatMap(unwrapped)).toEqual([]);
  });
});
