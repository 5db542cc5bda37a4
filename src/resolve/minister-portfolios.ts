// A minister may hold two portfolios joined by و: `وزير التربية والتعليم`, `وزير الخارجية
// والمغتربين`, `وزير الزراعة والثروة السمكية`. The title rule reads the first (its RegExp is at
// V8's size limit); this step takes the second, with its adjective and the nationality after
// it (`وزير التربية والتعليم الأردني`), as Wojood spans a title whole. Only a portfolio of the
// list follows و: after `وزير الخارجية و` a definite word is as often the next person or
// thing of the sentence (`استقبل وزير الخارجية والوفد المرافق`).

import { tokenAt, type Doc } from '../doc.js';
import { normalizeKey } from '../normalize/normalize.js';
import { articleAt, definiteNisbaShape, oneSpace, WA } from '../tokenize/letters.js';
import type { Candidate } from '../types.js';
import { sameText } from '../tokenize/token-hash.js';
import { PEOPLE_GROUP_RULE, spanOf } from './resolve-overlaps.js';

/** The head words of a minister's title (normalized, four or five letters): وزير, وزيرة, and وزارة of `وكيل وزارة`. */
const MINISTER_WORDS: ReadonlySet<string> = new Set(['وزير', 'وزيرة', 'وزارة'].map(normalizeKey));

/** Portfolios that follow another after و, with the article (normalized). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(
  [
    'التعليم', 'البحث', 'المغتربين', 'التجارة', 'الصناعة', 'الاستثمار', 'السياحة', 'الآثار', 'الثقافة', 'الشباب',
    'الرياضة', 'الإعلام', 'الاتصال', 'الاتصالات', 'النقل', 'المواصلات', 'الإسكان', 'المرافق', 'البيئة', 'المياه',
    'الري', 'الطاقة', 'المعادن', 'الثروة', 'التخطيط', 'التنمية', 'الإصلاح', 'العمل', 'الشؤون', 'التضامن', 'الأسرة',
    'الطفولة', 'المرأة', 'الصحة', 'السكان', 'الأوقاف', 'المقدسات', 'الدفاع', 'العدل', 'الاقتصاد', 'المالية',
    'الزراعة', 'الصيد', 'الغابات', 'البلديات', 'التعاون', 'الخارجية', 'الداخلية', 'الإنتاج', 'الكهرباء', 'النفط',
    'الغاز', 'التموين', 'التجهيز', 'الأشغال', 'العمران', 'الحج', 'الإرشاد', 'الدعوة', 'الفنون', 'التراث',
    'الابتكار', 'الخدمة', 'الإدارة', 'التكوين', 'التشغيل', 'الإدماج', 'الحرف', 'الصناعات', 'التقنية',
    'التكنولوجيا', 'الرقمنة', 'الشغل', 'الحماية', 'المساواة', 'الهجرة', 'الجاليات', 'الحكم', 'اللامركزية',
    'الخدمات', 'العمرة', 'الماء', 'اللوجستيك', 'الحوكمة', 'التأمينات', 'البنية', 'التوطين', 'الفضاء',
  ].map(normalizeKey),
);

/**
 * Nouns (normalized) that head a portfolio of two words after و, an indefinite noun and its
 * definite genitive: `وتكنولوجيا المعلومات`, `وشؤون المغتربين`, `ووقاية المجتمع`.
 */
const PORTFOLIO_HEADS: readonly string[] = ['شؤون', 'تكنولوجيا', 'تقنية', 'وقاية', 'تنمية', 'حماية', 'رعاية'].map(normalizeKey);

/** Whether text[s, e) is one of PORTFOLIO_HEADS. */
export function portfolioHead(text: string, s: number, e: number): boolean {
  return PORTFOLIO_HEADS.some((w) => sameText(w, text, s, e));
}

/** Portfolios after the first, each after و, at most (`وزير الزراعة والغابات والثروة السمكية`). */
export const MAX_PORTFOLIOS = 3;

/** Whether one of the tokens of text[start, end) is a head word of a minister's title. */
export function holdsMinisterWord(doc: Doc, start: number, end: number): boolean {
  const { starts, ends } = doc.tokens;
  const text = doc.norm.text;
  for (let u = tokenAt(doc, start); u < doc.tokens.count && starts[u]! < end; u++) {
    const s = Math.max(starts[u]!, start);
    const e = ends[u]!;
    if ((e - s === 4 || e - s === 5) && MINISTER_WORDS.has(text.slice(s, e))) return true;
  }
  return false;
}

