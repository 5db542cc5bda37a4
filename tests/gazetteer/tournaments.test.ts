// Tennis's four Grand Slam tournaments and two seasonal events the news names without a trigger
// noun (gazetteers/events.jsonl): events with their IDs, not a person or a date.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const spans = (text: string) => extract(text).map((e) => `${e.label} ${e.text} ${e.id ?? '-'}`);

describe('events known by name', () => {
  it('are events, not a person or a date', () => {
    expect(spans('شارك في بطولة ويمبلدون وبطولة رولان غاروس')).toEqual(['EVENT بطولة ويمبلدون kashf:event/wimbledon', 'EVENT بطولة رولان غاروس kashf:event/french-open']);
    expect(spans('تطلق الشركة حملة الجمعة البيضاء')).toEqual(['EVENT الجمعة البيضاء kashf:event/black-friday']);
    expect(spans('حضر حفلة في موسم الرياض')).toEqual(['EVENT موسم الرياض kashf:event/riyadh-season']);
  });

  it('leave the weekday alone', () => {
    expect(spans('صلى الجمعة في المسجد')).toEqual(['DATE الجمعة -']);
  });
});
