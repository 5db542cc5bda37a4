// Person names that hold a known entity of another kind: a family name that spells a
// preposition and a name, a nationality in the plural as a family name, and a known entity
// right before a name of the lexicon.

import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';

const entities = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
const persons = (text: string) => extract(text).filter((e) => e.label === 'PERS').map((e) => ({ text: e.text, id: e.id }));

describe('a family name that spells a preposition and a known name', () => {
  it('stays whole, and the known name is no mention', () => {
    expect(entities('قال الشاعر محمد بنيس إن')).toEqual(['OCC الشاعر', 'PERS محمد بنيس']);
    expect(entities('وقالت دانا برينو إن')).toEqual(['PERS دانا برينو']);
  });

  it('is no family name after a noun in ة, which governs the place', () => {
    expect(entities('حكمت مملكة بروسيا البلاد')).not.toContain('PERS حكمت مملكة بروسيا');
  });
});

describe('a nationality in the plural after a given name', () => {
  it('is the family name', () => {
    expect(entities('قال بيتر كينيون رئيس النادي')).toEqual(['PERS بيتر كينيون', 'OCC رئيس النادي']);
  });
});

describe('a known entity of another kind where a lexicon name starts', () => {
  it('leaves the name after it, when two or more tokens remain', () => {
    expect(entities('يتحد العالم امام اسرائيل جورج كلونى : بوش')).toEqual(['GPE اسرائيل', 'PERS جورج كلونى', 'PERS بوش']);
  });
});

describe('a known entity right after أبو, بن or عبد in a person name', () => {
  it('completes the kunya or nasab and is no mention of its own', () => {
    expect(entities('يعتبر محمود أبو هنود المسؤول عن التجنيد')).toEqual(['PERS محمود أبو هنود']);
    expect(entities('وكان فيصل بن تركي قد وحد البلاد')).toContain('PERS فيصل بن تركي');
  });

  it('leaves a known place that starts with أبو whole', () => {
    expect(entities('زار الوفد أبو ظبي أمس')).toContain('GPE أبو ظبي');
  });
});

describe('a title cut before a known nationality', () => {
  it('keeps no inner entity outside its new span', () => {
    const text = 'قال الزعيم الكوري الشمالي كيم جونغ أون إن';
    const nested = extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(nested).toEqual(['OCC الزعيم', 'NORP الكوري الشمالي', 'PERS كيم جونغ أون']);
  });
});

describe('a facility named after a known person', () => {
  it('holds the whole name, shorter known names inside it included', () => {
    const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);
    expect(nested('تظاهر آلاف في شارع الحبيب بورقيبة بالعاصمة')).toEqual(['CARDINAL آلاف', 'FAC شارع الحبيب بورقيبة', 'PERS الحبيب بورقيبة']);
    expect(nested('في شارع جمال عبد الناصر')).toEqual(['FAC شارع جمال عبد الناصر', 'PERS جمال عبد الناصر']);
  });

  it('leaves a person after the noun of a place of another kind alone', () => {
    expect(entities('وجمال عبد الناصر في المدينة')).toEqual(['PERS جمال عبد الناصر']);
  });
});

describe('an organisation\'s nationality', () => {
  it('does not close it before a purpose in ل, also after one more adjective', () => {
    expect(entities('وقالت الشركة السعودية للكهرباء إن')).toEqual(['ORG الشركة السعودية للكهرباء']);
    expect(entities('وهي الشركة الصينية الوطنية لإنتاج البترول')).toEqual(['ORG الشركة الصينية الوطنية لإنتاج البترول']);
  });
});

describe('a known organisation and an adjective that makes another body of it', () => {
  it('is that other body, unlinked', () => {
    const orgs = (text: string) => extract(text).filter((e) => e.label === 'ORG').map((e) => `${e.text} ${e.id === undefined || e.id.startsWith('doc:') ? '-' : e.id}`);
    expect(orgs('قال مجلس الأمن الوطني العراقي إن')).toEqual(['مجلس الأمن الوطني العراقي -']);
    expect(orgs('كشف مجلس الأمن السيبراني عن هجمات')).toEqual(['مجلس الأمن السيبراني -']);
  });

  it('leaves the body itself before its own or a describing adjective', () => {
    const orgs = (text: string) => extract(text).filter((e) => e.label === 'ORG').map((e) => `${e.text} ${e.id === undefined || e.id.startsWith('doc:') ? '-' : e.id}`);
    expect(orgs('دعا مجلس الأمن الدولي إلى وقف إطلاق النار')).toEqual(['مجلس الأمن الدولي wd:Q37470']);
    expect(orgs('ذكرت صحيفة الأهرام الحكومية أن')).toEqual(['صحيفة الأهرام kashf:org/al-ahram']);
  });
});

