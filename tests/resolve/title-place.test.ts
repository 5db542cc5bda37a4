// A title takes in the organisation, or the place of its body, named after it with في.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);
const nested = (text: string) => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a title with في and a known name after it', () => {
  it('takes in the place of the body the title names', () => {
    expect(flat('قال مدير المستشفى في غزة إن')).toEqual(['OCC مدير المستشفى في غزة']);
    expect(nested('رسالة إلى رئيس اللجنة في نابلس')).toEqual(['OCC رئيس اللجنة في نابلس', 'GPE نابلس']);
  });

  it('takes in an organisation after any title', () => {
    expect(flat('قال منسق الطوارئ في منظمة أطباء بلا حدود')).toEqual(['OCC منسق الطوارئ في منظمة أطباء بلا حدود']);
  });

  it('leaves a place after a bare title outside: where something happened', () => {
    expect(flat('قال الرئيس في واشنطن إن')).toEqual(['OCC الرئيس', 'GPE واشنطن']);
    expect(flat('صرح المتحدث في بيروت')).toEqual(['OCC المتحدث', 'GPE بيروت']);
  });
});

describe('a title with an organisation glued to ل after it', () => {
  it('takes in the organisation the title serves', () => {
    expect(flat('ووصل الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى')).toEqual(['OCC الأمين العام للأمم المتحدة', 'PERS أنطونيو غوتيريش']);
    expect(nested('وقال رئيس المكتب السياسي لحماس أمس')).toContain('ORG حماس');
    expect(flat('وقال الأمين العام للأمم المتحدة، أنطونيو غوتيريش، إن')).toEqual(['OCC الأمين العام للأمم المتحدة', 'PERS أنطونيو غوتيريش']);
  });

  it('takes it in after the person the title describes, though what he said follows', () => {
    expect(flat('وقال أحمد أبو الغيط الأمين العام لجامعة الدول العربية إن الوضع صعب')).toEqual(['PERS أحمد أبو الغيط', 'OCC الأمين العام لجامعة الدول العربية']);
  });

  it('leaves it out after a bare definite title, or when what follows is said to it', () => {
    expect(flat('شكر الرئيس للأمم المتحدة دعمها')).toEqual(['OCC الرئيس', 'ORG لأمم المتحدة']);
    expect(flat('وقال المتحدث باسم الجيش لوكالة رويترز إن')).toEqual(['OCC المتحدث باسم الجيش', 'ORG وكالة رويترز']);
  });
});

describe('a title before an organisation, its genitive complement', () => {
  it('takes in the organisation it heads after an indefinite word', () => {
    expect(flat('وقال رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو إن')).toEqual(['OCC رئيس الاتحاد الدولي لكرة القدم', 'PERS جياني إنفانتينو']);
    expect(nested('وقال نائب رئيس البنك الدولي أمس')).toContain('ORG البنك الدولي');
  });

  it('leaves it out after a portfolio joined with و, a definite word', () => {
    expect(flat('افتتح وزير الصحة والسكان مستشفى الأمل أمس')).toEqual(['OCC وزير الصحة والسكان', 'ORG مستشفى الأمل', 'DATE أمس']);
  });
});

describe('a title before باسم or إلى and the body it speaks for or is sent to', () => {
  it('takes in the organisation after باسم', () => {
    expect(flat('وقال المتحدث باسم حركة طالبان ذبيح الله مجاهد إن')).toEqual(['OCC المتحدث باسم حركة طالبان', 'PERS ذبيح الله مجاهد']);
  });

  it("takes in the body a delegate is sent to, and the country of an envoy's mission", () => {
    expect(flat('وقالت السفيرة الأمريكية إلى الأمم المتحدة ليندا توماس غرينفيلد')).toEqual(['OCC السفيرة الأمريكية إلى الأمم المتحدة', 'PERS ليندا توماس غرينفيلد']);
    expect(flat('وقال المبعوث الأممي إلى اليمن هانس غروندبرغ')).toEqual(['OCC المبعوث الأممي إلى اليمن', 'PERS هانس غروندبرغ']);
  });

  it('takes in where a delegate is accredited after لدى', () => {
    expect(flat('وقالت سفيرة الاتحاد الأوروبي لدى مصر إن المساعدات ستصل')).toEqual(['OCC سفيرة الاتحاد الأوروبي لدى مصر']);
  });

  it('leaves a place one goes to out of other titles', () => {
    expect(flat('وصل الرئيس إلى مصر')).toEqual(['OCC الرئيس', 'GPE مصر']);
    expect(flat('وصل السفير السعودي إلى بيروت')).toEqual(['OCC السفير السعودي', 'GPE بيروت']);
  });
});

describe('a general office and the body after ل', () => {
  it('are one title though a statement follows, and a spokesman of the secretary-general is one', () => {
    expect(flat('قال نائب الأمين العام للأمم المتحدة إن')).toEqual(['OCC نائب الأمين العام للأمم المتحدة']);
    expect(flat('رحب المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك بالتعيين')).toEqual([
      'OCC المتحدث باسم الأمين العام للأمم المتحدة',
      'PERS ستيفان دوجاريك',
    ]);
  });

  it('leave what is said to an organisation after another title alone', () => {
    expect(flat('قال المتحدث لوكالة الأنباء الفرنسية إن')[0]).toBe('OCC المتحدث');
  });
});

describe('a military rank in a known person\'s alias', () => {
  it('is a title of its own, the person linked without it', () => {
    const linked = extract('وقال الفريق أول عبد الفتاح البرهان إن').map((e) => `${e.label} ${e.text} ${e.id ?? ''}`.trim());
    expect(linked).toEqual(['OCC الفريق أول', 'PERS عبد الفتاح البرهان kashf:pers/abdel-fattah-al-burhan']);
  });
});
