// The place filters: each small rule with real examples from the source data.
import { describe, expect, it } from 'vitest';
import {
  editDistance, findSharedIds, hasLatinOrDigit, hasPersianLetters, hasTranslatedArticle, hasTransliterationArtifact, isArabicName,
  isLikelyCalque, isLongTransliteration, isNamedWithTitle, isNearSpelling, isSmallWorldPlace, isTooShort, kindWord,
  placeDropReason, placePrior, type FilterContext, type PlaceRow,
} from '../../scripts/build-places.js';
import { normalizeKey } from '../../src/normalize/normalize.js';

const row = (over: Partial<PlaceRow>): PlaceRow => ({
  wikidata: 'Q1', country: 'GB', state: '', en: 'Town', ar: 'تاون', native: '', type: 'city', population: 100_000, ...over,
});

const ctx: FilterContext = {
  sharedIds: new Set(['Q5582862']),
  commonWords: new Set(['مركز', 'مذبحه'].map(normalizeKey)),
  reservedForms: new Set(['الروسيه'].map(normalizeKey)),
  isProtected: (r) => r.type === 'capital',
};

describe('single filters', () => {
  it('hasLatinOrDigit', () => {
    expect(hasLatinOrDigit('Żerniki Wrocławskie')).toBe(true);
    expect(hasLatinOrDigit('خان 7 ماكارا')).toBe(true);
    expect(hasLatinOrDigit('بورتسموث')).toBe(false);
  });

  it('hasPersianLetters', () => {
    expect(hasPersianLetters('بادغیس')).toBe(true);
    expect(hasPersianLetters('گرگان')).toBe(true);
    expect(hasPersianLetters('بدخشان')).toBe(false);
  });

  it('isArabicName', () => {
    expect(isArabicName('الدار البيضاء')).toBe(true);
    expect(isArabicName('فحص-أنجرة')).toBe(false);
    expect(isArabicName('رجل (جزيرة)')).toBe(false);
  });

  it('hasTransliterationArtifact', () => {
    expect(hasTransliterationArtifact('أش الشميسي')).toBe(true);
    expect(hasTransliterationArtifact('اش شيشة')).toBe(true);
    expect(hasTransliterationArtifact('الشميسي')).toBe(false);
    expect(hasTransliterationArtifact('أم درمان')).toBe(false);
  });

  it('hasTranslatedArticle', () => {
    expect(hasTranslatedArticle({ ar: 'في التحالف', en: 'At Taḩāluf' })).toBe(true);
    expect(hasTranslatedArticle({ ar: 'كما قيل', en: 'As Said' })).toBe(true);
    expect(hasTranslatedArticle({ ar: 'التل', en: 'At Tall' })).toBe(false);
    expect(hasTranslatedArticle({ ar: 'لا باز', en: 'La Paz' })).toBe(false);
  });

  it('isNamedWithTitle', () => {
    expect(isNamedWithTitle('الجنرال روكا')).toBe(true);
    expect(isNamedWithTitle('الأمير جورج')).toBe(true);
    expect(isNamedWithTitle('الأستاذ محمد')).toBe(true);
    expect(isNamedWithTitle('الأمير')).toBe(false);
    expect(isNamedWithTitle('الرياض')).toBe(false);
    expect(isNamedWithTitle('سان خوسيه')).toBe(false);
  });

  it('isTooShort', () => {
    expect(isTooShort('اب')).toBe(true);
    expect(isTooShort('بون')).toBe(false);
  });

  it('isLikelyCalque outside the Arab world only', () => {
    expect(isLikelyCalque({ en: 'Belsize Park', country: 'GB' })).toBe(true);
    expect(isLikelyCalque({ en: 'Woodhall Spa', country: 'GB' })).toBe(true);
    expect(isLikelyCalque({ en: 'Portsmouth', country: 'GB' })).toBe(false);
    expect(isLikelyCalque({ en: 'Port Said', country: 'EG' })).toBe(false);
  });

  it('isLongTransliteration', () => {
    expect(isLongTransliteration({ ar: 'فينجتين دي باس دو مونت أو بريتر', country: 'JE', population: 0 })).toBe(true);
    expect(isLongTransliteration({ ar: 'كوالا لمبور', country: 'MY', population: 1_800_000 })).toBe(false);
    expect(isLongTransliteration({ ar: 'العاشر من رمضان', country: 'EG', population: 0 })).toBe(false);
  });

  it('isSmallWorldPlace', () => {
    expect(isSmallWorldPlace({ country: 'GB', population: 4477, type: 'city' })).toBe(true);
    expect(isSmallWorldPlace({ country: 'GB', population: 248_440, type: 'city' })).toBe(false);
    expect(isSmallWorldPlace({ country: 'SA', population: 0, type: 'city' })).toBe(false);
  });

  it('findSharedIds flags IDs given to differently named rows', () => {
    const shared = findSharedIds([
      { wikidata: 'Q5582862', en: 'Cusco' }, { wikidata: 'Q5582862', en: 'El Alto' },
      { wikidata: 'Q130514', en: 'Luxor' }, { wikidata: 'Q130514', en: 'Luxor' },
    ]);
    expect([...shared]).toEqual(['Q5582862']);
  });

  it('isNearSpelling accepts variants and rejects unrelated words', () => {
    expect(isNearSpelling('بور سعيد', 'بورسعيد')).toBe(false); // same once spaces go: not a new alias
    expect(isNearSpelling('بورسعيد', 'بور سعيد')).toBe(false);
    expect(isNearSpelling('الاسماعيليه', 'الإسماعيلية')).toBe(false);
    expect(isNearSpelling('صهر', 'صحار')).toBe(true);
    expect(isNearSpelling('على', 'سور')).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('kindWord', () => {
    expect(kindWord({ type: 'city', country: 'SA' })).toBe('مدينة');
    expect(kindWord({ type: 'adm1', country: 'EG' })).toBe('محافظة');
    expect(kindWord({ type: 'section', country: 'EG' })).toBeUndefined();
  });

  it('placePrior ranks capitals over big cities over towns, all below countries', () => {
    const cap = placePrior({ population: 0 }, true);
    const big = placePrior({ population: 2_000_000 }, false);
    const town = placePrior({ population: 5_000 }, false);
    expect(cap).toBeGreaterThan(big);
    expect(big).toBeGreaterThan(town);
    expect(cap).toBeLessThan(0.6);
  });
});

describe('placeDropReason', () => {
  it('keeps a good row', () => {
    expect(placeDropReason(row({ ar: 'بورتسموث', en: 'Portsmouth', population: 248_440 }), ctx)).toBeNull();
  });

  it('names the reason', () => {
    expect(placeDropReason(row({ wikidata: '' }), ctx)).toBe('no-wikidata-id');
    expect(placeDropReason(row({ ar: 'Dziekanów Leśny' }), ctx)).toBe('latin-or-digit');
    expect(placeDropReason(row({ ar: 'مذبحة', en: 'Massacre', country: 'LC' }), ctx)).toBe('common-word');
    expect(placeDropReason(row({ ar: 'الروسية' }), ctx)).toBe('demonym-or-language-form');
    expect(placeDropReason(row({ ar: 'حديقة بيلسايز', en: 'Belsize Park' }), ctx)).toBe('likely-calque');
    expect(placeDropReason(row({ ar: 'دونينجتون', population: 4477 }), ctx)).toBe('small-population');
    expect(placeDropReason(row({ wikidata: 'Q5582862', ar: 'ديساجواديرو' }), ctx)).toBe('shared-wikidata-id');
  });

  it('keeps protected rows through the soft filters, not the hard ones', () => {
    expect(placeDropReason(row({ type: 'capital', ar: 'فادوز', population: 5_000 }), ctx)).toBeNull();
    expect(placeDropReason(row({ type: 'capital', ar: 'Vingtaine' }), ctx)).toBe('latin-or-digit');
  });
});
