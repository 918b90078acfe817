/** The app's icons; their shapes are in styles.css (".icon--…"). */
export type IconName = 'share' | 'link' | 'theme'

/**
 * A decorative icon in the text colour. The shape is a CSS mask, not inline
 * SVG: the paths then cost no JavaScript on any page, and the stylesheet that
 * carries them is cached once for all.
 */
export function Icon({ name }: { readonly name: IconName }) {
  return <span className={`icon icon--${name}`} aria-hidden="true" />
}
