// Runs before the first paint (a file rather than an inline script: the
// Content-Security-Policy allows no inline script).
//
// 1. Applies the reader's saved colour theme, so a page chosen dark never
//    flashes light. Keep the key in step with src/hooks/use-theme.ts.
// 2. A link with a search (?q=dennis) opens a prerendered page that shows the
//    unfiltered view. Mark it so CSS keeps the view panels hidden until the
//    app has applied the URL; they then appear once, already filtered, with
//    nothing shifting. Without JavaScript this never runs and the prerendered
//    view stays visible.
try {
  var theme = localStorage.getItem('film-explorer:theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // Storage blocked (private mode, policy): the system theme applies.
}
if (location.search.length > 1) document.documentElement.dataset.urlState = 'pending'
