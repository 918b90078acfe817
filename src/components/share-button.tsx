import { useHref, useLocation } from 'react-router'
import { copyText, shareOrCopy } from './share.ts'
import { useToast } from './toast.tsx'

function ShareIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
      <path
        fill="currentColor"
        d="M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1Z"
      />
    </svg>
  )
}

/** Shares the current view: its URL holds the whole state, so the link opens exactly this. */
export function ShareButton() {
  const toast = useToast()
  const { pathname, search, hash } = useLocation()
  const href = useHref({ pathname, search, hash })
  const share = async () => {
    const url = new URL(href, window.location.origin).href
    const outcome = await shareOrCopy(url, document.title)
    if (outcome === 'copied') toast('Link to this view copied to the clipboard.')
    if (outcome === 'failed') toast(`Could not copy the link. Copy it from the address bar: ${url}`)
  }
  return (
    <button type="button" className="icon-button" onClick={() => void share()}>
      <ShareIcon />
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
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
        <path
          fill="currentColor"
          d="M10.6 13.4a1 1 0 0 1 0-1.4l3-3a1 1 0 1 1 1.4 1.4l-3 3a1 1 0 0 1-1.4 0Zm-2.8 5.7a4 4 0 0 1-2.9-6.8l2.1-2.1a1 1 0 1 1 1.4 1.4l-2.1 2.1a2 2 0 0 0 2.8 2.8l2.1-2.1a1 1 0 1 1 1.4 1.4l-2.1 2.1a4 4 0 0 1-2.7 1.2Zm8.5-6.4a1 1 0 0 1-.7-1.7l2.1-2.1a2 2 0 0 0-2.8-2.8l-2.1 2.1a1 1 0 1 1-1.4-1.4l2.1-2.1a4 4 0 0 1 5.6 5.6l-2.1 2.1a1 1 0 0 1-.8.3Z"
        />
      </svg>
      <span className="icon-button__label">Copy link</span>
    </button>
  )
}
