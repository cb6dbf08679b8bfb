import type { ReactNode } from "react";

const CARD = "rounded-lg border bg-white";

/**
 * The white box's classes for an element that cannot be a Card (a list item, a form, a fieldset,
 * a table's scroll wrapper). `extra` carries padding and spacing; default "p-5".
 */
export function cardClass(extra = "p-5", tone: "default" | "attention" = "default"): string {
  return `${CARD} ${tone === "attention" ? "border-amber-300" : "border-slate-200"} ${extra}`.trim();
}

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
    <Tag aria-labelledby={labelledBy} data-testid={testId} className={cardClass(`p-5 ${className}`, tone)}>
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

/** The dashed box a list or section shows when it has nothing yet. */
export function EmptyState({ children, testId, role }: { children: ReactNode; testId?: string; role?: "note" | "status" }) {
  return (
    <p role={role} data-testid={testId} className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
      {children}
    </p>
  );
}

/** A group of form fields in a white box, titled by its legend (one step of a long form). */
export function FormSection({
  legend,
  children,
  className = "space-y-4",
  testId,
}: {
  legend?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <fieldset className={cardClass(`p-5 ${className}`)} data-testid={testId}>
      {legend && <legend className="px-1 text-lg font-semibold">{legend}</legend>}
      {children}
    </fieldset>
  );
}
