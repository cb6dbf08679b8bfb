import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { getUser } from "@/lib/users/get-user";
import { listAccountOptions } from "@/lib/users/list-account-options";
import { listUserHistory } from "@/lib/users/list-user-history";
import { UserStatusBadges } from "../user-status-badges";
import { EditUserForm } from "./edit-user-form";
import { HistorySection } from "./history-section";
import { ResetTwoFactor } from "./reset-two-factor";
import { SecuritySection } from "./security-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("details.account") };
}

/** One account (user:manage): change it, unlock it or issue a link, and its history. */
export default async function UserPage({ params, searchParams }: PageProps<"/admin/users/[userId]">) {
  const actor = await requireActor();
  const { userId } = await params;
  const { history } = await searchParams;
  const historyPage = Math.max(1, Number(typeof history === "string" ? history : 1) || 1);
  const [user, options, entries, t] = await Promise.all([
    orNotFound(getUser(actor, userId)),
    orNotFound(listAccountOptions(actor)),
    orNotFound(listUserHistory(actor, userId, historyPage)),
    getTranslations("users"),
  ]);
  return (
    <section className="max-w-5xl space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        {t("details.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{user.name}</h1>
        <UserStatusBadges user={user} />
      </div>
      <p className="text-sm text-slate-600" dir="ltr">
        {user.email}
      </p>
      <section aria-labelledby="account-heading" className="space-y-2">
        <h2 id="account-heading" className="text-lg font-semibold">
          {t("details.account")}
        </h2>
        <EditUserForm user={user} options={options} />
      </section>
      <SecuritySection user={user} self={user.id === actor.userId} />
      <ResetTwoFactor userId={user.id} enabledAt={user.twoFactorSince} />
      <HistorySection userId={user.id} page={historyPage} history={entries} />
    </section>
  );
}
