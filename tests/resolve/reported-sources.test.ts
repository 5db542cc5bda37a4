// A source and what was reported from it are no title (src/resolve/reported-sources.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const nested = (text: string): string[] => extract(text, { nested: true }).map((e) => `${e.label} ${e.text}`);

describe('a responsible source', () => {
  it('names no official, only what it belongs to', () => {
    expect(nested('صرح مصدر مسؤول في وزارة الداخلية بأن')).toEqual(['ORG وزارة الداخلية']);
    expect(nested('ونقلت عن مصدر مسؤول تأكيده أن')).toEqual([]);
  });

  it('leaves an official in an organisation a title', () => {
    expect(nested('وقال مسؤول في وزارة الداخلية إن')).toEqual(['OCC مسؤول في وزارة الداخلية', 'ORG وزارة الداخلية']);
  });
});

describe('what an official said', () => {
  it('is no complement of the title', () => {
    expect(nested('نقلت الوكالة عن مسؤول قوله إن')).toEqual(['OCC مسؤول']);
    expect(nested('نقلت عن مسؤولة قولها إن')).toEqual(['OCC مسؤولة']);
  });

  it('leaves a complement that is no saying', () => {
    expect(nested('وقال مسؤول العلاقات الخارجية إن')).toEqual(['OCC مسؤول العلاقات الخارجية']);
  });
});
