import { describe, expect, it } from 'vitest';
import { withoutTitle } from '../../scripts/build-data.js';

describe('titles are not part of person aliases', () => {
  it('strips a leading title', () => {
    expect(withoutTitle('الملك عبد الله الثاني')).toEqual({ name: 'عبد الله الثاني', titled: true });
    expect(withoutTitle('ولي العهد محمد بن سلمان')).toEqual({ name: 'محمد بن سلمان', titled: true });
    expect(withoutTitle('الأمير')).toEqual({ name: 'الأمير', titled: false });
    expect(withoutTitle('العماد جوزاف عون')).toEqual({ name: 'جوزاف عون', titled: true });
    expect(withoutTitle('شيخ الأزهر أحمد الطيب')).toEqual({ name: 'أحمد الطيب', titled: true });
  });
  it('leaves names alone', () => {
    expect(withoutTitle('بشار الأسد')).toEqual({ name: 'بشار الأسد', titled: false });
  });
});
