import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="app/(auth)/set-password">{children}</ClientMessages>;
}