describe('an organisation named after a known person', () => {
  it('holds the whole name and the purpose after it', () => {
    expect(entities('افتتحت جامعة الحسين بن طلال فرعا جديدا')).toEqual(['ORG جامعة الحسين بن طلال']);
    expect(entities('تبرعت مؤسسة الملك عبد الله الثاني للتنمية بمبلغ كبير')).toEqual(['ORG مؤسسة الملك عبد الله الثاني للتنمية']);
  });

  it('is not made of an office and the person it serves', () => {
    expect(entities('وقال مكتب الحسين بن طلال إن').filter((e) => e.startsWith('ORG'))).not.toContain('ORG مكتب الحسين بن طلال');
  });
});

describe('a known person right after بن in a lineage read in part', () => {
  it('is the father: the name goes on to the end of his, which stays nested', () => {
    const found = createExtractor({ defaultGazetteer: false, entries: [{ id: 'kashf:pers/caliph', label: 'PERS', ar: 'عبد الملك بن مروان' }] }).extract('وتولى هشام بن عبد الملك بن مروان الخلافة .', { nested: true });
    expect(found.map((e) => `${e.label} ${e.text}`)).toEqual(['PERS هشام بن عبد الملك بن مروان', 'PERS عبد الملك بن مروان']);
    expect(found[1]!.id).toBe('kashf:pers/caliph');
  });
});

describe('a facility named after a titled person the gazetteer knows', () => {
  it('holds the whole name after the title, though the rule read it in part', () => {
    expect(entities('صلى في مسجد الشيخ زايد بن سلطان آل نهيان أمس')).toContain('FAC مسجد الشيخ زايد بن سلطان آل نهيان');
  });
});

describe('a known person’s name followed by a family nisba the gazetteer does not give him', () => {

  it('is another person of the same first names, unlinked', () => {
    const [p] = persons('وقال محمد يونس الحسيني إن المشروع تأخر');
    expect(p?.text).toBe('محمد يونس الحسيني');
    expect(p?.id).not.toBe('kashf:pers/muhammad-yunus');
    const [q] = persons('وقال فهد بن عبد العزيز السبيعي إن');
    expect(q?.text).toBe('فهد بن عبد العزيز السبيعي');
    expect(q?.id).not.toBe('kashf:pers/fahd-bin-abdulaziz-al-saud');
  });

  it('leaves the known person linked before his dynasty’s nisba or his family name', () => {
    expect(persons('في عهد عمر بن عبد العزيز الأموي')[0]).toEqual({ text: 'عمر بن عبد العزيز', id: 'kashf:pers/umar-ibn-abd-al-aziz' });
    expect(persons('وقال محمد يونس إن')).toEqual([{ text: 'محمد يونس', id: 'kashf:pers/muhammad-yunus' }]);
  });
});

describe('a known person’s one-word alias before one more name word', () => {

  it('is the given name of another person, unlinked', () => {
    const [p] = persons('وسجل داروين نونيز هدفين في المباراة');
    expect(p?.text).toBe('داروين نونيز');
    expect(p?.id).not.toBe('wd:Q1035');
  });

  it('stays the known person before a word of another shape', () => {
    expect(persons('ولا يسير وراء بوش مسلوب الإرادة')[0]).toEqual({ text: 'بوش', id: 'wd:Q207' });
  });
});

describe('a person’s name read from inside a known place', () => {
  it('starts after the place', () => {
    expect(entities('وقال محافظ ذي قار مرتضى الإبراهيمي إن')).toEqual(['OCC محافظ', 'GPE ذي قار', 'PERS مرتضى الإبراهيمي']);
  });

  it('is none when one word is left', () => {
    expect(entities('استهدفت منزلا بخان يونس جنوب القطاع')).toEqual(['GPE خان يونس']);
  });
});

describe('regressions of names read past a known person', () => {

  it('leaves a known person before a past verb of three letters', () => {
    expect(persons('رونالدو سجل هدفين مع النصر الليلة')).toEqual([{ text: 'رونالدو', id: 'wd:Q11571' }]);
    expect(persons('ترامب رجع للبيت الأبيض')).toEqual([{ text: 'ترامب', id: 'wd:Q22686' }]);
  });

  it('takes no noun of a period as a family name', () => {
    expect(persons('ستستضيف اللجنة وزير النفط حيان عبد الغني الأسبوع المقبل').map((p) => p.text)).toEqual(['حيان عبد الغني']);
  });
});
