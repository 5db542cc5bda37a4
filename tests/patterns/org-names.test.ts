// Where the name after an organisation's trigger noun ends.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const orgs = (text: string): string[] => extract(text).filter((e) => e.label === 'ORG').map((e) => e.text);

describe('the name after a trigger noun', () => {
  it('ends before an imperfect verb, whose subject it is', () => {
    expect(orgs('وكاد دينامو كييف يفاجئ أصحاب الأرض بهدف مبكر')).toEqual(['دينامو كييف']);
    expect(orgs('وكانت شركة سيجا تعمل على جهاز جديد')).toEqual(['شركة سيجا']);
    expect(orgs('وقالت جريدة عرب نيوز تنشر كل يوم')).toEqual(['جريدة عرب نيوز']);
  });

  it("ends before a definite noun after the construct's definite end: the object of the verb", () => {
    expect(orgs('نشرت وزارة الصحة التقرير السنوي')).toEqual(['وزارة الصحة']);
    expect(orgs('رفضت وزارة العدل الطلب المقدم من المحامين')).toEqual(['وزارة العدل']);
    expect(orgs('أطلقت شركة النور للتقنية التطبيق الجديد')).toEqual(['شركة النور للتقنية']);
    // Adjectives go on: nisba, participle, أفعل, plain; one definite noun may end a construct of names.
    expect(orgs('عقد مجلس الأعمال المشترك اجتماعه')).toEqual(['مجلس الأعمال المشترك']);
    expect(orgs('فاز منتخب الجبل الأسود')).toEqual(['منتخب الجبل الأسود']);
    expect(orgs('قررت هيئة سوق رأس المال الأردنية')).toEqual(['هيئة سوق رأس المال الأردنية']);
    expect(orgs('انضم إلى حركة الضباط الأحرار')).toEqual(['حركة الضباط الأحرار']);
  });

  it('takes a word in ي right after a feminine noun, which no adjective there ends so', () => {
    expect(orgs('بالتعاون مع شركة جوبي الأمريكية')).toEqual(['شركة جوبي الأمريكية']);
    // A nationality right after the name describes the company and joins it, nested.
    expect(orgs('أعلنت شركة سوني اليابانية عن جهاز جديد')).toEqual(['شركة سوني اليابانية']);
    expect(orgs('تخرج في جامعة هلسنكي عام 1990')).toEqual(['جامعة هلسنكي']);
    // After a masculine noun it may be the adjective; ى (أخرى) and an imperfect (يغطي) are no names.
    expect(orgs('أسس بنك مركزي جديد')).toEqual([]);
    expect(orgs('انضمت إلى مجموعة أخرى')).toEqual([]);
    expect(orgs('تبث إذاعة يغطي بثها المدينة')).toEqual([]);
  });

  it('ends before an adjective of how often, which describes what the organisation issues or holds', () => {
    expect(orgs('نشر تقرير هيئة حقوق الإنسان السنوي')).toEqual(['هيئة حقوق الإنسان']);
    expect(orgs('خلال جلسة مجلس الوزراء الأسبوعية')).toEqual(['مجلس الوزراء']);
  });

  it('ends after a nationality adjective unless another adjective follows', () => {
    expect(orgs('وأعلنت وزارة الداخلية السعودية القبض على 15 شخصا')).toEqual(['وزارة الداخلية السعودية']);
    expect(orgs('وقالت جامعة بيروت العربية المدعومة من الحكومة')).toEqual(['جامعة بيروت العربية']);
    expect(orgs('وقال حزب النهضة العربي الاشتراكي إن')).toEqual(['حزب النهضة العربي الاشتراكي']);
  });

  it('ends before a noun in ة with a pronoun, the object after it', () => {
    expect(orgs('ونشرت مجلة فوربس قائمتها السنوية لأغنى أغنياء العالم')).toEqual(['مجلة فوربس']);
  });

  it('reads no name from an indefinite adjective, whatever follows the stop word after it', () => {
    expect(orgs('وتخطط الشركة لبناء مصنع جديد في المكسيك')).toEqual([]);
    expect(orgs('تم بناء المكتبة من جديد في موقع قريب من المكتبة القديمة')).toEqual([]);
  });

  it('goes on over a تفعيل noun, which is no verb', () => {
    expect(orgs('وقالت لجنة إعداد تقويم الجامعة إن')).toEqual(['لجنة إعداد تقويم الجامعة']);
  });
});

