"use client";
import { useId, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * Below 768 px the caseload filters fold behind a "Filters (n active)" button, so the first case
 * shows without scrolling; from 768 px up the button is hidden and the filters always show.
 */
export function FilterPanel({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        className={buttonClass("neutral", "sm", "inline-flex w-full items-center justify-between gap-2 md:hidden")}
        data-testid="filter-panel-button"
      >
        {label}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id={id} className={`${open ? "block" : "hidden"} space-y-3 md:block`}>
        {children}
      </div>
    </>
  );
}
