"use client";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import { mergeMessages } from "@/lib/i18n/client-namespaces";

/** Adds a route tree's messages to those of the enclosing trees (a plain provider would replace them). */
export function NestedMessages({ messages, children }: { messages: Record<string, unknown>; children: React.ReactNode }) {
  const locale = useLocale();
  const outer = useMessages();
  const merged = useMemo(() => mergeMessages(outer as never, messages as never), [outer, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
