// Where the name after a place's trigger noun (قصر, شارع, مطار) ends.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);

describe('the name of a place after its trigger noun', () => {
  it('ends before a title that opens the next phrase', () => {
    expect(spans('استقبل الرئيس بقصر المرادية السفير الفرنسي')).toEqual(['OCC الرئيس', 'FAC قصر المرادية', 'OCC السفير الفرنسي']);
    expect(spans('استقبل في قصر بعبدا الرئيس')).toEqual(['FAC قصر بعبدا', 'OCC الرئيس']);
  });

  it('is never ذات or ذوي (possessing), which open a description', () => {
    expect(spans('وهي ولاية ذات طبيعة خلابة')).toEqual([]);
    expect(spans('تعتبر منطقة الجوف ذات تاريخ عريق')).toEqual(['LOC منطقة الجوف']);
    expect(spans('وهي شركة ذات رأسمال مرتفع')).toEqual([]);
  });

  it('follows a settlement too', () => {
    expect(spans('أطلق النار في مستوطنة بيت إيل')).toEqual(['GPE مستوطنة بيت إيل']);
  });

  it('keeps such a word as the laqab after a given name, or as its own first word', () => {
    expect(spans('في شارع عمر المختار')).toEqual(['FAC شارع عمر المختار']);
    expect(spans('في شارع الملك فيصل')).toEqual(['FAC شارع الملك فيصل']);
  });

  it('keeps the known name after a title, and one adjective of the place after it', () => {
    expect(spans('إلى مطار الملك عبد العزيز الدولي في جدة')).toEqual(['FAC مطار الملك عبد العزيز الدولي', 'GPE جدة']);
    expect(spans('في مستشفى الملك فيصل التخصصي')).toEqual(['FAC مستشفى الملك فيصل التخصصي']);
    expect(spans('في قصر الأمير سلطان أمس')).toEqual(['FAC قصر الأمير سلطان', 'DATE أمس']);
  });

  it('keeps the facility’s adjective after a family nisba the name lexicon knows', () => {
    expect(spans('وصلت الطائرة إلى مطار رفيق الحريري الدولي')).toContain('FAC مطار رفيق الحريري الدولي');
  });

  it('keeps a king’s regnal number after his given name, and one adjective of the place after it', () => {
    expect(spans('وصلت الطائرة إلى مطار محمد الخامس الدولي')).toEqual(['FAC مطار محمد الخامس الدولي']);
    expect(spans('يقع المحل في شارع محمد الخامس بالرباط')).toEqual(['FAC شارع محمد الخامس', 'GPE الرباط']);
  });
});

describe('facilities', () => {
  const facilities = (text: string): string[] => extract(text).filter((e) => e.label === 'FAC').map((e) => e.text);

  it('keep one adjective of the facility after its name, a known place inside it', () => {
    expect(facilities('وصل إلى مطار القاهرة الدولي أمس')).toEqual(['مطار القاهرة الدولي']);
    expect(facilities('عبر معبر رفح الحدودي')).toEqual(['معبر رفح الحدودي']);
    expect(facilities('يحتفظ متحف المواصلات البحرية بالمدينة')).toEqual(['متحف المواصلات البحرية']);
    expect(facilities('قرب متحف حلب الوطني .')).toEqual(['متحف حلب الوطني']);
  });

  it('name none by an indefinite plural, what the noun holds', () => {
    expect(facilities('هي قلعة ذات سورين')).toEqual([]);
    expect(facilities('حدد المرسوم قصر كليات الأزهر على ثلاث')).toEqual([]);
  });

  it('leave a nationality or a word that goes on after the name outside it', () => {
    expect(facilities('في مطار بن غوريون الإسرائيلي')).toEqual(['مطار بن غوريون']);
    expect(facilities('في مطار بيروت جميع الركاب')).toEqual(['مطار بيروت']);
    expect(facilities('افتتح الرئيس متحف اللوفر أبوظبي')).toEqual(['متحف اللوفر']);
  });
});

describe('mosques and stadiums', () => {
  it('are facilities named after their noun', () => {
    expect(spans('صلاة الجمعة في جامع الزيتونة بالعاصمة')).toContain('FAC جامع الزيتونة');
    expect(spans('والذي سيقام الأحد المقبل في استاد القاهرة الدولي')).toContain('FAC استاد القاهرة الدولي');
  });
});

describe('a trigger spelled by a proclitic and a word written with a hamza', () => {
  it('is no trigger: وأدى is و + أدى, not the valley وادي', () => {
    expect(spans('وأدى آلاف المصلين صلاة الجمعة')).toEqual(['NORP المصلين', 'DATE الجمعة']);
    expect(spans('وأدى قصف إسرائيلي إلى تدمير المبنى')).toEqual(['NORP إسرائيلي']);
  });

  it('leaves the word written with a plain alef a trigger', () => {
    expect(spans('ومر النهر في وادي عربة')).toContain('LOC وادي عربة');
  });
});

