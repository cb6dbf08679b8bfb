// Name normalisation for duplicate search and name search. Pure: used by the registration, the
// case edit, the seed, the duplicate search and the caseload's name filter.
//
// A name is written many ways: Mohamed / Mohammed / Muhammad / محمد, Mamadou / Mamadu,
// Fatoumata / Fatimata, Aïssatou / Aissatou, Ould Ahmed / ولد أحمد. Each token goes through:
//   1. NFKD, combining marks removed (accents, Arabic short-vowel signs), lower case;
//   2. Arabic script → Latin letters (a plain letter map; Arabic writes no short vowels);
//   3. spelling folds of French/English transliterations (ou→u, ch/sh→x, dj→j, kh→k, c→k/s,
//      v→f, a silent final h…), doubled letters collapsed: the *folded* token ("mohamed", "mamadu");
//   4. the *phonetic key*: the folded token without its vowels, a leading vowel written "a"
//      ("mhmd" for Mohamed, Muhammad and محمد; "mmd" for Mamadou and Mamadu; "ftmt" for
//      Fatoumata and Fatimata).
// Particles (ould/ولد, mint/منت, ben/bin/ibn/بن, bint/بنت) stay tokens with one canonical form.
//
// The stored key (Case.searchName) is the folded tokens followed by the phonetic keys, space
// separated, without repeats: "mohamed uld ahmed mhmd ahmd". Trigram similarity (pg_trgm) on
// it scores spelling closeness; equality of whole tokens (string_to_array(searchName, ' '))
// with a query's phonetic keys (namePhoneticKeys, particles left out) finds transliterations
// whose spelling shares little (محمد ~ Mohamed). A free-text query gets its key from
// nameQueryKey, the same function.

const ARABIC_LETTERS: Record<string, string> = {
  "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ى": "a", "ة": "a",
  "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
  "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "gh",
  "ف": "f", "ڤ": "v", "ق": "q", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ک": "k",
};

/** Arabic waw and ya are consonants at the start of a word, long vowels inside it. */
function transliterateArabic(token: string): string {
  // The article al- is not written in Latin transliterations (الشيخ → Cheikh).
  const word = token.length > 3 && token.startsWith("ال") ? token.slice(2) : token;
  let latin = "";
  for (const [index, letter] of [...word].entries()) {
    if (letter === "و") latin += index === 0 ? "w" : "u";
    else if (letter === "ي" || letter === "ی") latin += index === 0 ? "y" : "i";
    else latin += ARABIC_LETTERS[letter] ?? (/[a-z]/.test(letter) ? letter : "");
  }
  return latin;
}

// Order matters: x is spelled out before ch/sh become x; digraphs before single letters.
const SPELLING_FOLDS: [RegExp, string][] = [
  [/x/g, "ks"],
  [/tch|ch|sh/g, "x"],
  [/dj/g, "j"],
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/ck|qu|q/g, "k"],
  [/c(?=[eiy])/g, "s"],
  [/c/g, "k"],
  [/gu(?=[eiy])/g, "g"],
  [/ou/g, "u"],
  [/v/g, "f"],
  [/(?<=.)y/g, "i"],
  [/(?<=.)w/g, "u"],
  [/(?<=[aeiou])h$/, ""], // a silent final h: Bah is Ba
  [/(.)\1+/g, "$1"],
];

const PARTICLES: Record<string, string> = {
  uld: "uld", ueld: "uld", wuld: "uld", wld: "uld", ulad: "uld",
  mint: "mint", mnt: "mint", ment: "mint",
  ben: "ben", bin: "ben", ibn: "ben", bn: "ben", abn: "ben",
  bint: "bint", bnt: "bint",
};

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

function foldToken(token: string): string {
  const latin = ARABIC_SCRIPT.test(token) ? transliterateArabic(token) : token.replace(/[^a-z]/g, "");
  const folded = SPELLING_FOLDS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), latin);
  return PARTICLES[folded] ?? folded;
}

/** The folded tokens of a name (or any free text): transliterated, spelling-folded, in order. */
export function nameTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\u0640/g, "") // Arabic tatweel (a stretching stroke)
    .toLowerCase()
    .replace(/['’ʼ]/g, "") // N'Diaye is Ndiaye
    .split(/[^a-z\u0600-\u06ff]+/)
    .map(foldToken)
    .filter((token) => token.length > 0);
}

const PARTICLE_FORMS = new Set(Object.values(PARTICLES));

/** The consonant skeleton of a folded token: vowels dropped, a leading vowel written "a". */
export function phoneticKey(foldedToken: string): string {
  if (PARTICLE_FORMS.has(foldedToken)) return foldedToken;
  const [first, ...rest] = foldedToken;
  const head = first && "aeiou".includes(first) ? "a" : (first ?? "");
  return head + rest.join("").replace(/[aeiou]/g, "");
}

/**
 * The phonetic keys of a text, without repeats and without particles: what a duplicate search
 * compares as whole tokens. "Ould" says nothing about who a child is, so it never makes a match.
 */
export function namePhoneticKeys(text: string): string[] {
  return [...new Set(nameTokens(text).map(phoneticKey))].filter((key) => !PARTICLE_FORMS.has(key));
}

/** The key of a free-text name query, in the same form as the stored key. */
export function nameQueryKey(text: string): string {
  const tokens = nameTokens(text);
  return [...new Set([...tokens, ...tokens.map(phoneticKey)])].join(" ");
}

/** The key stored in Case.searchName. */
export function nameSearchKey(names: { firstName: string; lastName: string; otherNames?: string | null }): string {
  return nameQueryKey([names.firstName, names.lastName, names.otherNames ?? ""].join(" "));
}

/** What a match outside the reader's scope shows instead of names: "Mamadou Diallo" → "M. D.". */
export function nameInitials(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => `${[...word][0].toLocaleUpperCase()}.`)
    .join(" ");
}
