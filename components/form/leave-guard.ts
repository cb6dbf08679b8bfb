"use client";
// Warn before a page with unsaved changes is left. A reload, a closed tab or a typed address fire
// `beforeunload` (the browser shows its own sentence); a click on a link inside the app navigates
// on the client and fires nothing, so clicks on links are caught first and confirmed. One pair of
// listeners serves every dirty form of the page, so leaving asks once.
import { useEffect, useId } from "react";

const dirtyForms = new Set<string>();
let message = "";

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Older browsers need returnValue set to show the prompt.
  event.returnValue = "";
}

function leavesPage(anchor: HTMLAnchorElement): boolean {
  if (anchor.target && anchor.target !== "_self") return false;
  if (anchor.hasAttribute("download")) return false;
  const to = new URL(anchor.href, window.location.href);
  // A jump to a heading of the same page loses nothing.
  return !(to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search && to.hash !== "");
}

function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || !leavesPage(anchor)) return;
  if (window.confirm(message)) return;
  // Stopped in the capture phase, before the link's own (client-side navigation) handler.
  event.preventDefault();
  event.stopPropagation();
}

function update() {
  if (dirtyForms.size > 0) {
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
  } else {
    window.removeEventListener("beforeunload", onBeforeUnload);
    document.removeEventListener("click", onClick, true);
  }
}

/** While `dirty`, leaving the page asks `confirmText` first. */
export function useLeaveGuard(dirty: boolean, confirmText: string) {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    message = confirmText;
    dirtyForms.add(id);
    update();
    return () => {
      dirtyForms.delete(id);
      update();
    };
  }, [dirty, confirmText, id]);
}
