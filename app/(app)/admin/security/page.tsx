import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, ROLES } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getCurrentSecurityConfig } from "@/lib/settings/get-current-security-config";
import { SecuritySettingsForm } from "./security-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("securitySettings"))("title") };
}

/** Account security (administrator): which roles must use two-step sign-in, and the idle timeout. */
export default async function SecuritySettingsPage() {
  const actor = await requireActor();
  if (!can(actor, "config:manage")) notFound();
  const [t, roleName, timelines, config] = await Promise.all([
    getTranslations("securitySettings"),
    getTranslations("roles"),
    getTranslations("timelines"),
    getCurrentSecurityConfig(actor),
  ]);
  return (
    <section className="max-w-3xl space-y-4">
      <Link href="/admin/timelines" className="text-sm text-brand-700 hover:underline">
        {timelines("title")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <SecuritySettingsForm
        roles={ROLES.map((role) => ({ value: role, label: roleName(role) }))}
        initial={{ twoFactorRequiredRoles: config.twoFactorRequiredRoles, idleTimeoutMinutes: config.idleTimeoutMinutes }}
      />
    </section>
  );
}
