// News outlets that the gazetteer knows only by a weak alias: after a correspondent, and as
// the addressee of a statement.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const orgs = (text: string) => extract(text, { nested: true }).filter((e) => e.label === 'ORG').map((e) => [e.text, e.id]);

describe('an outlet by its weak alias', () => {
  it('is the outlet after a correspondent', () => {
    expect(orgs('وأوضح مراسل الجزيرة أن الوزيرة تحمل أفكارا')).toEqual([['الجزيرة', 'kashf:org/al-jazeera']]);
    expect(orgs('وأفاد مراسل العربية بأن القصف استمر')).toEqual([['العربية', 'kashf:org/al-arabiya']]);
  });

  it('is the outlet a statement was made to, after ل and before أن, إن or a colon', () => {
    expect(orgs('وقال أمين الجميل للجزيرة إن الوزيرة طرحت أفكارا')).toEqual([['لجزيرة', 'kashf:org/al-jazeera']]);
    expect(orgs('وقال المتحدث للحرة : لا تعليق')).toEqual([['لحرة', 'kashf:org/alhurra']]);
  });

  it('is the outlet in quotation marks after ل, and so is a name that is also a region', () => {
    expect(orgs('وقال لـ«الجزيرة» إن الوفد وصل')).toEqual([['الجزيرة', 'kashf:org/al-jazeera']]);
    expect(orgs('وقال مصدر في الوزارة لـ«الشرق الأوسط» إن الاجتماع تأجل')).toEqual([['الشرق الأوسط', 'kashf:org/asharq-al-awsat']]);
    expect(extract('وتشهد منطقة الشرق الأوسط توترا').map((e) => e.label)).toEqual(['LOC']);
  });

  it('stays a word elsewhere', () => {
    expect(orgs('يتحدث العربية بطلاقة')).toEqual([]);
    expect(orgs('وصلت البعثة إلى الجزيرة أمس')).toEqual([]);
    expect(orgs('كانت الحياة صعبة')).toEqual([]);
  });
});
