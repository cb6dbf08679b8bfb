import { NotFoundPanel } from "@/components/layout/not-found-panel";

export default function NotFound() {
  return (
    <main className="flex flex-1 items-center justify-center p-4">
      <NotFoundPanel />
    </main>
  );
}
