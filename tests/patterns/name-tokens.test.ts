// Persons from name lexicons: runs of known given and family names, and nothing without a lexicon.

import { describe, expect, it } from 'vitest';
import compiled from '../../src/data/patterns.json';
import { prepareDoc } from '../../src/doc.js';
import { compilePatterns, type CompiledRules } from '../../src/patterns/index.js';
import { extract } from '../../src/index.js';

const base = compiled as unknown as CompiledRules;
const lexicon = { tokens: ['محمد', 'احمد', 'امل', 'الخطيب', 'حسين', 'كبير'], stopwords: ['كبير'] };

function persons(data: CompiledRules, text: string): string[] {
  const doc = prepareDoc(text);
  return compilePatterns(data)
    .match(doc)
    .filter((c) => c.source.ref === 'pers-name-tokens')
    .map((c) => doc.norm.text.slice(c.start, c.end));
}

describe('pers-name-tokens', () => {
  it('finds two to four lexicon tokens, not starting with the article', () => {
    expect(persons({ ...base, nameTokens: lexicon }, 'وصل محمد أحمد الخطيب إلى المدينة')).toEqual(['محمد احمد الخطيب']);
  });

  it('needs a second known name, and common words never count', () => {
    expect(persons({ ...base, nameTokens: lexicon }, 'كان لديه أمل كبير')).toEqual([]);
  });

  it('takes a name token that is also a word between two name parts, but no stop word', () => {
    const words = { tokens: ['محمد', 'خليفه', 'المري', 'علي', 'سعيد'], stopwords: ['خليفه', 'سعيد'], given: ['محمد'] };
    expect(persons({ ...base, nameTokens: words }, 'وقال محمد خليفة المري إن')).toEqual(['محمد خليفه المري']);
    // A run that opens with no given name takes none (أدى is a verb and a name).
    expect(persons({ ...base, nameTokens: { tokens: ['ادي', 'دور', 'حمزه'], stopwords: ['دور'], given: ['حمزه'] } }, 'وأدى دور حمزة في الفيلم')).toEqual(['حمزه']);
    expect(persons({ ...base, nameTokens: { tokens: ['علي', 'سعيد', 'ان'], stopwords: ['ان'] } }, 'قال علي ان سعيد')).toEqual([]);
  });

  it('does not run across punctuation', () => {
    expect(persons({ ...base, nameTokens: lexicon }, 'محمد، حسين')).toEqual([]);
  });

  it('is absent when no lexicon was built in', () => {
    const { nameTokens: _, ...without } = { ...base, nameTokens: lexicon };
    expect(persons(without, 'وصل محمد أحمد الخطيب')).toEqual([]);
  });

  it('rejects a malformed lexicon at compile time', () => {
    expect(() => compilePatterns({ ...base, nameTokens: { tokens: 'محمد', stopwords: [] } as never })).toThrow(/nameTokens.tokens/);
  });
});

