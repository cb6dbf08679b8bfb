import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="app/(app)/admin/users">{children}</ClientMessages>;
}
