"use client";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * Below 768 px the navigation, the language switcher and sign-out fold behind one menu button, so
 * the page starts under a one-line header; from 768 px up the button is hidden and the content
 * shows inline as before. The panel closes on Escape (focus back on the button) and after each
 * navigation.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  // A link followed inside the panel: the next page starts with the menu closed.
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
        className={buttonClass("neutral", "sm", "ms-auto inline-flex items-center gap-2 md:hidden")}
        data-testid="header-menu-button"
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span>
        {label}
      </button>
      <div
        id={id}
        // From 768 px the panel's children sit in the header's own row, in the order they ask for.
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 border-t border-slate-200 pt-3 md:contents`}
      >
        {children}
      </div>
    </>
  );
}
