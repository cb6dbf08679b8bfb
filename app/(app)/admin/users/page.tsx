import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/or-not-found";
import { listAccountOptions } from "@/lib/users/list-account-options";
import { listUsers } from "@/lib/users/list-users";
import { parseUserFilters, userFilterParams } from "@/lib/users/user-filters";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import { UserFilterBar } from "./user-filter-bar";
import { UserTable } from "./user-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

/** The administrator's accounts (user:manage): search, filters in the URL, a page at a time. */
export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await requireActor();
  const filters = parseUserFilters(await searchParams);
  const [users, options, t] = await Promise.all([orNotFound(listUsers(actor, filters)), orNotFound(listAccountOptions(actor)), getTranslations("users")]);
  return (
    <section className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} action={<ButtonLink href="/admin/users/new">{t("newUser")}</ButtonLink>} />
      <UserFilterBar filters={filters} options={options} />
      <p className="text-sm text-slate-600" data-testid="user-count">
        {t("count", { count: users.total })}
      </p>
      <UserTable rows={users.rows} />
      <Pagination page={users.page} pageCount={users.pageCount} basePath="/admin/users" searchParams={userFilterParams(filters)} />
    </section>
  );
}