/**
 * Whether the definite word text[s, e) after و joins the portfolio text[ps, pe) before it: a
 * portfolio of the list, or a nisba joined to the portfolio's own nisba (`الشؤون البلدية
 * والقروية`). The title's step, the ministry's conjuncts and the name read past a title's
 * portfolios all ask this.
 */
export function joinsPortfolio(text: string, ps: number, pe: number, s: number, e: number): boolean {
  return PORTFOLIOS.has(text.slice(s, e)) || (definiteNisbaShape(text, ps, pe) && definiteNisbaShape(text, s, e));
}

/**
 * `resolved` (sorted, non-overlapping) with each minister's title (OCC) that ends with a
 * definite portfolio extended over the ones after it with و (see the file's header), a nisba
 * adjective, and a nationality right after (nested). A group of people read from the second
 * portfolio (`والمغتربين السوري`) is taken into the title, its nationality nested.
 *
 * @example
 * ```ts
 * joinPortfolios(prepareDoc('قال وزير التربية والتعليم الأردني إن'), resolved); // OCC وزير التربية والتعليم الأردني
 * ```
 */
export function joinPortfolios(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  const { starts, ends, count } = doc.tokens;
  let out: Candidate[] | undefined;
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    let end = c.end;
    let inner = c.inner;
    let next = i + 1; // the first candidate after the title not taken into it
    // Cheap tests first: the title's last word has the article and the next token starts with و.
    let t = c.label === 'OCC' ? tokenAt(doc, c.end) : count;
    let checked = false; // whether the title is a minister's
    // Each portfolio read has the article: only the title's own last word is checked here.
    for (let k = 0; k < MAX_PORTFOLIOS && t < count && t > 0 && ends[t - 1] === end && (k > 0 || articleAt(text, starts[t - 1]!)); k++) {
      if (text.charCodeAt(starts[t]!) !== WA || !oneSpace(text, end, starts[t]!)) break;
      const s = starts[t]! + 1;
      const after = resolved[next];
      // What follows is no entity of its own, or a group of people read from the portfolio.
      const group = after !== undefined && after.start === s && after.source.ref === PEOPLE_GROUP_RULE;
      // A portfolio of two words: an indefinite head and its genitive (`وتقنية المعلومات`).
      const head = !articleAt(text, s) && t + 1 < count && oneSpace(text, ends[t]!, starts[t + 1]!) && articleAt(text, starts[t + 1]!) && portfolioHead(text, s, ends[t]!);
      if (head && (after === undefined || after.start >= ends[t + 1]!)) {
        if (!checked && !holdsMinisterWord(doc, c.start, c.end)) break;
        checked = true;
        end = ends[t + 1]!;
        t = tokenAt(doc, end);
        continue;
      }
      if (!(after === undefined || after.start >= ends[t]! || group) || !articleAt(text, s) || !joinsPortfolio(text, starts[t - 1]!, ends[t - 1]!, s, ends[t]!)) break;
      if (!checked && !holdsMinisterWord(doc, c.start, c.end)) break;
      checked = true;
      end = ends[t]!;
      if (group) {
        end = Math.max(end, after.end);
        if (after.inner) inner = [...(inner ?? []), ...after.inner];
        next++;
      }
      t = tokenAt(doc, end);
    }
    if (end !== c.end) {
      const after = resolved[next];
      // One nisba adjective of the portfolio (`والثروة السمكية`), no entity of its own.
      if (t < count && ends[t - 1] === end && oneSpace(text, end, starts[t]!) && (after === undefined || after.start >= ends[t]!) && definiteNisbaShape(text, starts[t]!, ends[t]!)) {
        end = ends[t]!;
        t++;
      }
      // The country's nationality right after (`الأردني`), nested.
      if (after !== undefined && after.label === 'NORP' && t < count && after.start === starts[t] && oneSpace(text, end, after.start)) {
        end = after.end;
        inner = [...(inner ?? []), after];
        next++;
      }
      const joined = spanOf(c, c.start, end);
      joined.inner = inner;
      (out ??= resolved.slice(0, i)).push(joined);
      i = next - 1;
    } else if (out) out.push(c);
  }
  return out ?? resolved;
}
