import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { currentLocale } from "@/lib/i18n/current-locale";
import { directionOf } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` }, robots: { index: false, follow: false } };
}

export default async function RootLayout({ children }: LayoutProps<"/">) {
  const locale = await currentLocale();
  return (
    <html lang={locale} dir={directionOf(locale)} className="h-full">
      <body className="flex min-h-full flex-col">
        <ClientMessages scope="app">{children}</ClientMessages>
      </body>
    </html>
  );
}
