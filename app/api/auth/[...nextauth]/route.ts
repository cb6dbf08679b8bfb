import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { authRouteHandler } from "@/lib/auth/auth-route-request";

// Our origin and only same-origin callback URLs reach Auth.js (see authRouteHandler).
export const GET = authRouteHandler((request: NextRequest) => handlers.GET(request));
export const POST = authRouteHandler((request: NextRequest) => handlers.POST(request));
