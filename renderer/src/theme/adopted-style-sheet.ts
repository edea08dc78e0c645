/** Options emotion passes when it makes a sheet (`new cache.sheet.constructor(...)` in `<Global>`). */
interface SheetOptions {
  readonly key: string;
  readonly nonce?: string;
  readonly container?: Node;
}

/** Our sheets in the document's order: global ones (CssBaseline…) before component styles. */
const ours: CSSStyleSheet[] = [];

function adopt(sheet: CSSStyleSheet, global: boolean): void {
  const others = document.adoptedStyleSheets.filter((existing) => !ours.includes(existing));
  const firstComponent = ours.findIndex((existing) => !globalSheets.has(existing));
  if (global && firstComponent >= 0) ours.splice(firstComponent, 0, sheet);
  else ours.push(sheet);
  if (global) globalSheets.add(sheet);
  document.adoptedStyleSheets = [...others, ...ours];
}

const globalSheets = new WeakSet<CSSStyleSheet>();

/**
 * An emotion style sheet over a constructable `CSSStyleSheet` adopted by the document, in
 * place of emotion's `<style>` elements (issue 6 point 2). The page's CSP (`style-src 'self'`)
 * blocks every inline `<style>` element, even the empty ones emotion's "speedy" mode fills
 * through `insertRule`, and the rules never apply; a constructable sheet is plain CSSOM, which
 * the CSP does not govern, so the strict policy stays as it is.
 *
 * It has what emotion's `StyleSheet` is used for: `insert`, `flush`, `hydrate` (nothing to
 * hydrate: no server rendering), and `tags`/`before`, which `<Global>` reads to decide when to
 * flush (one stand-in "tag" once something was inserted).
 */
export class AdoptedStyleSheet {
  readonly key: string;
  readonly nonce: string | undefined;
  readonly container: Node | undefined;
  readonly isSpeedy = true;
  tags: { nextElementSibling: null }[] = [];
  before: unknown = null;
  readonly #sheet = new CSSStyleSheet();

  constructor(options: SheetOptions) {
    this.key = options.key;
    this.nonce = options.nonce;
    this.container = options.container;
    adopt(this.#sheet, options.key.endsWith('-global'));
  }

  /** Adds one rule at the end; a rule this browser does not parse (a vendor prefix) is skipped. */
  insert(rule: string): void {
    try {
      this.#sheet.insertRule(rule, this.#sheet.cssRules.length);
      if (this.tags.length === 0) this.tags = [{ nextElementSibling: null }];
    } catch {
      // Same as emotion's speedy mode: an unknown selector or at-rule is left out.
    }
  }

  /** Removes every rule (the sheet stays adopted, ready for the next `insert`). */
  flush(): void {
    this.#sheet.replaceSync('');
    this.tags = [];
  }

  /** Nothing to take over: styles are never rendered on a server. */
  hydrate(): void {}
}
