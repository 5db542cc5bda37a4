// Arabic function words (normalized forms) that can never be a name on their own: a
// one-token alias equal to one of these is dropped when a gazetteer is compiled, whatever
// the data says (machine-made place lists hold villages called على or في).

import { normalizeKey } from '../normalize/normalize.js';

const WORDS = `
في من الى إلى على عن مع حتى منذ خلال بعد قبل عند لدى نحو حول ضد عبر دون بين امام أمام وراء خلف فوق تحت اثر إثر
جراء بشأن حيال تجاه ضمن باسم بحسب حسب وفق وفقا طبقا عقب اثناء أثناء مقابل بسبب لدي عليه عليها عليهم منه منها منهم
فيه فيها فيهم عنه عنها عنهم معه معها معهم له لها لهم به بها بهم اليه إليه اليها إليها
و او أو ثم لكن بل ان إن أن انه إنه أنه انها إنها أنها بأن لأن كما كان كانت يكون تكون قد لقد لم لن لا ما ماذا لماذا هل
اذا إذا لو هو هي هم هن هما انا أنا نحن انت أنت انتم أنتم هذا هذه ذلك تلك هؤلاء أولئك الذي التي الذين اللذين اللتين
اللواتي كل بعض اي أي غير سوى ايضا أيضا فقط جدا حيث عندما بينما كيف متى اين أين لدى يا ليس ليست مثل أكثر اكثر أقل
اقل اول أول آخر اخر الآن الان اليوم امس أمس غدا هنا هناك ذات نفس عدة عدد جميع كلا كلتا إلا الا أما اما إما
قال قالت يقول تقول وقال وقالت أكد اكد أضاف اضاف أشار اشار أعلن اعلن كذلك لذلك وذلك ذاك بعدما قبلما مما عما ممن
`;

let set: ReadonlySet<string> | undefined;

/** Normalized function words. */
export function functionWords(): ReadonlySet<string> {
  return (set ??= new Set(WORDS.split(/\s+/).filter(Boolean).map(normalizeKey)));
}
