/** The green "saved" line a form shows after a write went through. */
export function SavedMessage({ text }: { text: string }) {
  return (
    <p role="status" data-testid="form-saved" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
      {text}
    </p>
  );
}
