// Clubs the gazetteer knows by a weak alias (الهلال, النصر, الاتحاد: words too) are clubs
// where the text puts them in a match, and words elsewhere.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const orgs = (text: string): string[] => extract(text).filter((e) => e.label === 'ORG').map((e) => `${e.text} ${e.id}`);

describe('clubs named by a word', () => {
  it('reads the sides of a match noun, joined by و', () => {
    expect(orgs('انا متابع لمباراة الهلال والنصر الليلة')).toEqual(['الهلال kashf:org/al-hilal-sfc', 'النصر kashf:org/al-nassr-fc']);
    expect(orgs('ديربي الأهلي و الزمالك')).toEqual(['الأهلي kashf:org/al-ahly-sc', 'الزمالك kashf:org/zamalek-sc']);
    expect(orgs('قبل المباراة بين الاتحاد والشباب')).toEqual(['الاتحاد kashf:org/al-ittihad-club-jeddah', 'الشباب kashf:org/al-shabab-fc-riyadh']);
    // The colloquial ماتش of social posts.
    expect(orgs('اليوم ماتش الأهلي والزمالك الساعة 8')).toEqual(['الأهلي kashf:org/al-ahly-sc', 'الزمالك kashf:org/zamalek-sc']);
    // بين after a match noun and the competition's name.
    expect(orgs('تقام مباراة نهائي كأس الملك بين الهلال والنصر')).toEqual(['الهلال kashf:org/al-hilal-sfc', 'النصر kashf:org/al-nassr-fc']);
    expect(orgs('وقع اتفاق بين الاتحاد والحكومة')).toEqual([]);
  });

  it('reads both sides of a result verb, a score, or a side word', () => {
    expect(orgs('فاز الهلال على النصر بهدفين')).toEqual(['الهلال kashf:org/al-hilal-sfc', 'النصر kashf:org/al-nassr-fc']);
    // The likelier entries of these words are a town and a channel: in a match they are the clubs.
    expect(orgs('الوحدة 2 - 1 الجزيرة')).toEqual(['الوحدة kashf:org/al-wahda-fc', 'الجزيرة kashf:org/al-jazira-club']);
    expect(orgs('سجل هدف التأهل في مرمى الاتفاق')).toEqual(['الاتفاق kashf:org/al-ettifaq-fc']);
  });

  it('reads the other side of a result verb whose subject is a club for sure', () => {
    // After a club noun, or a club known by a name that is no word.
    expect(orgs('فاز نادي الهلال على النصر بثلاثة أهداف')).toEqual(['نادي الهلال kashf:org/al-hilal-sfc', 'النصر kashf:org/al-nassr-fc']);
    expect(orgs('فاز فريق الاتحاد على الشباب')).toEqual(['فريق الاتحاد kashf:org/al-ittihad-club-jeddah', 'الشباب kashf:org/al-shabab-fc-riyadh']);
    expect(orgs('تغلب برشلونة على الاتحاد بهدفين')).toEqual(['برشلونة wd:Q7156', 'الاتحاد kashf:org/al-ittihad-club-jeddah']);
    // No result verb, or no club before the preposition: a word.
    expect(orgs('اجتمع نادي الهلال مع الشباب في الرياض')).toEqual(['نادي الهلال kashf:org/al-hilal-sfc']);
    expect(orgs('فازت الحكومة على الاتحاد في المحكمة')).toEqual([]);
  });

  it('reads the subject of a result verb whose other side is a club for sure, and past the subject\'s nationality', () => {
    expect(orgs('فاز الأهلي على بيراميدز بهدفين')).toEqual(['الأهلي kashf:org/al-ahly-sc', 'بيراميدز kashf:org/pyramids-fc']);
    expect(orgs('فاز الترجي الرياضي التونسي على الأهلي')).toEqual(['الترجي الرياضي التونسي kashf:org/esperance-sportive-de-tunis', 'الأهلي kashf:org/al-ahly-sc']);
    // No club after the preposition: a word.
    expect(orgs('فاز الأهلي على الحكومة')).toEqual([]);
    // A subject whose span holds its nationality.
    expect(orgs('فاز نادي الهلال السعودي على النصر بثلاثة أهداف')).toEqual(['نادي الهلال السعودي kashf:org/al-hilal-sfc', 'النصر kashf:org/al-nassr-fc']);
  });

  it('reads a club on either side of ضد with a club on the other', () => {
    expect(orgs('سجل هدفين مع النصر ضد الهلال')).toEqual(['النصر kashf:org/al-nassr-fc', 'الهلال kashf:org/al-hilal-sfc']);
    expect(orgs('مباراة ريال مدريد ضد الاتحاد')).toEqual(['ريال مدريد wd:Q8682', 'الاتحاد kashf:org/al-ittihad-club-jeddah']);
    // No club on the other side: words.
    expect(orgs('احتج العمال ضد الاتحاد')).toEqual([]);
    expect(orgs('جرائم الاحتلال ضد الشباب')).toEqual([]);
  });

  it('reads two clubs as the sides of a verb of meeting', () => {
    expect(orgs('التقى الأهلي مع الزمالك')).toEqual(['الأهلي kashf:org/al-ahly-sc', 'الزمالك kashf:org/zamalek-sc']);
    expect(orgs('واجه الهلال النصر')).toEqual(['الهلال kashf:org/al-hilal-sfc', 'النصر kashf:org/al-nassr-fc']);
    // One club word alone is no side: a meeting of people.
    expect(orgs('التقى الوزير مع الشباب')).toEqual([]);
  });

  it('reads the club after a club noun, and the noun and the club are the club', () => {
    expect(orgs('تعاقد نادي الرجاء مع مدرب')).toEqual(['نادي الرجاء kashf:org/raja-ca']);
    expect(orgs('انضم إلى فريق الاتحاد')).toEqual(['فريق الاتحاد kashf:org/al-ittihad-club-jeddah']);
    const nested = extract('قال رئيس نادي الترجي إن', { nested: true }).filter((e) => e.label === 'ORG');
    expect(nested.map((e) => `${e.text} ${e.id}`)).toEqual(['نادي الترجي kashf:org/esperance-sportive-de-tunis', 'الترجي kashf:org/esperance-sportive-de-tunis']);
  });

  it('reads the club in apposition to a club noun with its pronoun', () => {
    expect(orgs('سجل هدفين لفريقه النصر')).toEqual(['النصر kashf:org/al-nassr-fc']);
    expect(orgs('سجل هدفا لناديه الهلال')).toEqual(['الهلال kashf:org/al-hilal-sfc']);
  });

  it('leaves the words alone elsewhere', () => {
    expect(orgs('تغلب الاتحاد على الخلافات')).toEqual([]);
    expect(orgs('انتصر الشباب على أنفسهم')).toEqual([]);
    expect(orgs('البطالة مرتفعة في صفوف الشباب')).toEqual([]);
    expect(orgs('عقد لقاء الشباب في القاعة')).toEqual([]);
    expect(orgs('حقق النصر على الأعداء')).toEqual([]);
  });
});

