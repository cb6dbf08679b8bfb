"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { ConflictMessage } from "@/components/case/conflict-message";
import { changePhotoAction } from "./actions";

/** The child's photo (optional, sensitive): upload, replace or remove. */
export function PhotoForm({ caseId, version, hasPhoto, readOnly, onSaved }: { caseId: string; version: number; hasPhoto: boolean; readOnly: boolean; onSaved: (version: number) => void }) {
  const t = useTranslations("caseFile");
  const tErrors = useTranslations("errors");
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ byName: string | null; at: string } | null>(null);
  const [shown, setShown] = useState({ hasPhoto, stamp: version });

  const submit = (remove: boolean) => {
    const data = new FormData();
    data.set("caseId", caseId);
    data.set("version", String(version));
    if (remove) data.set("remove", "1");
    else if (input.current?.files?.[0]) data.set("photo", input.current.files[0]);
    setError(null);
    setConflict(null);
    startTransition(async () => {
      const result = await changePhotoAction(data);
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
            <input id="photo" ref={input} type="file" accept="image/jpeg,image/png,image/webp" className="mt-1 text-sm" />
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
        <p className="text-sm text-red-700" data-testid="error-photo">
          {tErrors(error)}
        </p>
      )}
    </section>
  );
}
