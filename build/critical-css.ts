/**
 * The rules of a stylesheet that a kind of page can use at its first paint
 * (docs/adr/0024-each-page-its-own-rules.md): those whose selectors match an
 * element of a sample page of that kind, with state stripped as critters and
 * beasties strip it (`a:hover` counts where an `a` is, `.x::before` where an
 * `.x` is), in any of the states public/boot.js may give the root before the
 * paint (a saved theme, a pending URL state); at-rules that hold a kept rule;
 * the @keyframes a kept rule animates with; @font-face and other at-rules
 * with no rules inside. A build tool only: postcss keeps each rule's text as
 * written (the minified sheet stays minified), jsdom matches the selectors.
 */
import { JSDOM } from 'jsdom'
import postcss, { type AtRule, type ChildNode, type Container, type Rule } from 'postcss'

/** What public/boot.js may set on <html> before the paint (its steps 1 and 2). */
export const ROOT_STATES: ReadonlyArray<Readonly<Record<string, string>>> = [
  {},
  { 'data-theme': 'light' },
  { 'data-theme': 'dark' },
  { 'data-url-state': 'pending' },
]

/** Pseudo-classes that say where an element is, not what the reader does with it: kept in a selector. */
const STRUCTURAL = new Set([
  'root',
  'not',
  'is',
  'where',
  'has',
  'first-child',
  'last-child',
  'only-child',
  'nth-child',
  'nth-last-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'nth-of-type',
  'nth-last-of-type',
  'empty',
  'lang',
  'dir',
])
/** Their argument is a selector list, itself stripped. */
const TAKES_SELECTORS = new Set(['not', 'is', 'where', 'has'])

/** The index just past the parenthesis that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i += 1) {
    const char = text[i]
    if (char === '\\') i += 1
    else if (char === '"' || char === "'") i = text.indexOf(char, i + 1)
    else if (char === '(') depth += 1
    else if (char === ')' && --depth === 0) return i + 1
    if (i < 0) break
  }
  throw new Error(`unbalanced parentheses in the selector ${text}`)
}

/**
 * A selector with every pseudo-element and state pseudo-class taken out
 * (`:not(:hover)` goes whole: it could match either way), an empty compound
 * left as `*`: the elements the rule may apply to once the reader acts.
 */
export function stripState(selector: string): string {
  let out = ''
  for (let i = 0; i < selector.length;) {
    const char = selector[i] ?? ''
    if (char === '\\') {
      out += selector.slice(i, i + 2)
      i += 2
    } else if (char === '[' || char === '"' || char === "'") {
      const end = selector.indexOf(char === '[' ? ']' : char, i + 1)
      out += selector.slice(i, end + 1)
      i = end + 1
    } else if (char === ':') {
      const name = /^::?([-\w]+)/.exec(selector.slice(i))
      if (!name) throw new Error(`cannot read the selector ${selector}`)
      const end = i + name[0].length
      const next = selector[end] === '(' ? closing(selector, end) : end
      const keep = name[0][1] !== ':' && STRUCTURAL.has(name[1] ?? '')
      if (keep && TAKES_SELECTORS.has(name[1] ?? '')) {
        const inner = selector
          .slice(end + 1, next - 1)
          .split(',')
          .map((part) => stripState(part.trim()))
        if (!inner.includes('*')) out += `${name[0]}(${inner.join(',')})`
      } else if (keep) out += selector.slice(i, next)
      i = next
    } else {
      out += char
      i += 1
    }
  }
  // A compound left empty (`a > :hover`, `::selection`) is any element; the
  // test reads combinators outside parentheses only (`:nth-child(2n+1)`).
  const compounds = out.trim().split(/(?![^(]*\))\s*([>+~])\s*/)
  const starred = compounds.map((part) => (part === '' ? '*' : part)).join(' ')
  return starred.replace(/(\S)\s+([>+~])\s+(\S)/g, '$1 $2 $3')
}

const isRule = (node: ChildNode): node is Rule => node.type === 'rule'
const isAtRule = (node: ChildNode): node is AtRule => node.type === 'atrule'

/** Every style rule in a container, in @media and @supports at any depth, not in @keyframes. */
function styleRules(container: Container): Rule[] {
  const rules: Rule[] = []
  container.each((node) => {
    if (isRule(node)) rules.push(node)
    else if (isAtRule(node) && node.nodes && !/keyframes$/i.test(node.name))
      rules.push(...styleRules(node))
  })
  return rules
}

/** The stripped selectors of `rules` that match an element of some sample, in some root state. */
function matchedSelectors(rules: readonly Rule[], samples: readonly string[]): Set<string> {
  const pending = new Set(rules.flatMap((rule) => rule.selectors.map(stripState)))
  const matched = new Set<string>()
  for (const html of samples) {
    const { document } = new JSDOM(html).window
    const root = document.documentElement
    for (const state of ROOT_STATES) {
      const names = Object.keys(state)
      for (const name of root.getAttributeNames())
        if (name.startsWith('data-')) root.removeAttribute(name)
      for (const [name, value] of Object.entries(state)) root.setAttribute(name, value)
      // In a root state, only the selectors that name its attributes can match anew.
      const candidates = [...pending].filter((selector) =>
        names.every((name) => selector.includes(name)),
      )
      for (const selector of candidates) {
        let found: boolean
        try {
          found = document.querySelector(selector) !== null
        } catch {
          // A selector jsdom cannot read is kept: better a rule too many.
          found = true
        }
        if (found) {
          matched.add(selector)
          pending.delete(selector)
        }
      }
    }
  }
  return matched
}

/** The animation names a rule's declarations use. */
function animations(rule: Rule): string[] {
  const names: string[] = []
  rule.walkDecls(/^(?:-webkit-)?animation(?:-name)?$/i, (decl) => {
    names.push(...decl.value.split(/[\s,]+/))
  })
  return names
}

/** `css` with only the rules `samples` (whole HTML documents) can use at the first paint. */
export function criticalCss(css: string, samples: readonly string[]): string {
  const root = postcss.parse(css)
  const rules = styleRules(root)
  const matched = matchedSelectors(rules, samples)
  const animated = new Set<string>()
  for (const rule of rules) {
    if (rule.selectors.some((selector) => matched.has(stripState(selector)))) {
      animations(rule).forEach((name) => animated.add(name))
    } else rule.remove()
  }
  root.walkComments((comment) => {
    comment.remove()
  })
  // Innermost first, so an @supports left empty inside an @media goes too.
  const atRules: AtRule[] = []
  root.walkAtRules((rule) => {
    atRules.push(rule)
  })
  for (const rule of atRules.reverse()) {
    if (/keyframes$/i.test(rule.name)) {
      if (!animated.has(rule.params.trim())) rule.remove()
    } else if (rule.nodes && rule.nodes.length === 0) rule.remove()
  }
  return root.toString().trim()
}

/**
 * The rules of `fullCss` that `html` can use and `inlineCss` lacks, as
 * `selector{…}` texts: none for a page whose inline style is complete.
 */
export function missingRules(fullCss: string, inlineCss: string, html: string): string[] {
  const key = (rule: Rule) => {
    const context: string[] = []
    for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent)
      context.unshift(`@${(parent as AtRule).name} ${(parent as AtRule).params}`)
    return [...context, rule.toString().replace(/\s+/g, ' ')].join(' ')
  }
  const have = new Set(styleRules(postcss.parse(inlineCss)).map(key))
  return styleRules(postcss.parse(criticalCss(fullCss, [html])))
    .map(key)
    .filter((rule) => !have.has(rule))
}