describe('a club named by a word and a nationality', () => {
  it('is no club before a second nationality: what two countries share', () => {
    expect(orgs('رحبت الدول العربية بالاتفاق السعودي الإيراني')).toEqual([]);
    expect(orgs('فيما انتزع الاتفاق السعودي البطاقة الرابعة')).toEqual(['الاتفاق السعودي kashf:org/al-ettifaq-fc']);
    expect(orgs('فاز تشلسي الإنجليزي')).toEqual(['تشلسي الإنجليزي wd:Q9616']);
    // What a club is (الرياضي) is no first nationality.
    expect(orgs('توج الترجي الرياضي التونسي باللقب')).toEqual(['الترجي الرياضي التونسي kashf:org/esperance-sportive-de-tunis']);
  });
});

describe('clubs as the subject of a result verb and the ends of a transfer', () => {
  it('reads the subject before the verb and the side after its preposition', () => {
    expect(orgs('الأهلي فاز على الزمالك في نهائي الكأس')).toEqual(['الأهلي kashf:org/al-ahly-sc', 'الزمالك kashf:org/zamalek-sc']);
  });

  it('reads both ends of a player’s move, and cities as cities', () => {
    expect(orgs('انتقل اللاعب من الشباب إلى الهلال')).toEqual(['الشباب kashf:org/al-shabab-fc-riyadh', 'الهلال kashf:org/al-hilal-sfc']);
    expect(orgs('انتقل الوفد من الرياض إلى جدة')).toEqual([]);
    expect(orgs('انتقلت الأسرة من الشباب إلى الشيخوخة')).toEqual([]);
  });
});
