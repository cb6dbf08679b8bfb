// Lists shown to a person ("arabe, français et wolof", "العربية والفرنسية") are joined the way
// their language joins them, with Intl.ListFormat, never with ", " (Arabic writes "،" and "و").
// One formatter per locale and style: building one loads locale data.
const formatters = new Map<string, Intl.ListFormat>();

export function formatList(locale: string, items: readonly string[], type: "conjunction" | "unit" = "conjunction"): string {
  const key = `${locale}:${type}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.ListFormat(locale, { style: "long", type })));
  return formatter.format(items);
}
