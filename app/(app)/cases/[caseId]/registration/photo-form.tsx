"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FilePicker } from "@/components/form/file-picker";
import { ProblemBox } from "@/components/form/problem-box";
import { useAction } from "@/components/form/use-action";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action-result";
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT } from "@/lib/cases/photo-limits";

function photoProblem(file: File | undefined): string | null {
  if (!file) return "photoMissing";
  return file.size > MAX_PHOTO_BYTES ? "photoTooLarge" : null;
}

/**
 * Uploads (the file as the raw body) or removes the photo through its route, which answers a
 * server action's result: a server action's body stops at 1 MB. Signed out: the page leaves for
 * the sign-in page and the answer never comes.
 */
async function sendPhoto(caseId: string, version: number, file: File | null, signIn: () => void): Promise<ActionResult<{ version: number }>> {
  const url = `/cases/${caseId}/photo?version=${version}`;
  let response: Response;
  try {
    response = await fetch(url, file ? { method: "PUT", body: file, headers: { "Content-Type": file.type || "application/octet-stream" } } : { method: "DELETE" });
  } catch {
    return { ok: false, fieldErrors: { photo: "photoUploadFailed" } };
  }
  if (response.status === 401) {
    signIn();
    return new Promise(() => {});
  }
  return (await response.json()) as ActionResult<{ version: number }>;
}

/** The child's photo (optional, sensitive): upload, replace or remove. */
export function PhotoForm({ caseId, version, hasPhoto, readOnly, onSaved }: { caseId: string; version: number; hasPhoto: boolean; readOnly: boolean; onSaved: (version: number) => void }) {
  const t = useTranslations("caseFile");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { pending, problem, setProblem, run } = useAction();
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState({ hasPhoto, stamp: version });
  const [fileName, setFileName] = useState<string | null>(null);

  const submit = (remove: boolean) => {
    const file = input.current?.files?.[0];
    setProblem(null);
    // Checked here first so that an oversized photo is never sent; the server checks again.
    const tooLarge = remove ? null : photoProblem(file);
    setError(tooLarge);
    if (tooLarge) return;
    run(() => sendPhoto(caseId, version, remove ? null : file!, () => router.push("/login")), {
      onSuccess: (data) => {
        onSaved(data.version);
        setShown({ hasPhoto: !remove, stamp: data.version });
        if (input.current) input.current.value = "";
        setFileName(null);
      },
      onFieldErrors: (errors) => setError(errors.photo ?? "invalid"),
    });
  };

  return (
    <section aria-labelledby="section-photo" className={cardClass("space-y-3 p-5")} data-testid="section-photo">
      <h2 id="section-photo" className="text-lg font-semibold">
        {t("photo")}
      </h2>
      <p className="text-xs text-slate-600">{t("photoHint")}</p>
      {/* The photo is the only field: its error is shown next to it, not as "correct the fields". */}
      <ProblemBox problem={problem?.kind === "fixErrors" ? null : problem} messages="caseFile" />
      {shown.hasPhoto ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-user image: no optimiser cache
        <img src={`/cases/${caseId}/photo?v=${shown.stamp}`} alt={t("photoAlt")} className="h-40 w-32 rounded border object-cover" />
      ) : (
        <p className="text-sm text-slate-600">{t("noPhoto")}</p>
      )}
      {!readOnly && (
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <FilePicker
              id="photo"
              inputRef={input}
              accept={PHOTO_ACCEPT}
              chooseLabel={t("choosePhoto")}
              noneChosenLabel={t("noPhotoChosen")}
              fileName={fileName}
              labelledBy="section-photo"
              errorId={error ? "photo-error" : null}
              fileNameTestId="chosen-photo"
              onChange={(event) => {
                const file = event.target.files?.[0];
                setFileName(file?.name ?? null);
                setError(photoProblem(file) === "photoTooLarge" ? "photoTooLarge" : null);
              }}
            />
          </div>
          <Button disabled={pending} onClick={() => submit(false)}>
            {t("uploadPhoto")}
          </Button>
          {shown.hasPhoto && (
            <Button variant="danger" disabled={pending} onClick={() => submit(true)}>
              {t("removePhoto")}
            </Button>
          )}
        </div>
      )}
      {error && (
        <p id="photo-error" className="text-sm text-red-700" data-testid="error-photo">
          {tErrors(error)}
        </p>
      )}
    </section>
  );
}
