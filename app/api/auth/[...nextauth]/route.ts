import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withSafeCallbackUrl } from "@/lib/auth/safe-callback-request";

// Auth.js answers a callback URL it cannot parse with a server error before any of our
// callbacks run; such a value is dropped first, so the request ends on one of our pages.
export const GET = withSafeCallbackUrl((request: NextRequest) => handlers.GET(request));
export const POST = withSafeCallbackUrl((request: NextRequest) => handlers.POST(request));
