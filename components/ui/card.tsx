import type { ReactNode } from "react";

/**
 * A white section of a page with an optional heading. Pages are built from named sections, each a
 * Card, so that a long page reads as a list of what it shows.
 */
export function Card({
  title,
  actions,
  children,
  className = "",
  as: Tag = "section",
  labelledBy,
  testId,
  tone = "default",
}: {
  title?: ReactNode;
  /** Buttons or links shown at the end of the heading row. */
  actions?: ReactNode;
  children: ReactNode;
  /** Extra classes, e.g. spacing between children ("space-y-3"). */
  className?: string;
  as?: "section" | "div" | "article";
  labelledBy?: string;
  testId?: string;
  /** "attention" draws the border in amber: something on this card needs doing. */
  tone?: "default" | "attention";
}) {
  return (
    <Tag aria-labelledby={labelledBy} data-testid={testId} className={`rounded-lg border bg-white p-5 ${tone === "attention" ? "border-amber-300" : "border-slate-200"} ${className}`.trim()}>
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && (
            <h2 id={labelledBy} className="text-lg font-semibold">
              {title}
            </h2>
          )}
          {actions}
        </div>
      )}
      {children}
    </Tag>
  );
}
