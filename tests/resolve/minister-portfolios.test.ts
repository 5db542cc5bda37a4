// A minister with two or more portfolios joined by و is one title, with the nationality after it
// nested.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a minister of two portfolios', () => {
  it('is one OCC over both, the nationality nested', () => {
    expect(nested('قال وزير التربية والتعليم الأردني إن')).toEqual(['OCC وزير التربية والتعليم الأردني', 'NORP الأردني']);
    expect(nested('وزير الشؤون الاجتماعية والعمل')).toEqual(['OCC وزير الشؤون الاجتماعية والعمل']);
    expect(nested('قالت وزيرة التربية والتعليم الأردنية إن')).toEqual(['OCC وزيرة التربية والتعليم الأردنية', 'NORP الأردنية']);
    expect(nested('التقى وزير الزراعة والغابات والثروة السمكية الياباني')).toEqual(['OCC وزير الزراعة والغابات والثروة السمكية الياباني', 'NORP الياباني']);
  });

  it('takes a portfolio of two words, an indefinite head and its genitive, and reads the name after', () => {
    expect(nested('قال وزير الاتصالات وتقنية المعلومات السعودي عبدالله السواحة إن')).toEqual(['OCC وزير الاتصالات وتقنية المعلومات السعودي', 'NORP السعودي', 'PERS عبدالله السواحة', 'PERS عبدالله']);
    expect(nested('رصدت وزارة الصحة ووقاية المجتمع حالات جديدة')).toEqual(['ORG وزارة الصحة ووقاية المجتمع']);
    expect(nested('استقبل وزير الخارجية ووزير الدفاع الوفد')).toEqual(['OCC وزير الخارجية', 'OCC وزير الدفاع']);
  });

  it('takes the Maghrebi ministries\' portfolios, for the ministry too', () => {
    expect(nested('قال وزير التجهيز والماء نزار بركة إن')).toEqual(['OCC وزير التجهيز والماء', 'PERS نزار بركة']);
    expect(nested('قالت وزارة التجهيز والماء المغربية إن')).toEqual(['ORG وزارة التجهيز والماء المغربية', 'NORP المغربية']);
  });

  it('takes a nisba joined to the portfolio’s own, and the person after the portfolios is read', () => {
    expect(nested('قال وزير الشؤون البلدية والقروية والإسكان ماجد الحقيل إن')).toEqual(['OCC وزير الشؤون البلدية والقروية والإسكان', 'PERS ماجد الحقيل']);
    expect(nested('قال وزير التربية والتعليم صالح الجاسر إن')).toEqual(['OCC وزير التربية والتعليم', 'PERS صالح الجاسر']);
    expect(nested('وقالت وزارة الحج والعمرة إن')).toEqual(['ORG وزارة الحج والعمرة']);
  });

  it('takes a group of people read from the second portfolio', () => {
    expect(nested('قال وزير الخارجية والمغتربين السوري إن')).toEqual(['OCC وزير الخارجية والمغتربين السوري', 'NORP السوري']);
  });

  it('leaves what is no portfolio after و: the next person or thing of the sentence', () => {
    expect(nested('استقبل وزير الخارجية والوفد المرافق له')).toEqual(['OCC وزير الخارجية']);
    expect(nested('التقى مدير المدرسة والتعليم عن بعد')).toEqual(['OCC مدير المدرسة']);
  });
});
