// Every public export is documented, and every exported function, class and constant
// carries an @example with Arabic text (the API reference is generated from these).
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ARABIC = /[\u0600-\u06ff]/;
const entry = resolve(__dirname, '../../src/index.ts');
const program = ts.createProgram([entry], { allowJs: false, resolveJsonModule: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowArbitraryExtensions: true });
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
const exports = checker.getExportsOfModule(moduleSymbol).map((s) => {
  const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  return { name: s.getName(), symbol: target };
});

describe('public API documentation', () => {
  it('documents every export', () => {
    const undocumented = exports.filter((e) => ts.displayPartsToString(e.symbol.getDocumentationComment(checker)).trim() === '').map((e) => e.name);
    expect(undocumented).toEqual([]);
  });

  it('gives every function, class and constant an Arabic @example', () => {
    const runtime = exports.filter((e) => e.symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable));
    expect(runtime.length).toBeGreaterThan(10);
    const missing = runtime
      .filter((e) => !e.symbol.getJsDocTags(checker).some((t) => t.name === 'example' && ARABIC.test(ts.displayPartsToString(t.text))))
      .map((e) => e.name);
    expect(missing).toEqual([]);
  });
});
