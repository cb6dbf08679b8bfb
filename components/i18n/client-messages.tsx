import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, pickMessages, type ClientMessageScope } from "@/lib/i18n/client-namespaces";
import { NestedMessages } from "./nested-messages";

/**
 * Gives the client components of a route tree the messages they use, and no others: without a
 * `messages` prop next-intl would send the whole catalogue with every page (ADR 0021). The root
 * layout's provider also carries the locale and time zone; a nested tree sends only its own
 * namespaces, added in the browser to those of the trees around it.
 */
export async function ClientMessages({ scope, children }: { scope: ClientMessageScope; children: React.ReactNode }) {
  const messages = pickMessages(await getMessages(), CLIENT_NAMESPACES[scope]);
  if (scope === "app") return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
  return <NestedMessages messages={messages}>{children}</NestedMessages>;
}
