/** Query keys, hierarchical so `['films']` reaches every film query at once. */
export const filmKeys = {
  all: ['films'] as const,
  catalog: () => [...filmKeys.all, 'catalog'] as const,
  detail: (filmId: string) => [...filmKeys.all, 'detail', filmId] as const,
}
