"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The case's tab bar, scrolled sideways on a narrow screen: the current tab is brought into view
 * when the page opens, so a phone user does not land on a bar whose highlighted tab is off-screen.
 */
export function CaseTabStrip({ label, active, children }: { label: string; active: string; children: ReactNode }) {
  const strip = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = strip.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    // A horizontal delta between the two boxes, not scrollIntoView: that would also scroll the page,
    // and screen coordinates need no special case for right-to-left, where scrollLeft counts backwards.
    const bar = nav.getBoundingClientRect();
    const tab = current.getBoundingClientRect();
    if (tab.left >= bar.left && tab.right <= bar.right) return;
    nav.scrollBy({ left: tab.left - bar.left - (bar.width - tab.width) / 2 });
  }, [active]);
  return (
    <nav ref={strip} aria-label={label} className="overflow-x-auto border-b border-slate-200">
      {children}
    </nav>
  );
}
