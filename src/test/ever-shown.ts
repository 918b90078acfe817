/**
 * Watches the document and reports whether `text` was ever on screen, even for
 * a moment: how a test catches a loading indicator that flashes.
 */
export function watchForText(text: string) {
  let seen = document.body.textContent.includes(text)
  const observer = new MutationObserver(() => {
    if (document.body.textContent.includes(text)) seen = true
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  return {
    seen: () => seen,
    stop: () => observer.disconnect(),
  }
}
