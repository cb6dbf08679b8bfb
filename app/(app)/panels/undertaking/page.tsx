import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getMyUndertaking } from "@/lib/bid/sign-undertaking";
import { Alert } from "@/components/ui/alert";
import { cardClass, EmptyState } from "@/components/ui/card";
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
      <div className={cardClass("p-5 space-y-3")} data-testid="undertaking-text">
        {PARAGRAPHS.map((p) => (
          <p key={p}>{t(`text.${p}`)}</p>
        ))}
      </div>
      {!mine ? (
        <EmptyState>{t("notOnRoster")}</EmptyState>
      ) : mine.undertakingSignedAt ? (
        <Alert as="p" tone="success" className="p-3" testId="undertaking-signed">
          {t("signedOn", { date: format.dateTime(mine.undertakingSignedAt, "dateTime") })}
        </Alert>
      ) : (
        <UndertakingForm />
      )}
    </section>
  );
}
