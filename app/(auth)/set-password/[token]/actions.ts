"use server";
import { headers } from "next/headers";
import { param, runAction, type ActionResult } from "@/lib/action-result";
import { setPasswordWithToken } from "@/lib/auth/account-tokens";
import { clientAddress, trustedProxyHops } from "@/lib/rate-limit/client-address";

export type SetPasswordResult = ActionResult<{ email: string }>;

/**
 * Public: the one-time link is the credential. A used, expired or unknown link is `invalidState`
 * with the reason `link.<state>`, which the page says in words.
 */
export async function setPasswordAction(token: string, input: unknown): Promise<SetPasswordResult> {
  return runAction([token, input], [param.name, param.values], async (token, input) => {
    const address = clientAddress(await headers(), trustedProxyHops());
    const result = await setPasswordWithToken(token, input, { clientAddress: address });
    if ("tokenState" in result) return { ok: false, error: "invalidState", reason: `link.${result.tokenState}` };
    return result;
  });
}
