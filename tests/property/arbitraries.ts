// Random text generators shared by the property test and the long fuzz run (scripts/fuzz.ts).
import fc from 'fast-check';

/** Pieces that exercise the pipeline: names, clitics, marks, controls, surrogates, digits. */
export const PIECES = ['بايدن', 'روسيا', 'الولايات المتحدة', 'لروسيا', 'وبوتين', 'الأمم', 'المتحدة', 'للأمم', 'في', 'الرئيس', 'وزير الخارجية',
  'الأمريكي', 'مليون', 'دولار', 'ملياري', 'عام', 'الماضي', 'أيار', 'شركة', 'مدينة', ' ', '\n', '،', '«', '»', '(', ')', '.', ':',
  '\u064e', '\u0651', '\u0640', '\u200f', '\u200d', '\u202e', '\ufeff', '\ud800', '\udc00', '\u0000', '😀', '🇷🇺', 'CNN', 'Joe Biden',
  '19', '٢٠٢٢', '١٩', 'مايو', '%', '٪', '$', 'ﻻ', 'ﷺ', 'https://example.com', 'a@b.co', 'TT'];

/** Arabic-heavy text built from {@link PIECES}. */
export const arabicish = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(''));

/** Any text: raw UTF-16 (lone surrogates included), graphemes, or Arabic-heavy pieces. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), arabicish, arabicish);
