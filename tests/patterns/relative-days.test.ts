// A relative day and the weekday after it are one date, as news writes them (`اليوم الأحد`).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const flat = (text: string) => extract(text).map((e) => `${e.label} ${e.text}`);

describe('a relative day before a weekday', () => {
  it('is one date with it, also where the weekday is الاثنين or الأحد', () => {
    expect(flat('وقال أمس الاثنين إن')).toEqual(['DATE أمس الاثنين']);
    expect(flat('أعلنت الوزارة، اليوم الأحد، أن')).toEqual(['DATE اليوم الأحد']);
    expect(flat('منذ أول أمس الأربعاء ،')).toEqual(['DATE أول أمس الأربعاء']);
  });

  it('is one time after a part of the day', () => {
    expect(flat('وقع الانفجار مساء أمس الخميس .')).toEqual(['TIME مساء أمس الخميس']);
  });

  it('leaves الاثنين after other words the number "the two"', () => {
    expect(flat('ذهب الاثنين معا')).toEqual(['CARDINAL الاثنين']);
  });
});
