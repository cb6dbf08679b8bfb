// Button styles shared by server and client BID components (a plain module: a "use client"
// module's constants are not readable from server components).
export const primaryButton = "rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50";
