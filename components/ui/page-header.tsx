import type { ReactNode } from "react";

/**
 * A page's title, the sentence that says what the page is for, and its main action (e.g. "add"),
 * which goes to the other side on a wide screen and under the title on a phone.
 */
export function PageHeader({ title, intro, action }: { title: ReactNode; intro?: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{title}</h1>
        {intro && <p className="max-w-3xl text-sm text-slate-600">{intro}</p>}
      </div>
      {action}
    </div>
  );
}
