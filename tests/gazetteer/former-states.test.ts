// States of history are GPE, as countries are (الدولة العباسية, يوغوسلافيا, ألمانيا الشرقية),
// and a country's former name links to the country (زائير). Names that modern text uses for
// something else stay out: بروسيا is ب + روسيا (only مملكة بروسيا is Prussia), and النمسا
// والمجر two countries.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const places = (text: string) => extract(text).filter((e) => e.label === 'GPE').map((e) => [e.text, e.id]);

describe('former states', () => {
  it('are GPE with their own IDs', () => {
    expect(places('ازدهرت بغداد في عهد الدولة العباسية')).toEqual([
      ['بغداد', 'wd:Q1530'],
      ['الدولة العباسية', 'kashf:gpe/abbasid-caliphate'],
    ]);
    expect(places('تفككت يوغوسلافيا بعد توحيد ألمانيا الشرقية والغربية')).toEqual([
      ['يوغوسلافيا', 'kashf:gpe/yugoslavia'],
      ['ألمانيا الشرقية', 'kashf:gpe/east-germany'],
    ]);
    expect(places('كانت زائير تحت حكم موبوتو')).toEqual([['زائير', 'wd:Q974']]);
  });

  it('leave modern uses of their words alone', () => {
    expect(places('علاقاتها بروسيا قوية')).toEqual([['روسيا', 'wd:Q159']]);
    expect(places('زار الرئيس النمسا والمجر')).toEqual([
      ['النمسا', 'wd:Q40'],
      ['المجر', 'wd:Q28'],
    ]);
  });
});
