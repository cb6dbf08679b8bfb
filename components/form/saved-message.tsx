import { alertClass } from "@/components/ui/alert";

/** The green "saved" line a form shows after a write went through. */
export function SavedMessage({ text }: { text: string }) {
  return (
    <p role="status" data-testid="form-saved" className={alertClass("success")}>
      {text}
    </p>
  );
}
