// Runs indexed rules over a prepared document: a rule runs only at tokens that trigger it
// (its trigger word, after proclitics are stripped, or a digit / Latin token), as a sticky
// RegExp anchored at that token. Cost grows with the text, not with the number of rules.

import type { Doc } from '../doc.js';
import { cliticReadings } from '../tokenize/clitics.js';
import { ARABIC, DIGIT, LATIN } from '../tokenize/char-class.js';
import type { Candidate, Label } from '../types.js';
import { mayTrigger, type RuleIndex, type RuntimeRule } from './compile-patterns.js';

const ARABIC_ = ARABIC;
const DIGIT_ = DIGIT;
const LATIN_ = LATIN;

/** و ف ب ل ك: a token starting with one of these may carry proclitics. */
function mayHaveProclitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}

/** True when a trigger word could start after one to three proclitic letters of the token. */
function mayFollowClitic(prefixes: RuleIndex['prefixes'], text: string, s: number, e: number): boolean {
  for (let p = 1; p <= 3 && e - s - p >= 2; p++) {
    if (mayTrigger(prefixes, text, s + p, e - s - p)) return true;
  }
  // After لل the article's alef is restored: a trigger starting with ال.
  return text.charCodeAt(s + 1) === 0x0644 || text.charCodeAt(s + 2) === 0x0644;
}

/** How far past a لل token the restored-article window reaches; longer than any rule match. */
const WINDOW = 400;

interface Span {
  start: number;
  end: number;
  label: Label;
  inner: Span[];
}

/** Nests labelled group spans by containment (input sorted by start, then longest first). */
function nest(spans: Span[]): Span[] {
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const s of spans) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && s.end <= parent.end) parent.inner.push(s);
    else roots.push(s);
    stack.push(s);
  }
  return roots;
}

function toCandidate(rule: RuntimeRule, s: Span): Candidate {
  const c: Candidate = { start: s.start, end: s.end, label: s.label, priority: rule.priority, source: { kind: 'pattern', ref: rule.id } };
  if (s.inner.length > 0) c.inner = s.inner.map((i) => toCandidate(rule, i));
  return c;
}

/** Shrinks a span so it neither starts nor ends with a space. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return [start, end];
}

/**
 * Turns one match into candidates. `shift` maps match offsets to document offsets and
 * `floor` is the first document offset a span may cover (both only differ from 0 in the
 * restored-article window).
 */
function emit(rule: RuntimeRule, m: RegExpExecArray, text: string, shift: number, floor: number, out: Candidate[]): void {
  const indices = m.indices!;
  const groups: Span[] = [];
  for (let g = 1; g < rule.groups.length; g++) {
    const label = rule.groups[g];
    const at = indices[g];
    if (!label || !at) continue;
    const [start, end] = trimSpan(text, Math.max(floor, at[0] + shift), at[1] + shift);
    if (end > start) groups.push({ start, end, label, inner: [] });
  }
  groups.sort((a, b) => a.start - b.start || b.end - a.end);
  const tops = nest(groups);
  if (rule.label !== null) {
    const [start, end] = trimSpan(text, Math.max(floor, m.index + shift), m.index + m[0].length + shift);
    if (end > start) out.push(toCandidate(rule, { start, end, label: rule.label, inner: tops }));
  } else {
    for (const s of tops) out.push(toCandidate(rule, s));
  }
}

/** Runs the compiled rules over a document and returns every candidate they produce. */
export function matchRules(index: RuleIndex, doc: Doc): Candidate[] {
  const text = doc.norm.text;
  const { count, starts, ends, kinds } = doc.tokens;
  const { byWord, prefixes, onDigit, onLatin } = index;
  const out: Candidate[] = [];
  // End of each rule's last match: a rule is not run again inside its own match.
  const lastEnd = new Int32Array(index.rules.length);

  const run = (rules: readonly RuntimeRule[], at: number): void => {
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if (at < lastEnd[rule.index]!) continue;
      const re = rule.re;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      lastEnd[rule.index] = at + m[0].length;
      emit(rule, m, text, 0, 0, out);
    }
  };

  // After لل the article's alef is not written (للرئيس = ل + الرئيس): match against a
  // short window with the alef restored, then map back, the span starting at the article's lam.
  const runRestored = (rules: readonly RuntimeRule[], at: number): void => {
    const window = '\u0627' + text.slice(at, at + WINDOW); // ا
    for (const rule of rules) {
      if (at < lastEnd[rule.index]!) continue;
      const re = rule.re;
      re.lastIndex = 0;
      const m = re.exec(window);
      if (m === null || m[0].length <= 1) continue;
      lastEnd[rule.index] = at - 1 + m[0].length;
      emit(rule, m, text, at - 1, at, out);
    }
  };

  for (let t = 0; t < count; t++) {
    const kind = kinds[t]!;
    const s = starts[t]!;
    if (kind === DIGIT_) {
      if (onDigit.length > 0) run(onDigit, s);
      continue;
    }
    const e = ends[t]!;
    if (mayTrigger(prefixes, text, s, e - s)) {
      const rules = byWord.get(text.slice(s, e));
      if (rules !== undefined) run(rules, s);
    }
    if (kind === ARABIC_) {
      // Proclitics: only when a trigger could start one, two or three letters in (لل restores ا).
      if (e - s > 2 && mayHaveProclitic(text.charCodeAt(s)) && mayFollowClitic(prefixes, text, s, e)) {
        const readings = cliticReadings(text.slice(s, e));
        for (let i = 1; i < readings.length; i++) {
          const { prefix, key } = readings[i]!;
          const stripped = byWord.get(key);
          if (stripped === undefined) continue;
          if (key.length === e - s - prefix) run(stripped, s + prefix);
          else runRestored(stripped, s + prefix);
        }
      }
    } else if (kind === LATIN_ && onLatin.length > 0) {
      run(onLatin, s);
    }
  }
  return out;
}
