import type { ButtonHTMLAttributes, ComponentProps } from "react";
import Link from "next/link";

/**
 * The app's buttons. One look per intent, so a primary action reads the same on every screen:
 * - primary: the one main action of a form or page;
 * - secondary: an alternative next to it (cancel, open a form, download);
 * - danger: an irreversible or consequential action (discharge, record a runaway, remove);
 * - confirmDanger: the final confirmation of such an action, once its form is filled (cancel a session);
 * - neutral: a quiet grey action that is not the point of the screen (print link, add a row, cancel).
 * `size` "lg" is for the main submit of a full-page form; "sm" for actions inside a table row or card.
 */
export type ButtonVariant = "primary" | "secondary" | "danger" | "confirmDanger" | "neutral";
export type ButtonSize = "sm" | "md" | "lg";

const VARIANT: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 font-semibold text-white hover:bg-brand-800",
  secondary: "border border-brand-700 bg-white font-semibold text-brand-800 hover:bg-brand-50",
  danger: "border border-red-700 bg-white font-semibold text-red-800 hover:bg-red-50",
  confirmDanger: "bg-red-700 font-semibold text-white hover:bg-red-800",
  neutral: "border border-slate-400 bg-white font-medium text-slate-900 hover:bg-slate-100",
};
const SIZE: Record<ButtonSize, string> = {
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2 text-sm",
  lg: "px-5 py-2.5",
};

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra = ""): string {
  return `inline-block rounded text-center disabled:opacity-60 ${VARIANT[variant]} ${SIZE[size]} ${extra}`.trim();
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}

/** A link that looks like a button (navigation to a form, a download). */
export function ButtonLink({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <Link className={buttonClass(variant, size, className)} {...props} />;
}
