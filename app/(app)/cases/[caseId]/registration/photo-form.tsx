"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { ConflictMessage } from "@/components/case/conflict-message";
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT } from "@/lib/cases/photo-limits";

type PhotoResult =
  | { ok: true; data: { version: number } }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; conflict: { byName: string | null; at: string } }
  | { ok: false; error: string };

function photoProblem(file: File | undefined): string | null {
  if (!file) return "photoMissing";
  return file.size > MAX_PHOTO_BYTES ? "photoTooLarge" : null;
}

/**
 * Uploads (the file as the raw body) or removes the photo through its route: a server action's
 * body stops at 1 MB.
 */
async function sendPhoto(caseId: string, version: number, file: File | null): Promise<PhotoResult | "signedOut"> {
  const url = `/cases/${caseId}/photo?version=${version}`;
  try {
    const response = await fetch(url, file ? { method: "PUT", body: file, headers: { "Content-Type": file.type || "application/octet-stream" } } : { method: "DELETE" });
    if (response.status === 401) return "signedOut";
    return (await response.json()) as PhotoResult;
  } catch {
    return { ok: false, fieldErrors: { photo: "photoUploadFailed" } };
  }
}

/** The child's photo (optional, sensitive): upload, replace or remove. */
export function PhotoForm({ caseId, version, hasPhoto, readOnly, onSaved }: { caseId: string; version: number; hasPhoto: boolean; readOnly: boolean; onSaved: (version: number) => void }) {
  const t = useTranslations("caseFile");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ byName: string | null; at: string } | null>(null);
  const [shown, setShown] = useState({ hasPhoto, stamp: version });

  const submit = (remove: boolean) => {
    const file = input.current?.files?.[0];
    setConflict(null);
    // Checked here first so that an oversized photo is never sent; the server checks again.
    const problem = remove ? null : photoProblem(file);
    setError(problem);
    if (problem) return;
    startTransition(async () => {
      const result = await sendPhoto(caseId, version, remove ? null : file!);
      if (result === "signedOut") return router.push("/login");
      if (result.ok) {
        onSaved(result.data.version);
        setShown({ hasPhoto: !remove, stamp: result.data.version });
        if (input.current) input.current.value = "";
      } else if ("fieldErrors" in result) setError(result.fieldErrors.photo ?? "invalid");
      else if ("conflict" in result) setConflict(result.conflict);
      else setError("error" in result && result.error === "invalidInput" ? "invalidInput" : "invalid");
    });
  };

  return (
    <section aria-labelledby="section-photo" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="section-photo">
      <h2 id="section-photo" className="text-lg font-semibold">
        {t("photo")}
      </h2>
      <p className="text-xs text-slate-600">{t("photoHint")}</p>
      {conflict && <ConflictMessage byName={conflict.byName} at={conflict.at} />}
      {shown.hasPhoto ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-user image: no optimiser cache
        <img src={`/cases/${caseId}/photo?v=${shown.stamp}`} alt={t("photoAlt")} className="h-40 w-32 rounded border object-cover" />
      ) : (
        <p className="text-sm text-slate-600">{t("noPhoto")}</p>
      )}
      {!readOnly && (
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="photo" className="block text-sm font-medium">
              {t("choosePhoto")}
            </label>
            <input
              id="photo"
              ref={input}
              type="file"
              accept={PHOTO_ACCEPT}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "photo-error" : undefined}
              onChange={(event) => setError(photoProblem(event.target.files?.[0]) === "photoTooLarge" ? "photoTooLarge" : null)}
              className="mt-1 text-sm"
            />
          </div>
          <button type="button" disabled={pending} onClick={() => submit(false)} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
            {t("uploadPhoto")}
          </button>
          {shown.hasPhoto && (
            <button type="button" disabled={pending} onClick={() => submit(true)} className="rounded border border-red-400 px-4 py-2 text-sm font-semibold text-red-800">
              {t("removePhoto")}
            </button>
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
