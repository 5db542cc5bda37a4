// How kashf's 21 Wojood labels map onto each corpus's tag set, as the corpora README
// specifies. `null` means the label is not annotated in that corpus (scored as O).
import { normalizeKey } from '../normalize/normalize.js';
import type { Label } from '../types.js';

/** A scoring scheme: which corpus conventions to score a prediction against. */
export type SchemeName = 'anercorp' | 'aqmar' | 'fane' | 'wojood' | 'full';

export const SCHEME_NAMES: readonly SchemeName[] = ['anercorp', 'aqmar', 'fane', 'wojood', 'full'];

type LabelMap = Partial<Record<Label, string>>;

const SHARED: LabelMap = {
  PERS: 'PER',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  ORG: 'ORG',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  LAW: 'MISC',
  LANGUAGE: 'MISC',
  WEBSITE: 'MISC',
};

// ANERcorp tags currencies MISC and leaves nationality adjectives O; the other corpora
// tag nationalities and groups as MISC.
const WITH_NORP: LabelMap = { ...SHARED, NORP: 'MISC' };

// FANE tags no named events: of kashf's events over NewsFANE and WikiFANE none is a gold MISC
// chunk (161 predicted), and the words that name them are O (`الحرب` 388 times of 390,
// `كاس` 105 of 105, `الثورة` 89 of 92). The places inside them are tagged (`حرب/O 1948/O`,
// `ثورة/O الشواف/B-PER`): an event gives way to the entities nested in it.
const { EVENT: _event, ...FANE } = WITH_NORP;

const MAPS: Record<Exclude<SchemeName, 'full'>, LabelMap> = {
  anercorp: { ...SHARED, CURR: 'MISC' },
  aqmar: WITH_NORP,
  fane: FANE,
  wojood: WITH_NORP,
};

/** Maps a kashf label to the corpus type it is scored as, or `null` for O. */
export function mapLabel(label: Label, scheme: SchemeName): string | null {
  if (scheme === 'full') return label;
  return MAPS[scheme][label] ?? null;
}

/** Narrows a string to a scheme name. */
export function isSchemeName(value: string): value is SchemeName {
  return (SCHEME_NAMES as readonly string[]).includes(value);
}

/**
 * Whether to score a scheme on kashf's nested output. ANERcorp tags currency names inside
 * amounts (MISC) and organisations inside titles (ORG) where kashf's outermost entity is a
 * MONEY or an OCC, which map to O there: with nested output, an outer entity that maps to O
 * gives way to the inner ones that do not. FANE, which has no titles, amounts or dates either,
 * tags the organisations and places inside them, and inside a name it leaves untagged
 * (`ثورة/O الشواف/B-PER`, `بلدية/O باريس/B-LOC`), but not the nationality inside a name or a
 * title: there an outer entity that maps to O or is left untagged gives way to its inner
 * entities, except the MISC ones (see innerOnlyInUntagged). Scored with them, NewsFANE MISC
 * fell from 29.57 to 26.79.
 * The four-type Wojood files were made the same way: Wojood's types were mapped first, the
 * ones with no four-type counterpart dropped (titles, dates, amounts), and the rest flattened
 * outermost first (`رئيس وزراء إسرائيل`: LOC إسرائيل), so there too an outer entity that maps
 * to O gives way to the entities nested in it. Wojood nests no nationality in a title
 * (`وزير الداخلية الأردني`: الأردني O 21 times in the train split), so the MISC ones are left
 * out, as in FANE. The 21-label files keep the outermost span of all.
 */
export function scoresNested(scheme: SchemeName): boolean {
  return scheme === 'anercorp' || scheme === 'fane' || scheme === 'wojood';
}