describe('pers-name-tokens: given names, proclitics and name particles', () => {
  const withGiven = { ...base, nameTokens: { ...lexicon, tokens: [...lexicon.tokens, 'رود', 'فان', 'بن', 'ابي', 'سفيان'], given: ['احمد', 'محمد'] } };

  it('reads a family name no lexicon holds after a known given name', () => {
    expect(persons(withGiven, 'قال أحمد المرابط إن')).toEqual(['احمد المرابط']);
    expect(persons(withGiven, 'قال أحمد شحاتة إن')).toEqual(['احمد شحاته']);
    expect(persons(withGiven, 'قال أحمد لعبة')).toEqual(['احمد']);
    expect(persons(withGiven, 'وصل محمد سلطانوف أمس')).toEqual(['محمد سلطانوف']);
  });

  it('takes no conjunction, verbal noun, feminine noun or verb as that family name', () => {
    // The given name then stands alone.
    expect(persons(withGiven, 'أحمد ويوسف')).toEqual(['احمد']);
    expect(persons(withGiven, 'أحمد بافتتاح المعرض')).toEqual(['احمد']);
    expect(persons(withGiven, 'أحمد الإفصاح')).toEqual(['احمد']);
    expect(persons(withGiven, 'أحمد حديثه')).toEqual(['احمد']);
    expect(persons(withGiven, 'محمد يقول')).toEqual(['محمد']);
  });

  it('reads a known given name alone, after و but after no other proclitic', () => {
    expect(persons(withGiven, 'وقال محمد إن')).toEqual(['محمد']);
    expect(persons(withGiven, 'ومحمد')).toEqual(['محمد']);
    expect(persons(withGiven, 'لمحمد')).toEqual([]);
    // Names known only as family names, and short ones, do not stand alone.
    expect(persons(withGiven, 'وقال حسين إن')).toEqual([]);
    const short = { ...withGiven, nameTokens: { ...withGiven.nameTokens, tokens: [...withGiven.nameTokens.tokens, 'عوض'], given: ['احمد', 'محمد', 'عوض'] } };
    expect(persons(short, 'عوض الشركات')).toEqual([]);
  });

  it('starts a name at a given name that begins like the article', () => {
    const data = { ...withGiven, nameTokens: { ...withGiven.nameTokens, tokens: [...withGiven.nameTokens.tokens, 'الكسندر'], given: ['الكسندر'] } };
    expect(persons(data, 'التقى ألكسندر سلطانوف')).toEqual(['الكسندر سلطانوف']);
    expect(persons(withGiven, 'التقى الحسين سلطانوف')).toEqual([]);
  });

  it('closes a name read from a given name with a nisba', () => {
    expect(persons(withGiven, 'وقال محمد سلطانوف الحريري إن')).toEqual(['محمد سلطانوف الحريري']);
  });

  it('reads عبد written together with the name after it as a given name', () => {
    expect(persons(withGiven, 'وقال عبدالحميد حجي إن')).toEqual(['عبدالحميد حجي']);
  });

  it('takes a given name that is also a word only right before a name', () => {
    const data = { ...withGiven, nameTokens: { ...withGiven.nameTokens, tokens: [...withGiven.nameTokens.tokens, 'كمال', 'يوسف'], stopwords: [...withGiven.nameTokens.stopwords, 'كمال'], wordGiven: ['كمال'] } };
    expect(persons(data, 'قال كمال يوسف إن')).toEqual(['كمال يوسف']);
    expect(persons(data, 'ووليد وكمال يوسف')).toEqual(['كمال يوسف']);
    expect(persons(data, 'بلغ الكمال')).toEqual([]);
  });

  it('needs a given name, not any lexicon token, to read an unknown family name', () => {
    expect(persons(withGiven, 'حسين سلطانوف')).toEqual([]);
  });

  it('leaves a proclitic outside the name', () => {
    expect(persons(withGiven, 'ومحمد حسين')).toEqual(['محمد حسين']);
  });

  it('reads a nisba no lexicon holds as the family name after a preposition and a given name', () => {
    expect(persons(withGiven, 'قدم الشكر لأحمد القدومي')).toEqual(['احمد القدومي']);
    expect(persons(withGiven, 'التقى الوزير بمحمد الزعبي')).toEqual(['محمد الزعبي']);
    // Any other unknown word after the preposition and the given name is no family name.
    expect(persons(withGiven, 'قدم الشكر لأحمد شحاتة')).toEqual([]);
  });

  it('keeps a European particle with the name after it', () => {
    expect(persons(withGiven, 'الهولندي رود فان نيستلروي الذي')).toEqual(['رود فان نيستلروي']);
  });

  it('takes the given name before بن', () => {
    expect(persons(withGiven, 'ورفض معاوية بن أبي سفيان')).toEqual(['معاويه بن ابي سفيان']);
    expect(persons(withGiven, 'معاوية بن')).toEqual([]);
  });
});