describe('an organisation named after a person with a title', () => {
  it('keeps the whole name, with the adjectives and purpose after it', () => {
    expect(orgs('ينظم مركز الملك عبد العزيز الثقافي العالمي معرضا')).toEqual(['مركز الملك عبد العزيز الثقافي العالمي']);
    expect(orgs('تبرعت مؤسسة الشيخ زايد للأعمال الخيرية')).toEqual(['مؤسسة الشيخ زايد للأعمال الخيرية']);
    // A king by his regnal number, and only then: سنة after a city is no name.
    expect(orgs('تبرعت مؤسسة محمد الخامس للتضامن بالأدوية')).toEqual(['مؤسسة محمد الخامس للتضامن']);
    expect(orgs('عمل في جامعة جنيف سنة 1958')).toEqual(['جامعة جنيف']);
    expect(orgs('زفته كتائب الشهيد أحمد أبو الريش في عرس')).toEqual(['كتائب الشهيد أحمد أبو الريش']);
  });

  it('reads no person after a word that is no title', () => {
    expect(orgs('وحصل لاعب فريق الجزيرة حمد محمد على الجائزة')).not.toContain('فريق الجزيرة حمد');
  });
});

describe('a definite organisation noun with two adjectives or more', () => {
  it('is the name of an organisation, with what it is for', () => {
    expect(orgs('أعلنت المنظمة الطبية الدولية أن')).toEqual(['المنظمة الطبية الدولية']);
    expect(orgs('وقعت الشركة العالمية المتحدة للتأمين عقدا')).toEqual(['الشركة العالمية المتحدة للتأمين']);
    expect(orgs('أصدرت القيادة الوطنية الموحدة للانتفاضة بيانا')).toEqual(['القيادة الوطنية الموحدة للانتفاضة']);
  });

  it('needs two adjectives, the first no nationality, and no ordinal', () => {
    expect(orgs('قالت الشركة الأمريكية العملاقة إن')).toEqual([]);
    expect(orgs('أعلنت اللجنة الفنية أن')).toEqual([]);
    expect(orgs('كانت المؤسسة المالية الأولى في البلاد')).toEqual([]);
  });
});

describe('a definite organisation noun with one institutional adjective and its purpose', () => {
  it('is the name of an organisation, purpose and its adjective included', () => {
    expect(orgs('وأعلنت الهيئة العامة للأرصاد الجوية عن انخفاض درجات الحرارة')).toEqual(['الهيئة العامة للأرصاد الجوية']);
    expect(orgs('وعقدت اللجنة العليا للانتخابات اجتماعا طارئا')).toEqual(['اللجنة العليا للانتخابات']);
    expect(orgs('وقالت المديرية العامة للأمن الوطني في بلاغ')).toEqual(['المديرية العامة للأمن الوطني']);
  });

  it('holds a known organisation in its purpose rather than stopping before it', () => {
    expect(orgs('برعاية اللجنة الدولية للصليب الأحمر بهدف')).toEqual(['اللجنة الدولية للصليب الأحمر']);
    expect(orgs('خلال اجتماع الجمعية العامة للأمم المتحدة في نيويورك')).toEqual(['الجمعية العامة للأمم المتحدة']);
  });

  it('is not closed by a nationality that its purpose follows', () => {
    expect(orgs('وأظهرت المؤسسة الكينية للحياة البرية أن الأعداد تراجعت')).toEqual(['المؤسسة الكينية للحياة البرية']);
    expect(orgs('وقبل الاتحاد الكويتي لكرة القدم اعتزاله')).toEqual(['الاتحاد الكويتي لكرة القدم']);
    const nested = extract('وقبل الاتحاد الكويتي لكرة القدم اعتزاله', { nested: true });
    expect(nested.map((e) => `${e.label}:${e.text}`)).toContain('NORP:الكويتي');
  });

  it('needs the purpose, and an adjective of institutions', () => {
    expect(orgs('وقالت الهيئة العامة إن')).toEqual([]);
    expect(orgs('الإدارة الحقيقية للحكم تتم عن طريق السكرتير')).toEqual([]);
    expect(orgs('وطالبت الجبهة الشعبية لتحرير')).not.toContain('الجبهة الشعبية لتحرير');
  });

  it('takes no rank or title joined by و after its purpose', () => {
    const nested = extract('رئيس الاتحاد الدولي للشرطة والعقيد خالد', { nested: true });
    expect(nested.filter((e) => e.label === 'ORG').map((e) => e.text)).toEqual(['الاتحاد الدولي للشرطة']);
  });
});

