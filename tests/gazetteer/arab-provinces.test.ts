// First-level units of Arab countries the place source names only by a machine translation or
// not at all (gazetteers/curated/state-names.jsonl): Iraq's and Egypt's governorates, Morocco's
// regions. Those whose bare name is an ordinary word or a given name are known only after
// محافظة (`البحيرة` the lake, `مطروح` proposed, `المثنى` of a lineage).

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const places = (text: string) => extract(text).filter((e) => e.label === 'GPE').map((e) => [e.text, e.id]);

describe('Arab provinces and regions', () => {
  it('are places with their Wikidata IDs', () => {
    expect(places('وصل الوفد إلى محافظة ذي قار جنوب العراق')).toEqual([['محافظة ذي قار', 'wd:Q215649'], ['العراق', 'wd:Q796']]);
    expect(places('هطلت أمطار غزيرة على الدقهلية')).toEqual([['الدقهلية', 'wd:Q31068']]);
    expect(places('أمر والي جهة فاس مكناس بفتح تحقيق')).toEqual([['جهة فاس مكناس', 'wd:Q19951027']]);
    expect(places('زار الوزير محافظة البحيرة')).toEqual([['محافظة البحيرة', 'wd:Q30630']]);
  });

  it('count in a list with places of their country where the bare name is a word', () => {
    const all = (text: string) => extract(text).map((e) => e.text);
    expect(all('هطلت أمطار على مناطق جازان وعسير والباحة')).toEqual(['جازان', 'عسير', 'الباحة']);
    expect(all('كان الامتحان عسير جدا')).toEqual([]);
  });

  it('need the province noun where the bare name is an ordinary word or a given name', () => {
    expect(places('ارتفع منسوب المياه في البحيرة')).toEqual([]);
    expect(places('هذا الأمر غير مطروح للنقاش')).toEqual([]);
    expect(extract('انتصر صلاح الدين الأيوبي في حطين').map((e) => e.label)).toContain('PERS');
  });
});
