import type { ReactNode } from "react";

/** The label of a read-only value (a <dt>): small, uppercase, grey. */
export const termClass = "text-xs font-semibold uppercase text-slate-500";

/**
 * One labelled read-only value in a <dl>. `text` marks the value as someone's own words: its line
 * breaks are kept and its direction comes from the text itself (Arabic or French).
 */
export function Definition({
  label,
  children,
  text = false,
  testId,
  className,
}: {
  label: ReactNode;
  children: ReactNode;
  text?: boolean;
  testId?: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <dt className={termClass}>{label}</dt>
      <dd className={text ? "mt-0.5 whitespace-pre-wrap" : "mt-0.5"} dir={text ? "auto" : undefined} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
