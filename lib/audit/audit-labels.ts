/** The translator of the "auditTrail" messages, as next-intl gives it (getTranslations or useTranslations). */
type Translator = { (key: string): string; has(key: string): boolean; raw(key: string): unknown };

const label = (t: Translator, key: string, fallback: string) => (t.has(key) && typeof t.raw(key) === "string" ? t(key) : fallback);

/**
 * An action's and a kind of record's name in the reader's language. An action without a name in
 * the messages (a row older or newer than this code) shows its code rather than failing.
 */
export function auditLabels(t: Translator) {
  return {
    action: (action: string) => label(t, `actions.${action}`, action),
    entity: (entityType: string) => label(t, `entities.${entityType}`, entityType),
  };
}
