import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { logout } from "@/lib/auth/logout.action";
import { can } from "@/lib/auth/permissions";
import { landingPath } from "@/lib/dashboards/landing";
import { ApprovalsNavLabel } from "./approvals-nav-label";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitcher } from "./language-switcher";

/** Navigation shows only what the actor's role may use. */
export async function AppHeader({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const links = [
    // Home is a page of its own only for the roles whose work it lists; otherwise it forwards to one of these links.
    { href: "/", label: t("nav.home"), show: landingPath(actor) === null },
    { href: "/dashboard", label: t("nav.dashboard"), show: can(actor, "report:dashboard") },
    { href: "/cases", label: t("nav.caseload"), show: can(actor, "case:read") },
    { href: "/cases/new", label: t("nav.register"), show: can(actor, "case:register") },
    { href: "/approvals", label: <ApprovalsNavLabel actor={actor} />, show: can(actor, "case:approve") },
    { href: "/access-requests", label: t("accessRequests.navLink"), show: can(actor, "case:assign") },
    { href: "/placements", label: t("nav.occupancy"), show: can(actor, "placement:board") },
    { href: "/foster-families", label: t("nav.fosterFamilies"), show: can(actor, "foster:manage") || can(actor, "placement:board") },
    { href: "/reports/indicators", label: t("nav.indicators"), show: can(actor, "report:indicators") },
    { href: "/bid", label: t("nav.bid"), show: can(actor, "bid:coordinate") },
    { href: "/panels", label: t("nav.myPanels"), show: can(actor, "bid:sit") },
    { href: "/admin/users", label: t("nav.users"), show: can(actor, "user:manage") },
    { href: "/admin/centres", label: t("nav.centres"), show: can(actor, "org:manage") },
    { href: "/admin/organisations", label: t("nav.organisations"), show: can(actor, "org:manage") },
    { href: "/admin/audit", label: t("nav.audit"), show: can(actor, "audit:read") },
    { href: "/admin/timelines", label: t("nav.settings"), show: can(actor, "config:manage") },
  ].filter((link) => link.show);

  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2">
        {t("nav.skipToContent")}
      </a>
      {/* Desktop: brand, links, then who is signed in, the languages and sign-out on the right. On a
          phone: brand, who is signed in and the menu button on one line; the rest in the menu. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 md:gap-x-6">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("app.shortName")}
        </Link>
        {/* Who is signed in opens their own account (password, language, sign-ins). */}
        <Link
          href="/account"
          title={t("nav.account")}
          className="min-w-0 flex-1 truncate text-xs text-slate-600 hover:text-brand-800 hover:underline md:order-2 md:ms-auto md:flex-none md:text-sm"
          data-testid="signed-in-user"
        >
          {t("nav.signedInAs", { name: actor.name })} · {t(`roles.${actor.role}`)}
        </Link>
        <HeaderMenu label={t("nav.menu")}>
          <nav aria-label={t("nav.label")} className="flex flex-col gap-1 md:order-1 md:flex-row md:flex-wrap">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="rounded px-3 py-2 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800">
                {link.label}
              </Link>
            ))}
            {/* On a phone the name above is cut short: the menu names the account page too. */}
            <Link href="/account" className="rounded px-3 py-2 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800 md:hidden">
              {t("nav.account")}
            </Link>
          </nav>
          {/* -ms-3: beside the name the gap stays that of the original group (gap-3). */}
          <div className="flex flex-wrap items-center gap-3 md:order-3 md:-ms-3">
            <LanguageSwitcher />
            <form action={logout}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100">
                {t("nav.logout")}
              </button>
            </form>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
