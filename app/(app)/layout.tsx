import { ClientMessages } from "@/components/i18n/client-messages";
import { AppHeader } from "@/components/layout/app-header";
import { IdleTimeout } from "@/components/layout/idle-timeout";
import { getIdleTimeout } from "@/lib/account/get-idle-timeout";
import { requireSignedInActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: LayoutProps<"/">) {
  // Each page requires its actor itself (requireActor), which also sends a user who must first turn
  // on two-factor sign-in to the enrolment page; the shell must render that page too.
  const [actor, idle] = await Promise.all([requireSignedInActor(), getIdleTimeout()]);
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
