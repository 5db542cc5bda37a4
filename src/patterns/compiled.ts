// Shape of compiled pattern data (src/data/patterns.json), written by scripts/build-patterns.ts.
// Types only: the runtime never composes patterns, it only loads native RegExp sources.

import type { Label } from '../types.js';

/** Token classes a rule can be triggered by, besides its trigger words. */
export type TriggerClass = 'digit' | 'latin';

/** One rule, composed into a native RegExp source. */
export interface CompiledRule {
  /** Kebab-case rule ID, unique across the project; becomes `source.ref`. */
  id: string;
  /**
   * Label of the whole match. `null` when the rule only emits its labelled groups
   * (a title and the name after it are two adjacent entities, not one).
   */
  label: Label | null;
  /** Tie-breaker after span length and position (gazetteer entries have 50). */
  priority: number;
  /** Native RegExp source, run sticky at the trigger token; may refer to shared `{{@fragments}}`. */
  source: string;
  /** Label of each capture group by group number (index 0 unused); `null` for plain groups. */
  groups: (Label | null)[];
  /** Normalized first tokens that trigger the rule (after proclitics are stripped). */
  triggers: string[];
  /** Token classes that trigger the rule at every token of that class. */
  classes: TriggerClass[];
  /**
   * A person name read after the match by scanning tokens (see name-scan.ts), emitted as a
   * separate candidate with this label; when `optional` is false the rule needs the name.
   */
  name?: {
    label: Label;
    optional: boolean;
    /** First tokens of which one must come right after the name (words or punctuation). */
    before?: string[];
    /** Fewest tokens the name must have (default 1). */
    minTokens?: number;
    /**
     * The name stops before an unknown token that is seldom a family name (with the article,
     * in ة or ه, or of three letters or fewer), for triggers that say less than a title.
     */
    strict?: boolean;
    /**
     * The name's first token must be a known name token (a given name of the lexicon, say),
     * for triggers that may as well be followed by a group or a place (`بقيادة`).
     */
    knownFirst?: boolean;
    /** A word with the preposition ل glued to it (`لرويترز`, the addressee) may follow the name instead of a `before` word. */
    addressee?: boolean;
    /**
     * With `before`: a family name with the article alone may be the name (`وقال الخطيب إن`),
     * unless it has the shape of a feminine noun or plural (see scanDefiniteName).
     */
    definite?: boolean;
    /**
     * Where no name follows the match, a name set off by commas may (`وزير الخارجية، سيرجي
     * لافروف، إن`): a comma, the name, then a comma, colon, full stop or quotation mark.
     */
    apposition?: boolean;
  };
  /**
   * The name after a trigger noun, read by scanning tokens (see name-scan.ts) and added to
   * the match: `place` one or two words, `facility` a place's name and one adjective of the
   * facility after it (`مطار القاهرة الدولي`), `gpe` a word or a name with a second part, `org`
   * up to two name words and a definite word with up to three more. The rule needs it.
   */
  extend?: ExtendKind;
  /**
   * First tokens of what must follow a number for the rule to match there: at a digit token
   * the rule runs only when the token after the number is one of them.
   */
  follows?: string[];
  /**
   * Trigger tokens that only start phrases (ما of ما يقارب) → the tokens that may come next:
   * at such a trigger the rule runs only when the next token is one of them.
   */
  triggerNext?: Record<string, string[]>;
  /**
   * Set by the build when the pattern is only the trigger list (see build-patterns): the
   * match is the trigger token, followed by no letter or digit; `noArticle` when the token
   * must not start with ال.
   */
  triggerOnly?: 'word' | 'noArticle';
  /** A string the document must contain for the rule to run at all (`@` for e-mail). */
  needs?: string;
  /**
   * In a construct only the last word takes the article: after the first definite word that
   * follows the construct's head (`وزير الصحة`), only adjectives go on (see
   * adjective-shape.ts), and the match ends before any other definite word, mostly the verb's
   * object (`تفقد وزير الصحة المستشفى`). A match so cut reads no name after it.
   */
  constructEnd?: boolean;
  /**
   * Checked at a digit trigger before the RegExp runs: the digit token's length (`lengths`),
   * the first token right after it (`next`), and the character before it (`after`, spaces
   * skipped; `\n` also stands for the text's start): a list's number follows a line break or
   * a sentence's end.
   */
  atDigit?: { lengths?: number[]; next?: string[]; after?: string[] };
  /**
   * At a word trigger, the rule runs only when one of the next `within` tokens is one of
   * `tokens`: `#digit`, `#latin`, or a normalized token.
   */
  ahead?: { within: number; tokens: string[] };
  /**
   * At a digit trigger, the rule runs only when one of the `within` tokens before the number
   * is one of `words`, whole or after one or two proclitic letters.
   */
  behind?: { within: number; words: string[] };
  /**
   * At the trigger words `at`, the rule runs only when the first token after the trigger that
   * is no part of a number (digits, number words) is one of `tokens`: a period noun needs its
   * adjective (العام الماضي, الأشهر الثلاثة الماضية). Both lists hold normalized tokens.
   */
  nextWord?: { at: string[]; tokens: string[] };
}

