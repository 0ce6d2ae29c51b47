/** A link for copying: read-only, and selected whole on focus, so copying it by hand takes one shortcut. */
export function LinkField({ id, value, className }: { id: string; value: string; className: string }) {
  return <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className={className} />;
}
