"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type BaseSyntheticEvent } from "react";
import { Field, inputClass } from "@/components/form/field";
import { FilePicker } from "@/components/form/file-picker";
import { ProblemBox } from "@/components/form/problem-box";
import { useActionForm } from "@/components/form/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { toIsoDate, todayUtc } from "@/lib/dates/calendar";
import type { CaseDocumentData, CaseDocumentInput } from "@/lib/documents/case-document.schema";
import { DOCUMENT_ACCEPT, DOCUMENT_NOTE_MAX, MAX_DOCUMENT_BYTES } from "@/lib/documents/document-limits";
import { CaseDocumentType } from "@/lib/generated/prisma/enums";

const emptyDocument = (): CaseDocumentInput => ({ type: "" as CaseDocumentInput["type"], documentDate: "", note: "" });

function fileProblem(file: File | undefined): string | null {
  if (!file || file.size === 0) return "documentMissing";
  return file.size > MAX_DOCUMENT_BYTES ? "documentTooLarge" : null;
}

/**
 * Sends the form to the upload route as multipart (a server action's body stops at 1 MB); the
 * route answers a server action's result. Signed out: the page leaves for the sign-in page.
 */
async function sendDocument(caseId: string, values: CaseDocumentInput, file: File, signIn: () => void): Promise<ActionResult<{ documentId: string }>> {
  const body = new FormData();
  body.set("type", values.type);
  body.set("documentDate", values.documentDate);
  body.set("note", values.note ?? "");
  body.set("file", file);
  let response: Response;
  try {
    response = await fetch(`/cases/${caseId}/documents/upload`, { method: "POST", body });
  } catch {
    return { ok: false, fieldErrors: { file: "documentUploadFailed" } };
  }
  if (response.status === 401) {
    signIn();
    return new Promise(() => {});
  }
  return (await response.json()) as ActionResult<{ documentId: string }>;
}

/**
 * Type, date, note and the scanned file. The file input is hidden behind a label styled as a
 * button, with the chosen file's name beside it, so that nothing shows the browser's own
 * (English) "Choose File / No file chosen".
 */
export function DocumentUploadForm({ caseId }: { caseId: string }) {
  const t = useTranslations("documents");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  // Remounting the input is how it is emptied after a successful upload.
  const [inputKey, setInputKey] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { form, submitWith, pending, problem, saved } = useActionForm<CaseDocumentInput, CaseDocumentData>({
    schema: () => import("@/lib/documents/case-document.schema").then((m) => m.caseDocumentSchema),
    defaultValues: emptyDocument(),
  });
  const {
    register,
    reset,
    formState: { errors },
  } = form;
  const invalid = (name: keyof CaseDocumentInput) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

  const send = submitWith(
    (values, _parsed, event) => {
      const file = chosenFile(event);
      // Checked here first so that a missing or oversized file is never sent; the server checks again, and the type from the bytes.
      const problemWithFile = fileProblem(file);
      setFileError(problemWithFile);
      if (problemWithFile) return Promise.resolve({ ok: false, fieldErrors: { file: problemWithFile } });
      return sendDocument(caseId, values, file!, () => router.push("/login"));
    },
    () => {
      reset(emptyDocument());
      setInputKey((key) => key + 1);
      setFileName(null);
      setFileError(null);
      router.refresh();
    },
  );
  // The file is not a react-hook-form field: checked on every submit, even when another field is
  // wrong, so every problem shows at once. The server's refusal of it arrives as errors.file.
  const onSubmit: React.FormEventHandler<HTMLFormElement> = (event) => {
    setFileError(fileProblem(chosenFile(event)));
    void send(event);
  };
  const shownFileError = fileError ?? (errors as { file?: { message?: string } }).file?.message ?? null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("addTitle")} data-testid="document-upload-form">
      <ProblemBox problem={problem} messages="documents" />
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="type" label={t("type")} error={errors.type?.message}>
          <select id="type" className={inputClass} {...invalid("type")} {...register("type")}>
            <option value="">{t("chooseType")}</option>
            {Object.values(CaseDocumentType).map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="documentDate" label={t("documentDate")} hint={t("documentDateHint")} error={errors.documentDate?.message}>
          <input id="documentDate" type="date" max={toIsoDate(todayUtc())} className={inputClass} {...invalid("documentDate")} {...register("documentDate")} />
        </Field>
      </div>
      <Field id="note" label={t("note")} hint={t("noteHint")} error={errors.note?.message}>
        <textarea id="note" dir="auto" rows={2} maxLength={DOCUMENT_NOTE_MAX} className={inputClass} {...invalid("note")} {...register("note")} />
      </Field>
      <div>
        <p id="file-title" className="block text-sm font-medium">
          {t("file")}
        </p>
        <p id="file-hint" className="text-xs text-slate-500">
          {t("fileHint")}
        </p>
        <div className="mt-1">
          <FilePicker
            key={inputKey}
            id="file"
            name="file"
            accept={DOCUMENT_ACCEPT}
            chooseLabel={t("chooseFile")}
            noneChosenLabel={t("noFileChosen")}
            fileName={fileName}
            labelledBy="file-title"
            describedBy="file-hint"
            errorId={shownFileError ? "file-error" : null}
            fileNameTestId="chosen-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              setFileName(file?.name ?? null);
              form.clearErrors("file" as keyof CaseDocumentInput);
              setFileError(file && fileProblem(file) === "documentTooLarge" ? "documentTooLarge" : null);
            }}
          />
        </div>
        {shownFileError && (
          <p id="file-error" className="mt-1 text-sm text-red-700" data-testid="error-file">
            {tErrors.has(shownFileError) ? tErrors(shownFileError) : tErrors("invalid")}
          </p>
        )}
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

/** The file chosen in the form that was submitted. */
function chosenFile(event: BaseSyntheticEvent | undefined): File | undefined {
  const form = event?.target as HTMLFormElement | undefined;
  const input = form?.elements.namedItem("file");
  return input instanceof HTMLInputElement ? (input.files?.[0] ?? undefined) : undefined;
}
