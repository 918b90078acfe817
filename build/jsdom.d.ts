// jsdom ships no types, and DefinitelyTyped's are not installed: only what
// build/critical-css.ts uses is declared (the DOM's own types come from lib.dom).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string)
    readonly window: { readonly document: Document }
  }
}
