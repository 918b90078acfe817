/**
 * A result count that screen readers announce politely as it changes. It is
 * always rendered (even when empty) so the live region exists before the
 * first change, which is what makes assistive technology announce it.
 */
export function LiveCount({ children }: { readonly children: string }) {
  return (
    <p className="live-count" role="status">
      {children}
    </p>
  )
}
