// A title that needs a complement, right before an organisation, spans it as its office.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string): string[] => extract(text).map((e) => `${e.label} ${e.text}`);
const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a title before an organisation of another head noun', () => {
  it('spans the organisation, nested', () => {
    expect(flat('وقالت مديرة صندوق النقد الدولي كريستالينا غورغييفا إن')).toEqual(['OCC مديرة صندوق النقد الدولي', 'PERS كريستالينا غورغييفا']);
    expect(nested('وقال وكيل وزارة الصحة العراقية هاني العقابي إن')).toEqual(
      expect.arrayContaining(['OCC وكيل وزارة الصحة العراقية', 'ORG وزارة الصحة العراقية', 'PERS هاني العقابي']),
    );
  });

  it('spans the organisation after a general office (مدير عام, أمين عام)', () => {
    expect(flat('كشف مدير عام هيئة سوق رأس المال الفلسطينية عن قرار جديد')).toEqual(['OCC مدير عام هيئة سوق رأس المال الفلسطينية']);
    expect(nested('وقال أمين عام وزارة الصحة إن')).toEqual(['OCC أمين عام وزارة الصحة', 'ORG وزارة الصحة']);
  });

  it('spans a facility too, and the person after it is the title holder', () => {
    expect(flat('قال مدير مطار القاهرة محمد سعيد إن')).toEqual(['OCC مدير مطار القاهرة', 'PERS محمد سعيد']);
    expect(flat('أكد مدير مستشفى الشفاء محمد أبو سلمية أن الوضع كارثي')).toEqual(['OCC مدير مستشفى الشفاء', 'PERS محمد أبو سلمية']);
    // Without a title the person's name is the place's own.
    expect(flat('جامع النبي دانيال عبارة عن مسجد')).toContain('FAC جامع النبي دانيال');
  });

  it('spans the organisation after في, the title of one who serves in it', () => {
    expect(flat('وقال نائب في البرلمان الأردني إن الحكومة مطالبة')).toEqual(['OCC نائب في البرلمان الأردني']);
  });

  it('leaves a definite title before the organisation alone', () => {
    expect(flat('شكر الرئيس صندوق النقد الدولي')).toEqual(['OCC الرئيس', 'ORG صندوق النقد الدولي']);
  });
});

describe('a title before the place it governs', () => {
  it('spans a place the title rule cannot read, nested', () => {
    expect(nested('قال محافظ وهران إن الوضع هادئ')).toEqual(['OCC محافظ وهران', 'GPE وهران']);
    expect(nested('صرح أمير منطقة الرياض بأن المشروع سيكتمل')).toEqual(['OCC أمير منطقة الرياض', 'LOC منطقة الرياض', 'GPE الرياض']);
    expect(flat('أشرف عامل إقليم الحسيمة على افتتاح المشروع')).toEqual(['OCC عامل إقليم الحسيمة']);
  });

  it('leaves a place after في outside: where the holder is', () => {
    expect(flat('قال مسؤول في القاهرة إن')).toEqual(['GPE القاهرة']);
  });

  it('reads no title from وإلى, which normalizes as the Maghreb’s والي', () => {
    expect(flat('سافر إلى تونس والى الجزائر')).toEqual(['GPE تونس', 'GPE الجزائر']);
  });
});
