// Fairs, festivals, conferences and championships named after their place are events, with the
// place nested, their adjectives and purpose after it.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('events named after their place', () => {
  it('hold the place, the adjectives and the purpose', () => {
    expect(nested('انطلقت فعاليات معرض الرياض الدولي للكتاب بمشاركة واسعة')).toEqual(['EVENT معرض الرياض الدولي للكتاب', 'GPE الرياض']);
    expect(nested('افتتح مهرجان القاهرة السينمائي الدولي دورته')).toEqual(['EVENT مهرجان القاهرة السينمائي الدولي', 'GPE القاهرة']);
    expect(nested('تقام بطولة أستراليا المفتوحة للتنس في يناير')).toEqual(['EVENT بطولة أستراليا المفتوحة للتنس', 'GPE أستراليا', 'DATE يناير']);
    expect(nested('عاد من مؤتمر مدريد للسلام')).toEqual(['EVENT مؤتمر مدريد للسلام', 'GPE مدريد']);
  });

  it('stop before a nationality, a relative pronoun or a word that is no adjective', () => {
    expect(nested('عقد مؤتمر باريس الفرنسي')).toEqual(['EVENT مؤتمر باريس', 'GPE باريس', 'NORP الفرنسي']);
    expect(nested('زار معرض طوكيو الذي افتتح')).toEqual(['EVENT معرض طوكيو', 'GPE طوكيو']);
  });

  it('leave a place after another noun alone', () => {
    expect(nested('زار الوفد روما الأسبوع الماضي')).toEqual(['GPE روما', 'DATE الأسبوع الماضي']);
  });
});

describe('a massacre named after its place', () => {
  it('is an EVENT over the noun and the town or building, which is nested', () => {
    expect(nested('في ذكرى مجزرة الحرم الإبراهيمي في الخليل')).toEqual(['EVENT مجزرة الحرم الإبراهيمي', 'FAC الحرم الإبراهيمي', 'GPE الخليل']);
    expect(nested('تحدث عن مذبحة غزة أمس')).toEqual(['EVENT مذبحة غزة', 'GPE غزة', 'DATE أمس']);
  });

  it('leaves a massacre in a place apart', () => {
    expect(nested('ارتكب الجيش مجزرة في غزة')).toEqual(['GPE غزة']);
  });
});

describe('editions of an event named by their host', () => {
  it('are events, with the host nested and the year after it', () => {
    expect(nested('توج بذهبية أولمبياد باريس 2024')).toEqual(['EVENT أولمبياد باريس 2024', 'GPE باريس', 'DATE 2024']);
    expect(nested('خرج من مونديال قطر مبكرا')).toEqual(['EVENT مونديال قطر', 'EVENT مونديال', 'GPE قطر']);
    expect(nested('منذ كأس العالم قطر 2022')).toEqual(['EVENT كأس العالم قطر 2022', 'EVENT كأس العالم', 'GPE قطر', 'DATE 2022']);
  });

  it('leave a known event of several words and a place without a year apart', () => {
    expect(nested('استضافت كأس العالم قطر')).toEqual(['EVENT كأس العالم', 'GPE قطر']);
  });
});

describe('an event named after a region', () => {
  const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

  it('is an EVENT as after a city', () => {
    expect(spans('شارك في معرض الخليج للتعليم والتدريب')).toContain('EVENT معرض الخليج للتعليم والتدريب');
    expect(spans('أفضل لاعب في بطولة أوروبا')).toContain('EVENT بطولة أوروبا');
  });

  it('leaves a mountain’s peak a place', () => {
    expect(spans('يمكن مشاهدة قمة جبل صنين')).not.toContain('EVENT قمة جبل صنين');
  });
});

describe('religious occasions', () => {
  it('are events known by name alone', () => {
    expect(nested('بمناسبة ذكرى المولد النبوي الشريف')).toEqual(['EVENT المولد النبوي الشريف']);
    expect(nested('في ذكرى الإسراء والمعراج وعاشوراء')).toEqual(['EVENT الإسراء والمعراج', 'EVENT عاشوراء']);
  });
});

describe('a summit of an organisation', () => {
  it('is an event, the organisation nested', () => {
    const all = extract('شارك الرئيس في قمة مجموعة العشرين في نيودلهي', { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(all).toContain('EVENT قمة مجموعة العشرين');
    expect(all).toContain('ORG مجموعة العشرين');
  });
});
