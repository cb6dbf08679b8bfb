"use server";
import { revalidatePath } from "next/cache";
import { changeOwnPassword } from "@/lib/account/change-own-password";
import { setPreferredLocale } from "@/lib/account/set-preferred-locale";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { signedOutUrl } from "@/lib/account/signed-out-reason";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { signOut } from "@/lib/auth/auth";
import { requireActor } from "@/lib/auth/session";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";

/**
 * On success every session of the user has ended (this one too): the cookie is cleared here and
 * the form sends the user to the login page.
 */
export async function changePasswordAction(values: unknown): Promise<ActionResult> {
  return runAction([values], [param.values], async (values) => {
    const actor = await requireActor();
    const result = await changeOwnPassword(actor, values);
    if (result.ok) await signOut({ redirect: false });
    return result;
  });
}

/** Saved on the account and applied on this device at once. */
export async function setPreferredLocaleAction(values: unknown): Promise<ActionResult<{ locale: string }>> {
  return runAction([values], [param.values], async (values) => {
    const actor = await requireActor();
    const result = await setPreferredLocale(actor, values);
    if (result.ok) {
      await setLocaleCookie(result.data.locale);
      revalidatePath("/", "layout");
    }
    return result;
  });
}

/** A plain form's action (works before the page's JavaScript has loaded), like signing out. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await requireActor();
  await signOutEverywhere(actor);
  await signOut({ redirectTo: signedOutUrl("everywhere") });
}
