// Applies the reader's saved colour theme before the first paint, so a page
// chosen dark never flashes light. A file rather than an inline script: the
// Content-Security-Policy allows no inline script. Keep the key in step with
// src/hooks/use-theme.ts.
try {
  var theme = localStorage.getItem('film-explorer:theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // Storage blocked (private mode, policy): the system theme applies.
}