describe('pers-name-tokens: compound given names', () => {
  it('reads عبد with the name after it', () => {
    const data = { ...base, nameTokens: { ...lexicon, tokens: [...lexicon.tokens, 'عبد'] } };
    expect(persons(data, 'وقال عبد الحفيظ إن')).toEqual(['عبد الحفيظ']);
    expect(persons(data, 'عبد في')).toEqual([]);
  });

  it("reads a family name after a father's given name that the family-name step read", () => {
    expect(persons(base, 'كتب عباس محمود العقاد في')).toEqual(['عباس محمود العقاد']);
    expect(persons(base, 'أكد محمد سليم العوا أن')).toEqual(['محمد سليم العوا']);
    // A verbal noun or a plural is no family name there either.
    expect(persons(base, 'كتب عباس محمود الإجراءات')).toEqual(['عباس محمود']);
  });

  it('reads a family name ending in a long vowel and ه, which is no pronoun', () => {
    expect(persons(base, 'من الثلاثي ايمانويل ايبواه ودراماني')).toEqual(['ايمانويل ايبواه']);
    expect(persons(base, 'وانتقد ايمانويل حديثه')).toEqual(['ايمانويل']);
  });

  it('reads a kunya that opens a name with the family name after it, also after a proclitic', () => {
    expect(persons(base, 'وكان أبو جميل زيان قد')).toEqual(['ابو جميل زيان']);
    expect(persons(base, 'وكان أبو جميل قد')).toEqual(['ابو جميل']);
    expect(persons(base, 'إلى جوار لأبي الحسن المسعودي في')).toEqual(['ابي الحسن المسعودي']);
    expect(persons(base, 'ضريح أبي وقاص')).toEqual(['ابي وقاص']);
    // أبي alone is "my father".
    expect(persons(base, 'قال أبي إن')).toEqual([]);
  });

  it('opens a name with علي before a name token in a text that writes ى elsewhere', () => {
    expect(persons(base, 'وجه رئيس وزراء الحكومة الانتقالية علي محمد جيدي الاتهامات إلى البلدين')).toEqual(['علي محمد جيدي']);
    // Where the text never writes ى, علي may be the preposition (`وافق علي محمد`).
    expect(persons(base, 'وجه رئيس وزراء الحكومة الانتقالية علي محمد جيدي الاتهامات')).toEqual(['محمد جيدي']);
    // Spelled with ى it is the preposition; before بن the name is read from بن.
    expect(persons(base, 'وافق على محمد جيدي إلى')).toEqual(['محمد جيدي']);
    expect(persons(base, 'مرقد الإمام علي بن موسى الرضا إلى')).toEqual(['علي بن موسي الرضا']);
  });

  it('reads no name part in a proclitic before a word written with a hamza (بأول, not باول)', () => {
    expect(persons(base, 'وكان ستيفن بأول المشاركين')).toEqual(['ستيفن']);
    expect(persons(base, 'وكان ستيفن باول من المشاركين')).toEqual(['ستيفن باول']);
  });

  it('reads no lone given name in ة after an indefinite word in ة, which it agrees with', () => {
    expect(persons(base, 'يبحثون عن بيئة عائلية آمنة خارج المدن')).toEqual([]);
    expect(persons(base, 'وقالت آمنة إن')).toEqual(['امنه']);
  });

  it('reads the particles of a European name, and the article after one, as no parts of its count', () => {
    expect(persons(base, 'ودعا المندوب لدى الأمم المتحدة جان مارك دو لا سابليير مجلس الأمن')).toEqual(['جان مارك دو لا سابليير']);
    expect(persons(base, 'تصل نائبته ، ماريا تيريزا فرنانديس دي لافيغا إلى الرباط')).toEqual(['ماريا تيريزا فرنانديس دي لافيغا']);
  });

  it('reads two given names that are also words side by side as a name', () => {
    expect(persons(base, 'ضمت التشكيلة كلا من محسن سعد في الهجوم')).toEqual(['محسن سعد']);
    expect(persons(base, 'انضمام عزت جدوع وعماد ناصر للتدريبات')).toContain('عماد ناصر');
    expect(persons(base, 'وحضر جمال سالم عبد اللطيف الاجتماع')).toEqual(['جمال سالم عبد اللطيف']);
    // One such word alone is the word.
    expect(persons(base, 'كان سعد بالغا')).toEqual([]);
  });

  it('reads no word spelled like a given name with the article once normalized (اليأس, الياس)', () => {
    expect(persons(base, 'وأصابه اليأس من النتيجة')).toEqual([]);
    expect(persons(base, 'وقال الياس المر إن')).toEqual(['الياس المر']);
  });

  it('reads a family name opened by فان or فون, not فإن spelled with its hamza', () => {
    expect(persons(base, 'ومرر الكرة فهيأها فان نيستلروي لنفسه')).toEqual(['فان نيستلروي']);
    expect(persons(base, 'ومع ذلك فإن هونج كونج تتنافس')).not.toContain('فان هونج');
    expect(persons(base, 'لم تسلم الخرائط فان حياة العشرات')).toEqual([]);
  });

  it('takes a rare name token after a particle whatever its shape (فان باستن, ماركو فان باستن)', () => {
    expect(persons(base, 'وقال إن فان باستن لا يعتمد على')).toEqual(['فان باستن']);
    expect(persons(base, 'انتقد مدرب المنتخب ماركو فان باستن الذي')).toEqual(['ماركو فان باستن']);
  });

  it('takes no و with a word that begins with a hamza into a name (وإلى, not والي)', () => {
    expect(persons(base, 'استقبل محمد القباج وإلى جانبه')).toEqual(['محمد القباج']);
  });

  it('reads السيد right after a given name as its family name', () => {
    expect(persons(base, 'ووائل القباني وطارق السيد وتامر')).toContain('طارق السيد');
    expect(persons(base, 'وقال السيد محمد إن')).toEqual(['محمد']);
  });

  it('reads a compound in الله as a family name after a given name, never alone', () => {
    expect(persons(base, 'وقال محمد جاب الله إن')).toEqual(['محمد جاب الله']);
    expect(persons(base, 'نجح بفضل الله')).toEqual([]);
  });

  it('reads a compound in الدين as a given name, and as a family name after one', () => {
    expect(persons(base, 'كتب محيي الدين فتحي أن')).toEqual(['محيي الدين فتحي']);
    expect(persons(base, 'وشارك نور الدين البخاري في')).toEqual(['نور الدين البخاري']);
    expect(persons(base, 'تظهر مي عز الدين في')).toEqual(['مي عز الدين']);
    expect(persons(base, 'منبر صلاح الدين الايوبي')).toEqual(['صلاح الدين الايوبي']);
    // Other words before الدين make a phrase, no name.
    expect(persons(base, 'قال رجال الدين إن')).toEqual([]);
  });

  it('reads الله only after عبد or the first word of a compound, and no title as a family nisba', () => {
    expect(persons(base, 'وقال احمد الله على السلامة')).not.toContain('احمد الله');
    expect(persons(base, 'دعا بأسماء الله الحسنى')).toEqual([]);
    expect(persons(base, 'وقال محمد جاب الله إن')).toEqual(['محمد جاب الله']);
    expect(persons(base, 'التقى محمد عبد الله أمس')).toEqual(['محمد عبد الله']);
    expect(persons(base, 'قال غسان بن جدو الصحفي العربي')).toEqual(['غسان بن جدو']);
  });

  it('reads a given name that is also a word before a compound in الدين', () => {
    expect(persons(base, 'شارك محمود محيي الدين في الندوة')).toEqual(['محمود محيي الدين']);
    expect(persons(base, 'وقال خالد تاج الدين إن')).toContain('خالد تاج الدين');
    expect(persons(base, 'عمل محمود في الندوة')).toEqual([]);
  });

  it("reads a father's kunya whatever its word, and a given name with a proclitic before بن", () => {
    expect(persons(base, 'تولى علي بن أبي طالب الخلافة')).toEqual(['علي بن ابي طالب']);
    expect(persons(base, 'ثم جاء جيش لعلي بن أبي طالب بقيادة')).toEqual(['علي بن ابي طالب']);
    // A kunya that opens no lineage takes no common word.
    expect(persons(base, 'وقال أبي طالب العلم')).toEqual([]);
  });

  it('gives a compound in الدين alone the priority of a given name alone', () => {
    const doc = prepareDoc('في محافظة صلاح الدين');
    const c = compilePatterns(base).match(doc).find((x) => x.source.ref === 'pers-name-tokens');
    expect(c && doc.norm.text.slice(c.start, c.end)).toBe('صلاح الدين');
    expect(c!.priority).toBeLessThan(30);
  });
});

