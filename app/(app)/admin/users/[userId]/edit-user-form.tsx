"use client";
import type { AccountOptions } from "@/lib/users/list-account-options";
import type { UserDetails } from "@/lib/users/get-user";
import { UserForm } from "../_components/user-form";
import { updateUserAction } from "./actions";

export function EditUserForm({ user, options }: { user: UserDetails; options: AccountOptions }) {
  return (
    <UserForm
      mode="update"
      options={options}
      initial={{
        name: user.name,
        role: user.role,
        organisationId: user.organisationId,
        centreIds: user.centreIds,
        preferredLocale: user.preferredLocale ?? "",
        active: user.active,
        version: user.version,
      }}
      submit={(values) => updateUserAction(user.id, values)}
    />
  );
}
