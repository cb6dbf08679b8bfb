import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/**
 * Previous / next links that keep the other query parameters (filters) of the list. Two lists on
 * one page each pass their own `param` and `label`.
 */
export function Pagination({
  page,
  pageCount,
  basePath,
  searchParams = {},
  param = "page",
  label,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  searchParams?: Record<string, string>;
  param?: string;
  label?: string;
}) {
  const t = useTranslations("pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => `${basePath}?${new URLSearchParams({ ...searchParams, [param]: String(target) })}`;
  const linkClass = buttonClass("neutral", "sm");
  return (
    <nav aria-label={label ?? t("label")} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