/**
 * Whether the scheme leaves a group of `label` untagged when the organisation, place or person
 * it is named by ends it, and tags that: FANE writes `سكان/O الاسكا/B-LOC` and `عناصر/O
 * حزب/B-ORG` where Wojood tags the group NORP (`عناصر داعش`), 137 and 41 times in WikiFANE
 * against 2 groups of a place tagged MISC, and a family's person in NewsFANE (`اسرة/O
 * برلسكوني/B-PER`, 32 times); WikiFANE tags a few families whole (`عائلة/B-MISC الدقي/I-MISC`).
 */
export function isUntaggedGroup(label: string, scheme: SchemeName): boolean {
  return label === 'NORP' && scheme === 'fane';
}

/**
 * Whether the scheme scores inner entities only inside an outer entity it does not tag, and
 * no MISC ones among them (FANE, four-type Wojood).
 */
export function innerOnlyInUntagged(scheme: SchemeName): boolean {
  return scheme === 'fane' || scheme === 'wojood';
}

/**
 * Class nouns that ANERcorp leaves outside a name, by the type of the name. kashf follows
 * Wojood, whose spans cover `مدينة غزة`, `قطاع غزة` and `صحيفة التايمز`, where ANERcorp tags
 * only `غزة` and `التايمز` (`مدينة/O غزة/B-LOC`, `جنوب/O لبنان/B-LOC`, `نادي/O بوردو/B-ORG`).
 * Counts from the train split, outside : inside, before the names these words introduce:
 * مدينة 108:0, جنوب 62:6, منطقة 46:0; فريق 34:0, شركة 22:1, صحيفة 19:0, نادي 18:5,
 * حركة 18:5; facility nouns before the name, whose type facilityType gives: مسجد 26:1, ملعب
 * 8:0, كنيسة 4:0. Words that ANERcorp keeps inside are not listed (`حزب`, `مجلس`, `منظمة`, `جامعة`,
 * `شبه جزيرة`), nor definite place nouns, whose adjective makes the name (`البحر الأحمر`).
 * National teams and stock markets are not tagged at all (see isUntaggedName).
 */
const ANERCORP_LEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  LOC: new Set(
    [
      'مدينة', 'قطاع', 'محافظة', 'ولاية', 'دولة', 'جمهورية', 'مملكة', 'إمارة', 'منطقة', 'إقليم',
      'بلدة', 'قرية', 'جزيرة', 'بحيرة', 'نهر', 'جبل', 'حي', 'مخيم', 'ضاحية', 'مقاطعة', 'ناحية',
      'قضاء', 'بلاد', 'شارع', 'مسجد', 'مطار', 'ميناء', 'سجن', 'وادي', 'ساحل', 'صحراء', 'العاصمة',
      'جبال', 'خليج', 'هضبة', 'قارة', 'مضيق', 'جامع', 'معتقل', 'متحف', 'كنيسة', 'كاتدرائية', 'ملعب', 'استاد', 'فندق',
      'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
    ].map(normalizeKey),
  ),
  ORG: new Set(
    ['نادي', 'النادي', 'فريق', 'شركة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'فضائية', 'تلفزيون', 'وكالة', 'حركة'].map(normalizeKey),
  ),
};

/**
 * Whether the scheme leaves `word` (the first word of a name of corpus type `type`,
 * normalized) outside the name's chunk, as ANERcorp and FANE do with class nouns: `مدينة غزة`
 * is scored as `غزة` there.
 */
export function isOutsideName(word: string, type: string, scheme: SchemeName): boolean {
  if (scheme === 'fane') return type === 'LOC' && FANE_PLACE_LEADS.has(word);
  return scheme === 'anercorp' && (ANERCORP_LEADS[type]?.has(word) ?? false);
}

/**
 * The place-class nouns and compass words that both FANE corpora leave outside a place name
 * (NewsFANE and WikiFANE, outside : inside: مدينة 96:11 and 523:77, منطقة 39:3 and 241:16,
 * شرق 39:1 and 85:3). FANE keeps facility and landform nouns inside (`مسجد`, `جبل`, `نهر`),
 * unlike ANERcorp.
 */
