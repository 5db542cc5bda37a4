// Battles of Arab and Islamic history known by a definite name, which the battle rule leaves
// out (`معركة الحياة`, `معركة الانتخابات` are no battles): gazetteers/events.jsonl holds them.

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const events = (text: string) => extract(text).filter((e) => e.label === 'EVENT').map((e) => [e.text, e.id]);

describe('battles known by a definite name', () => {
  it('are events, the whole name', () => {
    expect(events('انتصر المسلمون في معركة القادسية على الفرس')).toEqual([['معركة القادسية', 'kashf:event/battle-of-al-qadisiyyah']]);
    expect(events('وقعت موقعة الجمل سنة 36 هـ')).toEqual([['موقعة الجمل', 'kashf:event/battle-of-the-camel']]);
    expect(events('هزم الفرنجة المسلمين في معركة بلاط الشهداء')).toEqual([['معركة بلاط الشهداء', 'kashf:event/battle-of-tours']]);
  });

  it('leave a struggle named by a definite noun to the text', () => {
    expect(events('خاض معركة الحياة بشجاعة')).toEqual([]);
  });
});
