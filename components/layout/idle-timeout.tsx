"use client";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { keepSessionAlive, signOutAfterIdle } from "@/lib/account/session.action";

/** The time of the last activity in any tab of this browser (docs/domain.md, "Idle timeout"). */
const LAST_ACTIVITY_KEY = "cpise:lastActivity";
/** Pointer moves and scrolls come in bursts: one write a second is enough. */
const WRITE_EVERY_MS = 1_000;
const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "scroll", "wheel", "touchstart"] as const;

/**
 * Centre computers are shared: after `warnAfterMinutes` without activity in any tab, a dialog
 * warns; `graceMinutes` later this session ends on the server and the login page says why.
 * Activity is kept in localStorage (one clock for every tab: a user busy in one tab is not
 * signed out by another). Drafts in sessionStorage are left as they are, so a form half-typed
 * before the timeout is still there after signing in again.
 */
export function IdleTimeout({ warnAfterMinutes, graceMinutes }: { warnAfterMinutes: number; graceMinutes: number }) {
  const t = useTranslations("account.idle");
  const router = useRouter();
  const pathname = usePathname();
  const dialog = useRef<HTMLDialogElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const signOutForm = useRef<HTMLFormElement>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [checking, startChecking] = useTransition();
  const clock = useRef(new ActivityClock());

  const warnMs = warnAfterMinutes * 60_000;
  const endMs = warnMs + graceMinutes * 60_000;

  // Each page shown is activity.
  useEffect(() => {
    clock.current.touch(true);
  }, [pathname]);

  useEffect(() => {
    const activity = clock.current;
    let warned = false;
    let signingOut = false;
    const onActivity = () => {
      // While the dialog is open only its button counts: a mouse brushed in passing must not dismiss it.
      if (!warned) activity.touch();
    };
    const tick = () => {
      const idle = Date.now() - activity.last();
      if (idle >= endMs) {
        if (!signingOut) {
          signingOut = true;
          signOutForm.current?.requestSubmit();
        }
        return;
      }
      warned = idle >= warnMs;
      setSecondsLeft(warned ? Math.ceil((endMs - idle) / 1000) : null);
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { passive: true, capture: true });
    const interval = window.setInterval(tick, 1_000);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      window.clearInterval(interval);
    };
  }, [warnMs, endMs]);

  const open = secondsLeft !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      stayButton.current?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  const staySignedIn = () => {
    clock.current.touch(true);
    setSecondsLeft(null);
    startChecking(async () => {
      // Ended meanwhile (signed out elsewhere, account changed): the login page, as any request would.
      if (!(await keepSessionAlive().catch(() => true))) router.replace("/login");
    });
  };

  const minutes = Math.floor((secondsLeft ?? 0) / 60);
  const seconds = String((secondsLeft ?? 0) % 60).padStart(2, "0");
  return (
    <>
      <form ref={signOutForm} action={signOutAfterIdle} hidden />
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
        // Escape is an answer too: the user is there.
        onCancel={(event) => {
          event.preventDefault();
          staySignedIn();
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-xl backdrop:bg-slate-900/50"
        data-testid="idle-warning"
      >
        <h2 id="idle-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p id="idle-body" className="mt-2 text-sm text-slate-700">
          {t("body")}
        </p>
        <p className="mt-3 text-2xl font-bold tabular-nums" data-testid="idle-countdown">
          <span className="sr-only">{t("countdownLabel")} </span>
          <span dir="ltr">
            {minutes}:{seconds}
          </span>
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          <button ref={stayButton} type="button" onClick={staySignedIn} disabled={checking} className={buttonClass()}>
            {t("stay")}
          </button>
          <Button variant="neutral" onClick={() => signOutForm.current?.requestSubmit()}>
            {t("signOut")}
          </Button>
        </div>
      </dialog>
    </>
  );
}

/** The shared last-activity time; in memory only when the browser refuses localStorage. */
class ActivityClock {
  private memory = Date.now();
  private lastWrite = 0;

  last(): number {
    try {
      const stored = Number(window.localStorage.getItem(LAST_ACTIVITY_KEY));
      return Number.isFinite(stored) && stored > 0 ? Math.max(stored, this.memory) : this.memory;
    } catch {
      return this.memory;
    }
  }

  touch(force = false) {
    const now = Date.now();
    if (!force && now - this.lastWrite < WRITE_EVERY_MS) return;
    this.lastWrite = now;
    this.memory = now;
    try {
      window.localStorage.setItem(LAST_ACTIVITY_KEY, String(now));
    } catch {
      // Private browsing without storage: this tab keeps its own clock.
    }
  }
}