/**
 * Shapes of the name a trigger rule reads after its trigger noun: a place's, a country's or
 * city's, an organisation's, a club's (one word), a person's after the first part of the
 * name (`ابن` of `ابن بطوطة`), or, for a trigger phrase that is a whole name (`ديوان
 * المحاسبة`), only its adjectives and purpose (`tail`: `ديوان الخدمة المدنية`); or, after a
 * noun in the dual, the two places it names joined by و (`list`: `بلدتي كفرشوبا وكفرحمام`),
 * each an entity of its own without the noun.
 */
export const EXTEND_KINDS = ['place', 'facility', 'venue', 'gpe', 'org', 'club', 'person', 'tail', 'list'] as const;
export type ExtendKind = (typeof EXTEND_KINDS)[number];

/** Word lists the name scan checks each token against (normalized words and phrases). */
export interface NameLists {
  /** Never part of a name, also after و: stop words, titles, occupations, trigger nouns. */
  common: string[];
  /** Titles that need a complement, also after و: never continue a name. */
  bound: string[];
  /** Never start a name: nationalities, title complements, months, weekdays, ordinals … */
  notStart: string[];
  /** Never continue a name: nationalities, title complements, relative adjectives. */
  notToken: string[];
  /** Names that begin with the letter و. */
  waName: string[];
  /** Name parts that join the next token: عبد, ابو, بن … */
  prefix: string[];
  /** Stop words: a definite word after a trigger noun is never one. */
  stop: string[];
  /** Ordinals, relative adjectives and period nouns: never a definite name word. */
  notDef: string[];
  /** Number words: never the stem of a definite name word (العشرين). */
  numberWord: string[];
  /** Generic words that make a trigger noun a common noun phrase (قطاع النفط). */
  generic: string[];
  /** Words after a place's first name word that describe it, not name it (جنوب, الواقعة). */
  modifier: string[];
  /** Nationality adjectives: never start a name; a nisba among them may end one as its family name. */
  nationality: string[];
  /** Nouns for a person (رجل, شاب, عامل): never a person's name. Optional in older builds. */
  personNoun?: string[];
  /**
   * Trigger nouns with a word after them that make a common noun phrase, no organisation's
   * name (`حركة المرور`, `موقع الحادث`, `شبكة الإنترنت`), as "trigger word" phrases.
   */
  orgCommon: string[];
}

/** Lexicon for the rule that finds persons from known name tokens. */
export interface NameTokenData {
  /** Normalized tokens of person names (given and family names alike). */
  tokens: string[];
  /** Common words, function words and titles that never start or continue such a name. */
  stopwords: string[];
  /** Given names: may start a name whose other tokens no lexicon holds. */
  given?: string[];
  /** Given names that are also everyday words (صالح, منى): part of a name only next to one. */
  wordGiven?: string[];
  /**
   * Tokens of fewer names (foreign family names mostly): no run starts or goes on with them,
   * but the name scan reads them as names where a word's shape says verb or noun.
   */
  rare?: string[];
  /**
   * Name tokens spelt with a final ه in every source spelling (`نواه`, `شاه`): where the text
   * writes ة (`نواة`), which normalization folds into ه, the token is the noun, no name.
   */
  haOnly?: string[];
}

/** All compiled rules, as the build writes them. */
export interface CompiledRules {
  /** Normalization profile the trigger words and literals were normalized with. */
  profile: string;
  /** Long word lists stored once; a rule source refers to one as `{{@name}}`. */
  fragments?: Record<string, string>;
  rules: CompiledRule[];
  /**
   * Every token a number in words is made of (with ال, و, وال). At a number word, a rule
   * with `follows` runs only when one of the tokens after it, up to the end of the run of
   * such tokens, is one of the rule's `follows`.
   */
  numberTokens?: string[];
  /** Present only when the name-token lexicons were available at build time. */
  nameTokens?: NameTokenData;
  /** Lists for rules that read a person name after their match. */
  nameLists?: NameLists;
}
