import type { CaseloadRow } from "./caseload-rows";

/**
 * A case's next due date with the step it is for. Overdue is said in words ("En retard — 3 j")
 * with a warning sign, and only then coloured: never colour alone.
 */
export function DueDate({ due, none }: { due: CaseloadRow["due"]; none: string }) {
  if (!due) return <span className="text-slate-500">{none}</span>;
  return (
    <span className="inline-flex flex-col">
      {due.overdue && (
        <strong className="font-semibold whitespace-nowrap text-red-800" data-testid="overdue">
          <span aria-hidden="true">⚠ </span>
          {due.overdue}
        </strong>
      )}
      {/* The step and the date may go on two lines: kept on one, they pushed the national caseload
          (ten columns) wider than a 1366 px screen. */}
      <span className={due.overdue ? "text-red-800" : ""}>
        {due.kind && <span className="whitespace-nowrap">{`${due.kind} · `}</span>}
        <time dateTime={due.iso} className="whitespace-nowrap">
          {due.date}
        </time>
      </span>
    </span>
  );
}