const FANE_PLACE_LEADS: ReadonlySet<string> = new Set(
  [
    'مدينة', 'دولة', 'منطقة', 'محافظة', 'ولاية', 'بلدة', 'قرية', 'ناحية', 'قضاء', 'مقاطعة', 'ضاحية',
    'العاصمة', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
  ].map(normalizeKey),
);

/**
 * Broad regions named by a common noun and an adjective (`العالم العربي`, `الوطن العربي`,
 * `الأراضي الفلسطينية`, `الحدود اللبنانية`), which Wojood tags as places and ANERcorp and FANE
 * leave untagged (العالم + adjective: O 23 times of 23 in ANERcorp, 24 of 25 in NewsFANE, 96 of
 * 104 in WikiFANE; الأراضي: 12 of 14, 14 of 14, 51 of 52; الحدود, الأراضي, الأجواء, المياه,
 * السواحل or الشواطئ before a nationality: O 14 of 16 in ANERcorp, 8 of 8 in NewsFANE, 41 of
 * 42 in WikiFANE). A desert named by its country is tagged (`الصحراء المغربية`).
 */
const UNTAGGED_REGION_HEADS: ReadonlySet<string> = new Set(['العالم', 'الوطن', 'الأراضي', 'الحدود', 'الأجواء', 'المياه', 'السواحل', 'الشواطئ'].map(normalizeKey));

/**
 * A municipality (`بلدية نابلس`), an organisation in Wojood, is its place alone in ANERcorp and
 * FANE (`بلدية/O باريس/B-LOC`: the word before a tagged place is O in 2 of 2 in ANERcorp, 2 of
 * 2 in NewsFANE and 14 of 17 in WikiFANE, where the others are communes named `بلدية …`).
 */
const MUNICIPALITY: ReadonlySet<string> = new Set(['بلدية'].map(normalizeKey));

/**
 * Events named by a revolt or disaster noun and a year (`ثورة 1936`, `الثورة الإسلامية عام
 * 1979`), which Wojood tags as events and ANERcorp leaves untagged, the place inside them
 * tagged (O 2 of 2), and a league named by its continent (`دوري/O أبطال/O أوروبا/B-LOC`, 6 of 6).
 * ANERcorp tags some wars as MISC (`حرب الخليج الثانية`, `حرب البلقان`,
 * `الحرب العالمية`), so `حرب` stays tagged there. FANE tags no events at all (see FANE).
 */
const ANERCORP_UNTAGGED_EVENTS: ReadonlySet<string> = new Set(
  [
    'ثورة', 'الثورة', 'انتفاضة', 'الانتفاضة', 'زلزال', 'مجزرة', 'معركة', 'نكبة', 'نكسة', 'دوري',
    // Fairs, festivals and conferences named after their place (`مؤتمر/O روما/B-LOC`, 18 of 25
    // in ANERcorp); championships stay tagged (`بطولة/B-MISC كأس/I-MISC العالم/I-MISC`).
    'معرض', 'مهرجان', 'مؤتمر', 'منتدى', 'ملتقى', 'ماراثون', 'قمة',
  ].map(normalizeKey),
);

const UNTAGGED_LEADS: Partial<Record<SchemeName, Readonly<Record<string, ReadonlySet<string>>>>> = {
  anercorp: { ORG: new Set([...['منتخب', 'سوق', 'بورصة'].map(normalizeKey), ...MUNICIPALITY]), LOC: UNTAGGED_REGION_HEADS, MISC: ANERCORP_UNTAGGED_EVENTS },
  fane: { LOC: UNTAGGED_REGION_HEADS, ORG: MUNICIPALITY },
};

/**
 * The words that name an edition of a known event by its host (`مونديال ألمانيا`, `أولمبياد
 * بكين 2008`), which ANERcorp leaves untagged with the place inside tagged (O 7 of 7), while it
 * tags the event named by its year alone (`مونديال/B-MISC 2006/I-MISC`, 5 of 5): see
 * isUntaggedEdition.
 */
