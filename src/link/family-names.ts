// A family name alone that the gazetteer links to a famous person, in a document that names
// someone else of that family in full: `رامون كالديرون … كالديرون` is the football club's
// president twice, not Felipe Calderón, and `دودي الفايد` is not his father Mohamed. A writer
// names a person in full before shortening the name, so the full name decides, but only when
// its given name is plainly another one than the famous person's: the same given name is
// spelled many ways (هوغو, هوجو, أوغو شافيز), and those stay the famous person.

import type { Candidate, GazetteerEntry } from '../types.js';

/**
 * Letters of a foreign given name's transcription grouped by the sound they write (غ ج ق
 * for G, ت ط for T …); vowels, hamza seats and ه are left out, as transcriptions write them
 * freely (هانس, أندريه, اوغو).
 */
const SOUND_GROUPS: readonly string[] = ['غجقگ', 'تط', 'دض', 'ذزظ', 'سصث', 'فڤ', 'بپ', 'كک'];
const SOUND: ReadonlyMap<number, number> = new Map(SOUND_GROUPS.flatMap((g) => [...g].map((ch) => [ch.charCodeAt(0), g.charCodeAt(0)] as const)));
const SILENT: ReadonlySet<number> = new Set([...'اأإآٱءئؤويىهة'].map((ch) => ch.charCodeAt(0)));

/** The sound of the first consonant of `word` (see SOUND_GROUPS), or -1 when it has none. */
export function initialSound(word: string, from = 0, to = word.length): number {
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    if (!SILENT.has(c)) return SOUND.get(c) ?? c;
  }
  return -1;
}

/**
 * The sounds that begin the given names of a gazetteer person: every word but the last of
 * each of its names of two words or more (`خوسيه لويس رودريغيث ثاباتيرو` is named `لويس
 * ثاباتيرو` too). Empty when it has none (a name known by one word).
 */
export function givenSounds(entry: Readonly<GazetteerEntry>): Set<number> {
  const sounds = new Set<number>();
  for (const name of [entry.ar, ...(entry.aliases ?? [])]) {
    const last = name.lastIndexOf(' ');
    for (let from = 0; from < last; ) {
      let to = name.indexOf(' ', from);
      if (to < 0) to = name.length;
      sounds.add(initialSound(name, from, to));
      from = to + 1;
    }
  }
  sounds.delete(-1);
  return sounds;
}

/**
 * Whether the full name `c` (a person of two tokens or more whose family name starts at
 * `familyStart`) holds a linked person before its family name: two names read as one
 * (`بوتين أردوغان`), whose last one is no family name of the first.
 */
export function holdsOtherPerson(c: Candidate, familyStart: number): boolean {
  if (!c.inner) return false;
  for (const n of c.inner) if (n.label === 'PERS' && n.id !== undefined && n.end <= familyStart) return true;
  return false;
}

/**
 * Whether the person mention `c`, which the gazetteer linked, names someone else than the
 * document's full name of identity `other` (a gazetteer ID, or undefined for a name no
 * gazetteer knows) whose given-name words begin with the sounds `given`: the document names
 * the gazetteer's person in full nowhere (`fullIds`), and none of its given names begins as
 * one of those words does.
 */
export function namesOtherPerson(c: Candidate, other: string | undefined, given: ReadonlySet<number>, fullIds: ReadonlySet<string>, entryOf: (id: string) => Readonly<GazetteerEntry> | undefined): boolean {
  if (c.source.kind !== 'gazetteer' || c.candidates || c.id === undefined || c.id === other || fullIds.has(c.id) || given.size === 0) return false;
  const entry = entryOf(c.id);
  if (entry === undefined || entry.label !== 'PERS') return false;
  const sounds = givenSounds(entry);
  if (sounds.size === 0) return false;
  for (const s of given) if (sounds.has(s)) return false;
  return true;
}
