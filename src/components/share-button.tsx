import { useAppRouter } from '../url-state/app-router.tsx'
import { Icon } from './icon.tsx'
import { copyText, shareOrCopy } from './share.ts'
import { useToast } from './toast.tsx'

/** Shares the current view: its URL holds the whole state, so the link opens exactly this. */
export function ShareButton() {
  const toast = useToast()
  const { router } = useAppRouter()
  const share = async () => {
    // The view's location as the click finds it: the button need not draw
    // again each time the view's URL changes.
    const { pathname, search, hash } = router.state.location
    const url = new URL(pathname + search + hash, window.location.origin).href
    const outcome = await shareOrCopy(url, document.title)
    if (outcome === 'copied') toast('Link to this view copied to the clipboard.')
    if (outcome === 'failed') toast(`Could not copy the link. Copy it from the address bar: ${url}`)
  }
  return (
    <button type="button" className="icon-button" onClick={() => void share()}>
      <Icon name="share" />
      <span>Share</span>
    </button>
  )
}

interface CopyLinkButtonProps {
  /** The item's path and hash, e.g. /films/mask-1985/trivia#goof-1. */
  readonly path: string
  /** What the link points at, for the button's name: "this goof". */
  readonly what: string
}

/** Copies an item's permalink, and says so. */
export function CopyLinkButton({ path, what }: CopyLinkButtonProps) {
  const toast = useToast()
  const copy = async () => {
    const url = new URL(path, window.location.origin).href
    const outcome = await copyText(url)
    toast(outcome === 'copied' ? `Link to ${what} copied.` : `Could not copy the link: ${url}`)
  }
  return (
    <button
      type="button"
      className="icon-button icon-button--quiet"
      aria-label={`Copy link to ${what}`}
      onClick={() => void copy()}
    >
      <Icon name="link" />
      <span className="icon-button__label">Copy link</span>
    </button>
  )
}