const ANERCORP_HOSTED_EVENTS: ReadonlySet<string> = new Set(['مونديال', 'أولمبياد'].map(normalizeKey));

/**
 * Whether the scheme leaves an event of corpus type `type` whose first word is `word` and that
 * holds a place untagged (see ANERCORP_HOSTED_EVENTS).
 */
export function isUntaggedEdition(word: string, type: string, holdsPlace: boolean, scheme: SchemeName): boolean {
  return holdsPlace && scheme === 'anercorp' && type === 'MISC' && ANERCORP_HOSTED_EVENTS.has(word);
}

/**
 * Whether the scheme leaves a name of corpus type `type` whose first word is `word` untagged,
 * tagging only what is nested in it: an ANERcorp national team (`منتخب مصر`, 20 times of 20)
 * or stock market (`سوق/O دبي/B-LOC المالي/O`, `بورصة/O لندن/B-LOC`) is scored as its place,
 * and `العالم العربي` as nothing in ANERcorp and FANE.
 */
export function isUntaggedName(word: string, type: string, scheme: SchemeName): boolean {
  return UNTAGGED_LEADS[scheme]?.[type]?.has(word) ?? false;
}

/**
 * Whether the scheme leaves a nested entity labelled `label` outside the name of corpus type
 * `type` that it ends: ANERcorp tags no nationalities, and an organisation's chunk stops before
 * one (`حزب/B-ORG الله/I-ORG اللبناني/O`), where Wojood keeps it inside the organisation.
 */
export function isOutsideTail(label: Label, type: string, scheme: SchemeName): boolean {
  return scheme === 'anercorp' && type === 'ORG' && label === 'NORP';
}

/**
 * States whose own name begins with a compass word (South Africa, South Sudan, North
 * Macedonia, East Timor): the word is part of the name, not a direction before a place, so the
 * schemes that leave compass words outside a place name (`جنوب/O لبنان/B-LOC`) keep it here
 * (`جنوب/B-LOC أفريقيا/I-LOC` in ANERcorp and both FANE corpora).
 */
const COMPASS_NAMED_STATES: ReadonlySet<string> = new Set(['wd:Q258', 'wd:Q958', 'wd:Q221', 'wd:Q574']);

/** Whether the entity linked to `id` keeps its first word whatever that word is. */
export function keepsLeadingWord(id: string | undefined): boolean {
  return id !== undefined && COMPASS_NAMED_STATES.has(id);
}

/**
 * Epithets that ANERcorp leaves outside the place they follow, where NewsFANE and WikiFANE
 * tag the whole name, as kashf does: `مكة/B-LOC المكرمة/O` (ANERcorp 40 times of 40; NewsFANE
 * and WikiFANE tag `مكة المكرمة` whole 40 and 24 times of 40 and 24), `الصين/B-LOC الشعبية/O`
 * (7 of 7; NewsFANE whole 6 of 6), `إيران/B-LOC الإسلامية/O` (3 of 3). `المدينة المنورة` and
 * `الدار البيضاء` are tagged whole in ANERcorp too, so those words are not listed.
 */
const ANERCORP_PLACE_EPITHETS: ReadonlySet<string> = new Set(['المكرمة', 'الشعبية', 'الإسلامية'].map(normalizeKey));

/** Whether the scheme leaves `word`, the last word of a name of corpus type `type`, outside it. */
export function isOutsideLastWord(word: string, type: string, scheme: SchemeName): boolean {
  return scheme === 'anercorp' && type === 'LOC' && ANERCORP_PLACE_EPITHETS.has(word);
}

/**
 * Generic institution nouns that ANERcorp does not tag as organisations, alone or with the
 * nationality after them (which it leaves O as well): before a nisba adjective, الحكومة is O
 * 67 times of 67, الخارجية 54 of 54, القوات 33 of 33, الشرطة 17 of 17, السلطات 16 of 16,
 * الإدارة 18 of 18, الجيش 62 of 64. Wojood tags `الحكومة المصرية` as an organisation and kashf
 * follows it; NewsFANE and WikiFANE are split, so only ANERcorp is scored this way.
 */
