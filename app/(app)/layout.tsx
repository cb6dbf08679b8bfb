import { ClientMessages } from "@/components/i18n/client-messages";
import { AppHeader } from "@/components/layout/app-header";
import { IdleTimeout } from "@/components/layout/idle-timeout";
import { getIdleTimeout } from "@/lib/account/get-idle-timeout";
import { requireActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: LayoutProps<"/">) {
  const actor = await requireActor();
  const idle = await getIdleTimeout();
  return (
    <ClientMessages scope="app/(app)">
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <IdleTimeout warnAfterMinutes={idle.warnAfterMinutes} graceMinutes={idle.graceMinutes} />
    </ClientMessages>
  );
}
