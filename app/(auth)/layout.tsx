import { Suspense } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignedOutNotice } from "@/components/layout/signed-out-notice";

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages scope="app/(auth)">
      <Suspense>
        <SignedOutNotice />
      </Suspense>
      {children}
    </ClientMessages>
  );
}
