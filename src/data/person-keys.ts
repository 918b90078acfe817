/**
 * A person's query keys. Apart from the film keys: only the person page
 * needs them, so they come with that page's code rather than every page's core.
 */
export const personKeys = {
  all: ['people'] as const,
  detail: (personId: string) => [...personKeys.all, personId] as const,
}
