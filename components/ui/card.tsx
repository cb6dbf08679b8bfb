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
}) {
  return (
    <Tag aria-labelledby={labelledBy} data-testid={testId} className={`rounded-lg border border-slate-200 bg-white p-5 ${className}`.trim()}>
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
