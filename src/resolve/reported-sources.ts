// News reports name a source and what it said in phrases the title rule reads as titles. After
// `مصدر` or `مصادر` (a source), `مسؤول` is the source's adjective, "responsible", no title:
// `صرح مصدر مسؤول في وزارة الداخلية` names no official, only the ministry. And the verbal noun
// of saying with a pronoun after a title is what the official said, no complement of the title:
// `نقلت الوكالة عن مسؤول قوله إن` is the title `مسؤول` and his saying.

import { tokenAt, type Doc } from '../doc.js';
import { TITLE_ORGANISATION_RULE } from '../patterns/title-before-organisation.js';
import type { Candidate } from '../types.js';
import { nounAt, nounWords } from './noun-words.js';
import { spanOf } from './resolve-overlaps.js';

/** The rules whose titles these phrases mimic: the title rule, and a title before its organisation. */
const TITLE_RULES: ReadonlySet<string> = new Set(['occ-title-person', TITLE_ORGANISATION_RULE]);
/** `مسؤول`, `مسؤولة`: an official, and the adjective "responsible". */
const OFFICIAL = nounWords(['مسؤول', 'مسؤولة', 'مسئول', 'مسئولة']);
/** A source, sources. */
const SOURCES = nounWords(['مصدر', 'مصادر']);
/** Verbal nouns of saying that news reports put after the one who said. */
const SAYING = nounWords(['قول', 'تأكيد', 'تصريح', 'توضيح', 'تحذير', 'ترجيح', 'إشارت', 'إفادت']);
/** The pronouns that follow them (`قوله`, `قولها`, `قولهم`, `قولهما`). */
const PRONOUNS: readonly string[] = ['ه', 'ها', 'هم', 'هما'];

/** Whether text[s, e) is a verbal noun of SAYING with a pronoun of PRONOUNS. */
function sayingWithPronoun(text: string, s: number, e: number): boolean {
  for (const p of PRONOUNS) if (e - s > p.length && text.endsWith(p, e) && nounAt(SAYING, text, s, e - p.length) !== undefined) return true;
  return false;
}

/**
 * `resolved` (sorted, non-overlapping) with each title of TITLE_RULES that is a source's
 * adjective dropped, its nested entities kept in its place, and each one that ends in a
 * verbal noun of saying cut before it.
 *
 * @example
 * ```ts
 * trimReportedSources(prepareDoc('نقلت الوكالة عن مسؤول قوله إن'), resolved); // OCC مسؤول
 * ```
 */
export function trimReportedSources(doc: Doc, resolved: Candidate[]): Candidate[] {
  const { starts, ends } = doc.tokens;
  const text = doc.norm.text;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let keep: Candidate[] | undefined;
    if (c.label === 'OCC' && c.source.kind === 'pattern' && TITLE_RULES.has(c.source.ref)) {
      const t = tokenAt(doc, c.start);
      if (starts[t] === c.start && nounAt(OFFICIAL, text, starts[t]!, ends[t]!) !== undefined) {
        if (t > 0 && text.charCodeAt(c.start - 1) === 0x20 && nounAt(SOURCES, text, starts[t - 1]!, ends[t - 1]!) !== undefined) keep = c.inner ?? [];
        else if (ends[t + 1] === c.end && sayingWithPronoun(text, starts[t + 1]!, ends[t + 1]!)) keep = [spanOf(c, c.start, ends[t]!)];
      }
    }
    if (keep !== undefined) (out ??= resolved.slice(0, i)).push(...keep);
    else if (out) out.push(c);
  }
  return out ?? resolved;
}
