// A person's name holds words that alone name other things: the given name `عمر` of `عمر
// خيرت` is also Ilhan Omar's family name, `بن سلمان` of `خالد بن سلمان` is how the news calls
// the Saudi crown prince, and `السوداني` of `محمد شياع السوداني` spells a nationality. Nested
// in the full name, such a part is no mention of that other thing: it is dropped from the
// nested entities.

import { tokenHolding, type Doc } from '../doc.js';
import type { Candidate } from '../types.js';
import { SONS } from '../resolve/trim-to-known-names.js';

/**
 * Labels of words that, inside a person's name, are the name's own words, no mention: a
 * family nisba (`السويدي` of `فيصل السويدي`), a known organisation's word (`عاموس جلعاد`). A
 * title after the name's start is its laqab (`عمر المختار`, `حسن القاضي`). Places (`دوق
 * ادنبرة`) and numbers stay: a number or date there is mostly what a name read too long took
 * in (`عبد السلام بوشوارب عشرين`), and regnal numbers are numbers.
 */
const WORD_OF_NAME: ReadonlySet<string> = new Set(['NORP', 'ORG']);

/**
 * Whether `m`, nested in the person `c`, is a part of `c`'s own name: the given name alone
 * at its start (one token, the full name going on after it), or a father's name after بن
 * inside a full name the gazetteer knows. A longer name at the start (`محمد بن سلمان` of `محمد بن سلمان آل سعود`) is the
 * same person under a shorter name, and a family name at the end is linked as `c` elsewhere.
 */
function ownNamePart(doc: Doc, c: Candidate, m: Candidate): boolean {
  const { starts, ends } = doc.tokens;
  const t = tokenHolding(doc, m.start);
  if (m.start === c.start) return m.end < c.end && ends[t]! >= m.end;
  // بن + a name is as often a family name (`ابن لادن` of `أسامة ابن لادن`): a father's name
  // only where the full name is itself a known person.
  if (c.id === undefined || c.id.startsWith('doc:') || m.start < c.start || m.end > c.end || starts[t] !== m.start) return false;
  return SONS.has(doc.norm.text.slice(starts[t]!, ends[t]!));
}

/**
 * A nested entity that is a word of the name of person `c` (see WORD_OF_NAME), or a nested
 * person linked to someone other than `c` by a part of `c`'s name.
 */
function namesOther(doc: Doc, c: Candidate, m: Candidate): boolean {
  if (m.label !== 'PERS') return WORD_OF_NAME.has(m.label) || (m.label === 'OCC' && m.start > c.start);
  // An unlinked shorter name stays: where the full name was read too long (`عاصم الجزار
  // المشروع`), it is the right one, and a Chinese name's family name comes first (`شي`).
  if (m.id === undefined) return false;
  return m.id !== c.id && !m.id.startsWith('doc:') && ownNamePart(doc, c, m);
}

/** Drops, from the persons of `out`, the nested parts of their names that are linked to other people or are words of the name (see WORD_OF_NAME). */
export function dropOtherPersonsInNames(doc: Doc, out: readonly Candidate[]): void {
  for (const c of out) {
    if (c.label !== 'PERS' || !c.inner) continue;
    if (c.inner.some((m) => namesOther(doc, c, m))) {
      const kept = c.inner.filter((m) => !namesOther(doc, c, m));
      c.inner = kept.length > 0 ? kept : undefined;
    }
    // A shorter form of the name nested in it holds such words too (`شياع السوداني`).
    if (c.inner) dropOtherPersonsInNames(doc, c.inner);
  }
}
