import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getMyUndertaking } from "@/lib/bid/sign-undertaking";
import { UndertakingForm } from "./undertaking-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("panels.undertaking"))("title") };
}

const PARAGRAPHS = ["p1", "p2", "p3", "p4"] as const;

/** The confidentiality undertaking: its text, and the member's dated signature. */
export default async function UndertakingPage() {
  const actor = await requireActor();
  if (!can(actor, "bid:sit")) notFound();
  const [mine, t, format] = await Promise.all([getMyUndertaking(actor), getTranslations("panels.undertaking"), getFormatter()]);
  return (
    <section className="max-w-3xl space-y-5">
      <Link href="/panels" className="text-sm text-brand-700 hover:underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="undertaking-text">
        {PARAGRAPHS.map((p) => (
          <p key={p}>{t(`text.${p}`)}</p>
        ))}
      </div>
      {!mine ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-600">{t("notOnRoster")}</p>
      ) : mine.undertakingSignedAt ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900" data-testid="undertaking-signed">
          {t("signedOn", { date: format.dateTime(mine.undertakingSignedAt, "dateTime") })}
        </p>
      ) : (
        <UndertakingForm />
      )}
    </section>
  );
}