describe('an imperfect verb after a place noun', () => {
  it('is the noun’s predicate, no name', () => {
    expect(spans('الغور هو منطقة تقع في الأردن')).toEqual(['GPE الأردن']);
    expect(spans('كانساس هي ولاية تقع في الغرب الأوسط')).not.toContain('GPE ولاية تقع');
    expect(spans('على شكل شبه جزيرة تحيط بها المياه')).toEqual([]);
  });

  it('leaves known places of that shape, and four-letter names before where they lie', () => {
    expect(spans('وتقع مدينة تعز في جنوب اليمن')).toContain('GPE مدينة تعز');
    expect(spans('من ضواحي مدينة تريم في حضرموت')).toContain('GPE مدينة تريم');
  });
});

describe('a place noun in its other sense', () => {
  it('takes a definite plural in ات as its object, no town (spending, boycott, as for)', () => {
    expect(spans('إن 35% من الحجوزات لقضاء العطلات تتم عبر الشبكة')).not.toContain('GPE قضاء العطلات');
    expect(spans('ودعا الحزب إلى مقاطعة المنتجات الأمريكية')).not.toContain('GPE مقاطعة المنتجات');
    expect(spans('يخدم المدينة من ناحية المواصلات مطار دولي')).not.toContain('GPE ناحية المواصلات');
  });

  it('leaves other place nouns before such names', () => {
    expect(spans('انتقل مع عائلته إلى مخيم الوحدات في عمان')).toContain('GPE مخيم الوحدات');
    expect(spans('من قرية اليامون قضاء جنين')).toContain('GPE قضاء جنين');
  });
});

describe('بسجن, the verbal noun of a sentence', () => {
  it('sentences the accused, a titled person or a named one: no prison', () => {
    expect(spans('قضت المحكمة بسجن المتهم خمس سنوات')).toEqual(['DATE خمس سنوات']);
    expect(spans('قضت المحكمة بسجن الناشط أحمد دومة ثلاث سنوات')).toEqual(['OCC الناشط', 'PERS أحمد دومة', 'DATE ثلاث سنوات']);
  });

  it('sentences someone named by an indefinite noun too: no prison', () => {
    expect(spans('حكمت المحكمة بسجن شخص خمس سنوات')).toEqual(['DATE خمس سنوات']);
    expect(spans('قضت المحكمة بسجن متهم آسيوي ثلاث سنوات')).toEqual(['DATE ثلاث سنوات']);
  });

  it('is the prison where a prison name follows, a kunya too', () => {
    expect(spans('المعتقلين بسجن صيدنايا')).toEqual(['NORP المعتقلين', 'FAC سجن صيدنايا']);
    expect(spans('المعتقلين بسجن أبو غريب')).toContainEqual('FAC سجن أبو غريب');
  });
});

describe('the word after a place name', () => {
  it('is the next phrase after a definite name, unless a known name or a saint’s', () => {
    expect(spans('قال الطبيب إن مستشفى الشفاء خرج عن الخدمة')).toContain('ORG مستشفى الشفاء');
    expect(spans('تقع منطقة الجوف عموما في الشمال')).toContain('LOC منطقة الجوف');
    expect(spans('زار كنيسة القديسة حنة')).toEqual(['FAC كنيسة القديسة حنة']);
    expect(spans('عاش في قصر السيف رفع خلالها العلم')).toContain('FAC قصر السيف');
  });
});

describe('a library', () => {
  it('is a facility named by a definite word, a city or a person, with the place nested', () => {
    expect(spans('زرنا مكتبة الإسكندرية مع المدرسة')).toEqual(['FAC مكتبة الإسكندرية']);
    expect(spans('اشترى الكتاب من مكتبة جرير')).toEqual(['FAC مكتبة جرير']);
  });

  it('names nothing before an indefinite word that says what it holds', () => {
    expect(spans('أنشأ مكتبة متخصصة في التاريخ')).toEqual([]);
  });
});

describe('مقاطعة, a boycott as often as a province', () => {
  it('names no province by a definite word or a plural after it', () => {
    expect(spans('قررت المعارضة مقاطعة الحوار الوطني')).toEqual([]);
    expect(spans('دعوا إلى مقاطعة البضائع المستوردة')).toEqual([]);
    expect(spans('وسط مقاطعة أحزاب المعارضة')).toEqual([]);
    expect(spans('دعت النقابة إلى مقاطعة شركات التكنولوجيا')).toEqual([]);
  });

  it('names a province by a foreign word without the article', () => {
    expect(spans('وقع الحادث في مقاطعة ألبرتا')).toEqual(['GPE مقاطعة ألبرتا']);
  });
});
