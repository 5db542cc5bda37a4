// A military rank between a title and a name is the person's own title, not the first one's
// complement: `وزير الدفاع الفريق أول محمد زكي` is `وزير الدفاع` + `الفريق أول` + the person,
// `قائد الجيش اللواء محمد الحسن` is `قائد الجيش` + `اللواء` + the person. The title rule reads
// the rank as a definite complement, as it reads `مدرب الفريق` (the team's coach) or `قائد
// اللواء` (the brigade's commander); a person's name right after it, and a title of two words
// before it, tell the rank. An honorific there (`رئيس مجلس الإدارة السيد محمد أحمد`) is read
// the same way, and left out: honorifics are no titles.

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { newCandidate } from '../candidate.js';
import type { Candidate } from '../types.js';
import { spanOf } from './resolve-overlaps.js';

/**
 * Ranks (normalized, with the article), which a title rule may read as a complement, and the
 * academic, professional and princely titles a person carries before the name (`وزير الصحة
 * الدكتور خالد عبد الغفار`, `وزير الطاقة الأمير عبد العزيز بن سلمان`): Wojood spans them as an
 * OCC of their own.
 */
const RANKS: ReadonlySet<string> = new Set(
  [
    ...['الفريق', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'النقيب', 'المشير', 'العماد'],
    ...['الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة', 'المهندس', 'المهندسة', 'البروفيسور', 'المستشار', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة'],
  ].map(normalizeKey),
);
/** Titles that stand before `الدكتور` as one title with it (`الأستاذ الدكتور`). */
const BEFORE_DOCTOR: ReadonlySet<string> = new Set(['الأستاذ', 'الأستاذة'].map(normalizeKey));
const DOCTOR: ReadonlySet<string> = new Set(['الدكتور', 'الدكتورة'].map(normalizeKey));
/** Honorifics (normalized, with the article) before a name: no titles of their own. */
const HONORIFICS: ReadonlySet<string> = new Set(['السيد', 'السيدة', 'الحاج', 'الحاجة', 'الآنسة'].map(normalizeKey));
/** The lengths of RANKS and HONORIFICS: a title's other last words are turned away by their length, with no string cut out. */
const RANK_LENGTHS: ReadonlySet<number> = new Set([...RANKS, ...HONORIFICS].map((w) => w.length));
/** `أول` after a rank (`الفريق أول`), which the number rules read as an ORDINAL. */
const FIRST = normalizeKey('أول');
/** `الركن` (staff) after a rank (`العميد الركن`), and the arms that may follow it (`الركن الطيار`). */
const STAFF = normalizeKey('الركن');
const ARMS: ReadonlySet<string> = new Set(['الطيار', 'البحري', 'المهندس', 'الطبيب', 'المظلي'].map(normalizeKey));

/** Where a rank that ends at `end` ends with `الركن` after it, and an arm after that (see STAFF); `end` when none follows. */
function staffAfter(doc: Doc, end: number): number {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  let t = tokenAt(doc, end);
  if (t >= count || starts[t] !== end + 1 || text.slice(starts[t]!, ends[t]!) !== STAFF) return end;
  end = ends[t]!;
  t++;
  if (t < count && starts[t] === end + 1 && ARMS.has(text.slice(starts[t]!, ends[t]!))) end = ends[t]!;
  return end;
}

/**
 * The token of the rank that ends title `resolved[i]`, where the rank ends (with `أول`), and
 * the index of the person right after it; undefined when the title ends in no rank or no person follows it.
 */
function rankAtEnd(doc: Doc, resolved: readonly Candidate[], i: number): { rank: number; end: number; next: number; honorific: boolean } | undefined {
  const { starts, ends, count } = doc.tokens;
  const text = doc.norm.text;
  const c = resolved[i]!;
  // The title's last word by its length first: most titles end in no rank.
  let w = c.end;
  while (w > c.start && text.charCodeAt(w - 1) !== 0x20) w--;
  if (!RANK_LENGTHS.has(c.end - w)) return undefined;
  const last = tokenAt(doc, c.end) - 1;
  // The title before the rank has two words or more: after a bare head the word is its complement (`مدرب الفريق`, `قائد اللواء`).
  if (last - 1 <= tokenAt(doc, c.start) || ends[last] !== c.end) return undefined;
  const word = text.slice(starts[last]!, ends[last]!);
  const honorific = HONORIFICS.has(word);
  if (!honorific && !RANKS.has(word)) return undefined;
  // `الأستاذ الدكتور` is one title, when a title of two words or more stands before it.
  const rank = DOCTOR.has(word) && last - 2 > tokenAt(doc, c.start) && BEFORE_DOCTOR.has(text.slice(starts[last - 1]!, ends[last - 1]!)) ? last - 1 : last;
  let k = i + 1;
  let end = c.end;
  const ordinal = resolved[k];
  if (!honorific && ordinal !== undefined && ordinal.label === 'ORDINAL' && last + 1 < count && ordinal.start === starts[last + 1] && ordinal.end === ends[last + 1] && text.slice(ordinal.start, ordinal.end) === FIRST) {
    end = ordinal.end;
    k++;
  }
  // A staff rank (`العميد الركن`, `اللواء الركن الطيار`); a stage may have read the arm as
  // an occupation of its own, which the rank takes in.
  if (!honorific) end = staffAfter(doc, end);
  while (resolved[k] !== undefined && resolved[k]!.end <= end) k++;
  const person = resolved[k];
  return person !== undefined && person.label === 'PERS' && person.start === end + 1 && text.charCodeAt(end) === 0x20 ? { rank, end, next: k, honorific } : undefined;
}

/**
 * `resolved` (sorted, non-overlapping) with each title (OCC) of three words or more that ends
 * in a rank, `أول` maybe after it, right before a person cut before the rank, the rank (with
 * `أول`) a title of its own; one that ends in an honorific is cut before it, and the honorific
 * left out.
 *
 * @example
 * ```ts
 * splitTrailingRanks(prepareDoc('التقى وزير الدفاع الفريق أول محمد زكي'), resolved);
 * // OCC وزير الدفاع, OCC الفريق أول, PERS محمد زكي
 * ```
 */
export function splitTrailingRanks(doc: Doc, resolved: Candidate[]): Candidate[] {
  const { starts, ends } = doc.tokens;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    const split = c.label === 'OCC' ? rankAtEnd(doc, resolved, i) : undefined;
    if (split === undefined) {
      if (out) out.push(c);
      continue;
    }
    out ??= resolved.slice(0, i);
    out.push(spanOf(c, c.start, ends[split.rank - 1]!));
    if (!split.honorific) out.push(newCandidate(starts[split.rank]!, split.end, 'OCC', c.priority, c.source));
    // The ORDINAL `أول`, when there was one, is part of the rank now.
    i = split.next - 1;
  }
  return out ?? resolved;
}
