"use client";
import type { ChangeEventHandler, Ref } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * A file input that never shows the browser's own (English) "Choose File / No file chosen": the
 * input hides behind a label styled as a button, with the chosen file's name beside it, both in the
 * interface's language. Keyboard focus on the hidden input outlines the button.
 */
export function FilePicker({
  id,
  name,
  accept,
  chooseLabel,
  noneChosenLabel,
  fileName,
  labelledBy,
  describedBy,
  errorId,
  inputRef,
  onChange,
  fileNameTestId,
}: {
  id: string;
  name?: string;
  accept: string;
  chooseLabel: string;
  noneChosenLabel: string;
  /** The chosen file's name, or null before a choice. */
  fileName: string | null;
  /** The id of the element naming what the file is for (a heading or a field title). */
  labelledBy: string;
  /** Ids of hints read before the file's name. */
  describedBy?: string;
  /** The id of the error shown under the picker, when there is one. */
  errorId?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  onChange: ChangeEventHandler<HTMLInputElement>;
  fileNameTestId?: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        id={id}
        name={name}
        ref={inputRef}
        type="file"
        accept={accept}
        className="peer sr-only"
        aria-labelledby={`${labelledBy} ${id}-button`}
        aria-describedby={[describedBy, `${id}-name`, errorId].filter(Boolean).join(" ")}
        aria-invalid={errorId ? true : undefined}
        onChange={onChange}
      />
      <label
        id={`${id}-button`}
        htmlFor={id}
        className={buttonClass("secondary", "md", "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700")}
      >
        {chooseLabel}
      </label>
      <span id={`${id}-name`} className="min-w-0 break-all text-sm text-slate-700" dir="auto" data-testid={fileNameTestId}>
        {fileName ?? noneChosenLabel}
      </span>
    </div>
  );
}