describe('pers-name-tokens: malformed given-name lists', () => {
  it('rejects them at compile time', () => {
    expect(() => compilePatterns({ ...base, nameTokens: { ...lexicon, given: 'احمد' } as never })).toThrow(/nameTokens.given/);
  });
});

describe('a name with a long lineage', () => {
  it('is read whole up to nine tokens, its parts besides بن, عبد and آل at most four', () => {
    const shipped = (text: string) => persons(base, text);
    expect(shipped('وأعلن وفاة بندر بن عبد الله بن عبد الرحمن آل سعود أمس')).toEqual(['بندر بن عبد الله بن عبد الرحمن ال سعود']);
  });
});

describe('dialect function words of social posts', () => {
  it('start no name, though foreign names spell them', () => {
    const shipped = (text: string) => persons(base, text);
    expect(shipped('مين رايح حفلة الليلة؟')).toEqual([]);
    expect(shipped('كيف حالك يا صاحبي')).toEqual([]);
  });
});

describe('علي written with ي as the last part of a name', () => {
  const people = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

  it('ends the name before what the preposition على never takes', () => {
    expect(people('و كان محمد علي قد غضب من أعمال الأمير')).toContain('محمد علي');
    expect(people('وكان يوسف علي لم يغادر بعد')).toEqual(['يوسف علي']);
    // The conjunction written apart: على takes no و.
    expect(people('وقف يوسف علي و خالد أمام الباب')).toContain('يوسف علي');
    // إن, written with its hamza below, opens what is said; أن may follow على (أكد على أن).
    expect(people('قال المحامي خالد علي إن الحكم قاس')).toEqual(['خالد علي']);
  });

  it('stays the preposition before its object', () => {
    expect(people('وعلق كمال علي ذلك بقوله')).not.toContain('كمال علي');
  });
});

