import type { ShouldRevalidateFunction } from 'react-router'

/**
 * Search params are view state, not data: a change to them alone must not
 * rerun the loader (which would also make every keystroke an asynchronous
 * navigation). Explicit revalidation, such as the Retry button, still runs.
 */
export const skipRevalidationOnSearch: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate
