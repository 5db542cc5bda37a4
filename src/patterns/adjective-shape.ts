// Whether a definite word reads as an adjective by its shape: what may follow the definite end
// of a name's construct (`وزارة الصحة العامة`, `الأمم المتحدة`, `الهلال الأحمر`). In a
// construct only the last word takes the article, so a definite word after it that is no
// adjective starts a new phrase, mostly the verb's object in a verb–subject–object sentence
// (`نشرت وزارة الصحة التقرير`, `استدعت وزارة الخارجية السفير`).
//
// Read off the organisations' names in the gold corpora: after a definite word, a definite
// word in an organisation's name is a nisba (`الإسلامية`), a participle (`المسلحة`,
// `المحدودة`, `المشتركة`, `المتقدمة`), an elative or colour in أفعل/فعلى (`الأوسط`,
// `الأحمر`, `العليا`), a plain adjective (`العامة`, `الجديدة`, `الحر`) or a plural of
// people (`المسلمين`, `الأحرار`). All offsets are into normalized text (ة as ه, ى as ي).

import { ALEF, articleAt, HA, MIM, SIN, TA, WA, YA } from '../tokenize/letters.js';
import { sameText } from '../tokenize/token-hash.js';

/** Nisba and plural endings of adjectives: الإسلامية, الخليجي, الفلسطينيين, الديمقراطيون. */
const NISBA_ENDINGS = ['يه', 'ي', 'يين', 'يون', 'يات'];

/**
 * The plain adjectives (normalized, with the article) that follow a nationality in a name
 * (`الهيئة السعودية العامة`, `الهيئة العراقية المستقلة`); after a nationality only these and
 * nisbas go on (see name-scan.ts), a participle there saying what the body does.
 */
export const ADJECTIVES_AFTER_NATIONALITY: readonly string[] = ['العامه', 'العام', 'العليا', 'الكبري', 'المتحده', 'المستقله'];

/**
 * Adjectives (normalized, with the article) that no shape below gives: plain ones, فعلى
 * elatives, participles of doubled or hollow roots, and plurals of people that follow a
 * group's noun (`جماعة الإخوان المسلمين`, `حركة الضباط الأحرار`, `اتحاد الأطباء العرب`).
 */
const PLAIN: readonly string[] = [
  ...ADJECTIVES_AFTER_NATIONALITY,
  ...['الخاص', 'الخاصه', 'الجديد', 'الجديده', 'الحر', 'الحره', 'الكريم', 'الشريف', 'الدائم', 'الدائمه', 'الكبير', 'الصغير', 'القديم', 'القديمه'],
  ...['الصغري', 'الوسطي', 'الدنيا', 'العظمي', 'القصوي', 'الاولي', 'الاول', 'الحسني', 'الاخري'],
  ...['الموحد', 'الموحده', 'المسلحه', 'المقدس', 'المقدسه', 'المصدره', 'المسال', 'المستقل', 'المتحد', 'القابضه', 'الحاكم', 'الحاكمه', 'المنظمه'],
  ...['المشترك', 'المختلط', 'المعتمد', 'المحتل', 'المتخصص', 'المتقدم', 'المؤقت', 'المؤقته', 'الممتاز', 'الابيض', 'الاخير', 'الاخيره', 'الهادئ', 'الهادي'],
  ...['الايمن', 'الايسر'],
  ...['المسلمين', 'المسلمون', 'الاحرار', 'العرب', 'الحمر', 'الكاثوليك', 'الارثوذكس', 'الالمان', 'الاجانب'],
];

/**
 * Nouns of place and other مفعل nouns of roots in ي (normalized, with the article), whose ى
 * normalizes to the ي of a nisba: `المستشفى`, `المنتدى`, `المستوى`. The spelling does not
 * tell them apart: Egyptian text writes nisbas with ى too (`التشريعى`).
 */
const PLACE_NOUNS_IN_A: readonly string[] = [
  ...['المستشفي', 'المشفي', 'المبني', 'الملتقي', 'المنتدي', 'المقهي', 'الملهي', 'المرمي', 'المنفي', 'الماوي'],
  ...['المستوي', 'المجري', 'المرسي', 'المسعي', 'المصلي', 'المبتغي', 'المنحني', 'الملقي'],
];

