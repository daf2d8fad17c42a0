// Every regular expression the engine (src/core) uses: the literals, read from the source, and the
// ones built with new RegExp from string pieces, recorded while the modules load.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const CORE_DIR = new URL('../../../src/core/', import.meta.url).pathname;

export interface EnginePattern {
  /** Where it is written: "analyze/names.ts:12", or "new RegExp" for a built one. */
  where: string;
  regexp: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

const isInsideFunction = (node: ts.Node): boolean => {
  for (let up = node.parent; up; up = up.parent) if (ts.isFunctionLike(up)) return true;
  return false;
};

/** The regular-expression literals of src/core, and the `new RegExp` calls that run only inside a function. */
export function scanSource(): { literals: EnginePattern[]; builtInFunctions: string[] } {
  const literals: EnginePattern[] = [];
  const builtInFunctions: string[] = [];
  for (const file of sourceFiles(CORE_DIR)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    visit(source, (node) => {
      const where = `${relative(CORE_DIR, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        literals.push({ where, regexp: new RegExp(node.text.slice(1, slash), node.text.slice(slash + 1)) });
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && isInsideFunction(node)) {
        // Copying a checked pattern with other flags adds no new pattern.
        const copiesAPattern = node.arguments?.[0] !== undefined && ts.isPropertyAccessExpression(node.arguments[0]) && node.arguments[0].name.text === 'source';
        // caseless.ts rebuilds a checked pattern with its letters lowered, one-byte.ts with its typographic
        // characters as their twins: the same pattern, character for character.
        const lowersAPattern = ['caseless.ts', 'one-byte.ts'].includes(relative(CORE_DIR, file));
        if (!copiesAPattern && !lowersAPattern) builtInFunctions.push(where);
      }
    });
  }
  return { literals, builtInFunctions };
}

/** The patterns the engine's modules build with new RegExp as they load. */
export async function builtPatterns(): Promise<EnginePattern[]> {
  const built: EnginePattern[] = [];
  const Native = globalThis.RegExp;
  class Recorded extends Native {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      // Libraries the engine loads (chrono-node) build their own; only the engine's own count here.
      if (new Error().stack?.includes(CORE_DIR)) built.push({ where: 'new RegExp', regexp: new Native(this.source, this.flags) });
    }
  }
  globalThis.RegExp = Recorded as RegExpConstructor;
  try {
    for (const file of sourceFiles(CORE_DIR)) await import(/* @vite-ignore */ `${file}?patterns`);
  } finally {
    globalThis.RegExp = Native;
  }
  return built;
}
