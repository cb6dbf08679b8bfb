"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AccountOptions } from "@/lib/users/list-account-options";
import { LinkPanel } from "../_components/link-panel";
import { UserForm } from "../_components/user-form";
import { createUserAction } from "../actions";

type Created = { userId: string; token: string; expiresAt: string; name: string };

/** The form, then — once — the new account's activation link. */
export function NewUserFlow({ options }: { options: AccountOptions }) {
  const t = useTranslations("users");
  const [created, setCreated] = useState<Created | null>(null);
  if (created) {
    return (
      <Card title={t("created.title")} className="space-y-4" testId="user-created">
        <p>{t("created.intro", { name: created.name })}</p>
        <LinkPanel token={created.token} purpose="ACTIVATION" expiresAt={created.expiresAt} />
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/admin/users/${created.userId}`} variant="secondary">
            {t("link.toUser")}
          </ButtonLink>
          <ButtonLink href="/admin/users" variant="neutral">
            {t("link.toList")}
          </ButtonLink>
        </div>
      </Card>
    );
  }
  return (
    <UserForm
      mode="create"
      options={options}
      initial={{ name: "", email: "", role: "", organisationId: "", centreIds: [], preferredLocale: "" }}
      submit={(values) => createUserAction(values)}
      onCreated={(data, values) => setCreated({ ...data, name: values.name })}
    />
  );
}