const ANERCORP_GENERIC_ORGS: ReadonlySet<string> = new Set(
  ['الحكومة', 'الجيش', 'القوات', 'الشرطة', 'الخارجية', 'الداخلية', 'الإدارة', 'السلطات', 'السلطة', 'البرلمان', 'الاستخبارات', 'المخابرات'].map(normalizeKey),
);

/**
 * Whether the scheme leaves untagged an organisation that, once its nationality tail is cut
 * off, is the single word `word` (normalized): `الحكومة المصرية` and `الجيش الإسرائيلي` are O
 * in ANERcorp.
 */
export function isGenericOrg(word: string, type: string, scheme: SchemeName): boolean {
  return scheme === 'anercorp' && type === 'ORG' && ANERCORP_GENERIC_ORGS.has(word);
}

/**
 * Class nouns of government bodies that ANERcorp leaves untagged when a definite noun of their
 * function alone names them (and a nationality, which it leaves O too): `وزارة الخارجية`,
 * `مجلس الوزراء`, `هيئة الدفاع`. Counts of two-word names in the train split, untagged :
 * tagged: وزارة 42:0, هيئة 13:0, لجنة 15:0, مجلس 63:54, where the tagged ones are the UN
 * Security Council (`مجلس الأمن`, 53) and one other. Wojood, NewsFANE and WikiFANE tag such
 * bodies as organisations, as kashf does.
 */
const ANERCORP_BODY_HEADS: ReadonlySet<string> = new Set(['وزارة', 'هيئة', 'لجنة', 'مجلس'].map(normalizeKey));
const ANERCORP_TAGGED_BODIES: ReadonlySet<string> = new Set(['مجلس الأمن'].map(normalizeKey));

/**
 * Whether the scheme leaves untagged the organisation of two words `head` and `second`
 * (normalized): a government body named by its class noun and function in ANERcorp.
 */
export function isGenericBody(head: string, second: string, type: string, scheme: SchemeName): boolean {
  if (scheme !== 'anercorp' || type !== 'ORG' || !ANERCORP_BODY_HEADS.has(head) || !second.startsWith('ال')) return false;
  return !ANERCORP_TAGGED_BODIES.has(`${head} ${second}`);
}

/**
 * The type ANERcorp gives a facility by its class noun, where it is not LOC: mosques, prisons
 * and museums are organisations (`مسجد/O هوبان/B-ORG`: after مسجد, ORG 20 times and LOC 4;
 * after سجن ORG 5 of 5; after متحف ORG 2, MISC 1; after فندق ORG 1 of 1), churches and stadiums MISC (كنيسة 4 of 4,
 * ملعب 7 of 8). A holy place named with the article is MISC: `المسجد/B-MISC الأقصى/I-MISC`,
 * `المسجد الأموي` (the word after المسجد is MISC 5 times and ORG 3, in one sentence), and
 * `الكعبة` (MISC 4 times of 5). kashf labels them FAC, as Wojood does, and FAC otherwise
 * scores as LOC.
 */
const ANERCORP_FACILITY_TYPES: ReadonlyMap<string, string> = new Map(
  [
    ['مسجد', 'ORG'], ['جامع', 'ORG'], ['سجن', 'ORG'], ['معتقل', 'ORG'], ['متحف', 'ORG'], ['فندق', 'ORG'],
    ['كنيسة', 'MISC'], ['كاتدرائية', 'MISC'], ['ملعب', 'MISC'], ['استاد', 'MISC'], ['المسجد', 'MISC'], ['الكعبة', 'MISC'],
  ].map(([w, t]) => [normalizeKey(w!), t!]),
);

/** The corpus type of a facility whose first word is `word` (normalized), when not the default. */
export function facilityType(word: string, scheme: SchemeName): string | undefined {
  return scheme === 'anercorp' ? ANERCORP_FACILITY_TYPES.get(word) : undefined;
}