describe('a name spelt with ه only', () => {
  it('is the noun where the text writes ة', () => {
    const people = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);
    // نواه (Noah) is a name token; نواة (a kernel) is the same once ة is folded into ه.
    expect(people('طور لينوس تورفالدز نواة لينكس')).toEqual(['لينوس تورفالدز']);
    expect(people('قال جون سميث نواه إن')).toEqual(['جون سميث نواه']);
  });
});

describe('common given names of the lexicon', () => {
  const persons = (text: string): string[] => extract(text).filter((e) => e.label === 'PERS').map((e) => e.text);

  it('start a name whose family name no list holds', () => {
    expect(persons('التقى سامر حداد بالوفد')).toEqual(['سامر حداد']);
    expect(persons('أكدت رغد الوزان أن')).toEqual(['رغد الوزان']);
  });

  it('join a name only next to it when they are also words', () => {
    // نادر is also "rare": a given name before a family name, an adjective elsewhere.
    expect(persons('وأضاف نادر حداد')).toEqual(['نادر حداد']);
    expect(persons('حدث نادر في المدينة')).toEqual([]);
  });
});

describe('a word that spells a proclitic and a name', () => {
  it('is no name when it is a nationality or an adjective in ة agreeing with a noun', () => {
    const spans = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
    expect(spans('جبران خليل جبران أديب لبناني هاجر إلى بوسطن')).not.toContainEqual(expect.stringMatching(/^PERS بناني/));
    expect(spans('أصدر البنك المركزي عملة ورقية جديدة')).toEqual([]);
    expect(spans('نشرت الصحيفة صورا لأوراق نقدية وعملات ورقية قديمة')).toEqual([]);
  });

  it('still reads a name after a real proclitic', () => {
    const spans = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
    expect(spans('وقالت ورقية حسن إن')).toContainEqual('PERS رقية حسن');
  });
});