describe('a board of an organisation', () => {
  const nestedOrgs = (text: string): string[] => extract(text, { nested: true }).filter((e) => e.label === 'ORG').map((e) => e.text);

  it('is no organisation of its own', () => {
    expect(nestedOrgs('وقرر مجلس الإدارة تعيين مدير جديد')).toEqual([]);
    expect(nestedOrgs('وقال رئيس مجلس الأمناء إن')).toEqual([]);
  });
});

describe('words joined by و after an organisation', () => {
  it("takes a ministry's portfolios, each with its adjective", () => {
    expect(orgs('أكدت وزارة التعليم العالي والبحث العلمي أن الامتحانات في موعدها')).toEqual(['وزارة التعليم العالي والبحث العلمي']);
    expect(orgs('قالت وزارة البيئة والمياه والزراعة إن الأمطار ستستمر')).toEqual(['وزارة البيئة والمياه والزراعة']);
    expect(orgs('أعلنت وزارة الاتصالات وتكنولوجيا المعلومات إطلاق المنصة')).toEqual(['وزارة الاتصالات وتكنولوجيا المعلومات']);
    expect(orgs('أعلنت وزارة الشؤون البلدية والقروية والإسكان إطلاق المنصة')).toEqual(['وزارة الشؤون البلدية والقروية والإسكان']);
  });

  it("leaves out the sentence's next subject after a ministry, and a verb written with أ", () => {
    expect(orgs('استقبلت وزارة الخارجية والسفير الأمريكي الوفد')).toEqual(['وزارة الخارجية']);
    expect(orgs('أكدت وزارة الصحة والوزارات الأخرى أن')).toEqual(['وزارة الصحة']);
    expect(orgs('وفي كلمة لوزارة الاقتصاد والتجارة ألقى الوزير')).toEqual(['وزارة الاقتصاد والتجارة']);
  });

  it('takes one word and its adjective after other organisations', () => {
    expect(orgs('تخرج في كلية الآداب والعلوم الإنسانية')).toEqual(['كلية الآداب والعلوم الإنسانية']);
  });
});

describe('two clubs joined by و', () => {
  it('are two sides, not one name', () => {
    expect(orgs('تأهل نادي النصر والاتفاق السعودي إلى النهائي')).not.toContain('نادي النصر والاتفاق السعودي');
  });
});

describe('العام after an organisation', () => {
  it('is its adjective after a masculine noun, with no year after it', () => {
    expect(orgs('أعلنت هيئة النقل العام عن خطة')).toEqual(['هيئة النقل العام']);
    expect(orgs('نقل إلى مستشفى حمد العام')).toEqual(['مستشفى حمد العام']);
  });

  it('is the year after a feminine noun, or before a definite word or a number', () => {
    expect(orgs('أعلنت وزارة الصحة العام الماضي أن')).toEqual(['وزارة الصحة']);
    expect(orgs('أعلنت وزارة المالية العام 2024 عاما للنمو')).toEqual(['وزارة المالية']);
  });
});

describe('an organisation noun before a naming title and a name', () => {
  const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

  it('names no organisation by the title alone', () => {
    expect(nested('نقل إلى مستشفى الملك فيصل التخصصي')).not.toContain('ORG مستشفى الملك');
    expect(nested('هاجموا مكتب الشيخ محمد يزبك')).not.toContain('ORG مكتب الشيخ');
  });

  it('names one by a naming title and its purpose', () => {
    expect(nested('باعت حصتها في شركة الملكة للأغذية')).toContain('ORG شركة الملكة للأغذية');
  });
});
