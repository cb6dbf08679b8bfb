import Link from "next/link";
import { useTranslations } from "next-intl";

const LINKS = [
  { key: "overview", href: "/bid" },
  { key: "queue", href: "/bid/queue" },
  { key: "sessions", href: "/bid/sessions" },
  { key: "roster", href: "/bid/roster" },
] as const;

/** The coordinator's sub-navigation on every /bid page. */
export function BidNav({ active }: { active: (typeof LINKS)[number]["key"] }) {
  const t = useTranslations("bid.nav");
  return (
    <nav aria-label={t("label")} className="overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1">
        {LINKS.map(({ key, href }) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={key === active ? "page" : undefined}
              className="block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
