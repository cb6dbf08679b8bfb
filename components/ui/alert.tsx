import type { ReactNode } from "react";

/**
 * A coloured message box. `error` is announced (role="alert"), `success` and `info` are polite
 * (role="status"); `warning` is for a state the user must notice before acting (e.g. a full centre).
 */
export type AlertTone = "error" | "success" | "warning" | "info";

const TONE: Record<AlertTone, string> = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  info: "border-sky-200 bg-sky-50 text-sky-900",
};

export function alertClass(tone: AlertTone, extra = "p-3 text-sm"): string {
  return `rounded border ${TONE[tone]} ${extra}`;
}

export function Alert({
  tone,
  children,
  className,
  testId,
  role,
  as: Tag = "div",
}: {
  tone: AlertTone;
  children: ReactNode;
  /** Padding and text size; default "p-3 text-sm". */
  className?: string;
  testId?: string;
  /**
   * Overrides the tone's role: "note" for a standing fact of the page that is not news (a suspended
   * family, a full centre), "none" for a box inside a region that is already announced.
   */
  role?: "alert" | "status" | "note" | "group" | "none";
  as?: "div" | "p";
}) {
  const resolved = role ?? (tone === "error" ? "alert" : "status");
  return (
    <Tag role={resolved === "none" ? undefined : resolved} data-testid={testId} className={alertClass(tone, className)}>
      {children}
    </Tag>
  );
}