/**
 * أفعل elatives and colours: ا and three letters, no ا or ي inside (`الأوسط`, `الأحمر`,
 * `الأسود`, `الأعلى`, `الأقصى`). `الأمير` and `الأسير` have ي inside; `الأبيض` is listed.
 */
function afalShape(text: string, s: number, e: number): boolean {
  if (e - s !== 4 || text.charCodeAt(s) !== ALEF) return false;
  for (let i = s + 1; i < s + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === ALEF || c === YA) return false;
  }
  return true;
}

/**
 * Feminine participles of derived verbs: م then ت (`المتقدمة`, `المتخصصة`), مست (`المستدامة`),
 * a ت third (`المشتركة`, `المختلطة`, `المعتمدة`) or a و fourth (`المحدودة`, `المفتوحة`), and
 * ة last. Nouns of these shapes are few (`المجموعة`); those of the plain مفعلة and مفاعلة shapes
 * (`المنطقة`, `المباراة`, `المساعدة`) are many, so those shapes are not read.
 */
function participleShape(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 5 || n > 7 || text.charCodeAt(s) !== MIM || text.charCodeAt(e - 1) !== HA) return false;
  const c1 = text.charCodeAt(s + 1);
  if (n === 6 && c1 === TA && text.charCodeAt(s + 2) !== ALEF) return true; // متفعّلة
  if (n === 7 && c1 === SIN && text.charCodeAt(s + 2) === TA) return true; // مستفعلة
  if (n === 6 && text.charCodeAt(s + 2) === TA && c1 !== ALEF) return true; // مفتعلة
  return n === 6 && text.charCodeAt(s + 3) === WA; // مفعولة
}

/**
 * Frequent nouns in ية (normalized, with the article), which share a nisba's ending: after a
 * name they are the sentence's object (`نيابة أمن الدولة العليا القضية`), not its adjective.
 */
const NOUNS_IN_IYYA: readonly string[] = [
  ...['القضيه', 'الهديه', 'الضحيه', 'البقيه', 'التحيه', 'الوصيه', 'الاغلبيه', 'الاقليه', 'الغالبيه'],
  ...['الميزانيه', 'الاتفاقيه', 'المسؤوليه', 'الهويه', 'الجنسيه', 'الصلاحيه', 'الامكانيه', 'الاولويه', 'العضويه'],
];

/**
 * Whether the definite word text[s, e) reads as an adjective (see the file's header). Words
 * without the article are no definite adjectives.
 */
export function definiteAdjective(text: string, s: number, e: number): boolean {
  if (e - s < 4 || !articleAt(text, s)) return false;
  for (const w of PLACE_NOUNS_IN_A) if (sameText(w, text, s, e)) return false;
  if (text.charCodeAt(e - 1) === HA && text.charCodeAt(e - 2) === YA) for (const w of NOUNS_IN_IYYA) if (sameText(w, text, s, e)) return false;
  // A nisba's stem has two letters or more (`الدولي`); `القى` (ألقى, normalized) is a verb.
  for (const x of NISBA_ENDINGS) if (e - s - 2 - x.length >= 2 && text.endsWith(x, e)) return true;
  if (afalShape(text, s + 2, e) || participleShape(text, s + 2, e)) return true;
  for (const w of PLAIN) if (sameText(w, text, s, e)) return true;
  return false;
}

/**
 * Adjectives of a title's standing (normalized, with the article) that no shape above gives:
 * `رئيس الوزراء السابق`, `رئيس الحكومة المكلف`, `الرئيس المخلوع`, `خطيب المسجد الحرام`.
 */
const OF_TITLES: readonly string[] = [
  ...['السابق', 'السابقه', 'الراحل', 'الراحله', 'المقبل', 'المقبله', 'المنتخب', 'المنتخبه', 'المكلف', 'المكلفه'],
  ...['المستقيل', 'المستقيله', 'المخلوع', 'المخلوعه', 'الجليل', 'الجليله', 'المخضرم', 'المخضرمه', 'المنتهيه', 'الحرام'],
  'العاصمه', // after a capital's name (`الجزائر العاصمة`)
];

/** Whether the definite word text[s, e) may follow a title's definite complement: an adjective or one of OF_TITLES. */
export function titleAdjective(text: string, s: number, e: number): boolean {
  if (definiteAdjective(text, s, e)) return true;
  for (const w of OF_TITLES) if (sameText(w, text, s, e)) return true;
  return false;
}
