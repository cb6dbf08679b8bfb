import { describe, expect, it } from "vitest";
import { nameInitials, namePhoneticKeys, nameQueryKey, nameSearchKey, nameTokens, phoneticKey } from "@/lib/cases/name-search";

const keysOf = (name: string) => namePhoneticKeys(name).join(" ");

describe("name normaliser: spelling and transliteration variants get the same phonetic keys", () => {
  it.each([
    ["Mohamed", ["Mohammed", "Muhammad", "Mouhamed", "MOHAMED", "محمد", "مُحَمَّد", "Mahamadou"]],
    ["Mamadou", ["Mamadu", "Mammadou"]],
    ["Fatoumata", ["Fatimata", "Fatoumatta", "Fatmata"]],
    ["Aïssatou", ["Aissatou", "Aïsatou", "Isatou", "Issatou"]],
    ["Ould Ahmed", ["ولد أحمد", "Ould Ahmad", "Wuld Ahmed"]],
    ["Mint Salem", ["منت سالم"]],
    ["Cheikh", ["Sheikh", "الشيخ", "Chaikh"]],
    ["Aïcha", ["Aicha", "Aisha", "عائشة"]],
    ["Fatma", ["Vatma", "فاطمة"]],
    ["Oumar", ["Omar", "Umar", "عمر"]],
    ["Ibrahima", ["إبراهيم", "Ibrahim"]],
    ["Camara", ["Kamara"]],
    ["Ndiaye", ["N'Diaye", "N’Diaye", "NDIAYE"]],
    ["Ba", ["Bah"]],
    ["Djenabou", ["Jenabou", "Djénabou"]],
    ["Khady", ["Kadi", "Khadi"]],
    ["Keïta", ["Keita", "Kéita"]],
    ["Sékou", ["Sekou", "Seku"]],
  ])("%s ~ %j", (name, variants) => {
    for (const variant of variants) expect(keysOf(variant), variant).toBe(keysOf(name));
  });

  it("produces the expected consonant skeletons", () => {
    expect(keysOf("Mohamed")).toBe("mhmd");
    expect(keysOf("Mamadou")).toBe("mmd");
    expect(keysOf("Fatoumata")).toBe("ftmt");
    expect(keysOf("Aïssatou")).toBe("ast");
  });

  it.each([
    ["Mohamed", "Mamadou"],
    ["Fatoumata", "Aminata"],
    ["Moussa", "Mamadou"],
    ["Awa", "Hawa"],
    ["Diallo", "Barry"],
  ])("keeps different names apart: %s ≠ %s", (a, b) => {
    expect(keysOf(a)).not.toBe(keysOf(b));
  });
});

describe("nameTokens", () => {
  it("ignores accents and case, and folds spellings", () => {
    expect(nameTokens("Aïssatou")).toEqual(nameTokens("AISSATOU"));
    expect(nameTokens("Aïssatou")).toEqual(["aisatu"]);
    expect(nameTokens("Mohammed")).toEqual(["mohamed"]);
    expect(nameTokens("Guèye Cissé")).toEqual(["geie", "sise"]);
  });

  it("transliterates Arabic script to Latin letters", () => {
    expect(nameTokens("محمد")).toEqual(["mhmd"]);
    expect(nameTokens("أحمد")).toEqual(["ahmd"]);
    expect(nameTokens("فاطمة")).toEqual(["fatma"]);
  });

  it("keeps the particles ould / mint / ben / bint as tokens with one canonical form", () => {
    expect(nameTokens("Mohamed Ould Ahmed")).toEqual(["mohamed", "uld", "ahmed"]);
    expect(nameTokens("ولد")).toEqual(["uld"]);
    expect(nameTokens("Mint Salem")[0]).toBe("mint");
    expect(nameTokens("منت")).toEqual(["mint"]);
    expect(nameTokens("Ben Ali")[0]).toBe("ben");
    expect(nameTokens("ابن")).toEqual(["ben"]);
    expect(nameTokens("Bint")).toEqual(["bint"]);
    expect(phoneticKey("uld")).toBe("uld");
  });

  it("leaves particles out of the keys a duplicate search compares", () => {
    expect(namePhoneticKeys("Sidi Ould Ahmed")).toEqual(["sd", "ahmd"]);
    expect(namePhoneticKeys("منت سالم")).toEqual(["slm"]);
  });

  it("splits on spaces and hyphens and drops what is not a letter", () => {
    expect(nameTokens("  Abdel-Kader   Sow ")).toEqual(["abdel", "kader", "sou"]);
    expect(nameTokens("…")).toEqual([]);
  });
});

describe("nameSearchKey (stored in Case.searchName)", () => {
  it("is the folded tokens followed by their phonetic keys, without repeats", () => {
    expect(nameSearchKey({ firstName: "Mohamed", lastName: "Diallo" })).toBe("mohamed dialo mhmd dl");
    expect(nameSearchKey({ firstName: "محمد", lastName: "ولد أحمد" })).toBe("mhmd uld ahmd");
    expect(nameSearchKey({ firstName: "Mamadou", lastName: "Diallo", otherNames: "Modou" })).toBe("mamadu dialo modu mmd dl md");
  });

  it("is what nameQueryKey gives for the same text, so stored keys and queries compare", () => {
    expect(nameSearchKey({ firstName: "Fatoumata", lastName: "Sow", otherNames: null })).toBe(nameQueryKey("Fatoumata Sow"));
  });

  it("an Arabic-script name and its Latin transliteration share their phonetic keys", () => {
    const arabic = nameSearchKey({ firstName: "محمد", lastName: "ولد أحمد" }).split(" ");
    const latin = nameSearchKey({ firstName: "Mohamed", lastName: "Ould Ahmed" }).split(" ");
    expect(latin).toEqual(expect.arrayContaining(arabic));
  });

  it("contains only lower-case Latin letters and single spaces", () => {
    expect(nameSearchKey({ firstName: "Aïssatou", lastName: "خديجة", otherNames: "N'Diaye-Ba" })).toMatch(/^[a-z]+( [a-z]+)*$/);
  });
});

describe("nameInitials", () => {
  it("shows one initial per word of the first and last names", () => {
    expect(nameInitials("Mamadou", "Diallo")).toBe("M. D.");
    expect(nameInitials("aïssatou", "Mint Salem")).toBe("A. M. S.");
    expect(nameInitials("Abdel-Kader", "Sow")).toBe("A. K. S.");
    expect(nameInitials("محمد", "ولد أحمد")).toBe("م. و. أ.");
  });
});
