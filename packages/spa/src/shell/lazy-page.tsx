import { LoadingState } from '@etj/ui';
import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';

type PropsOf<C> = C extends ComponentType<infer P> ? P & object : never;

const preloads: Array<() => Promise<unknown>> = [];

/**
 * A page component whose module loads, with its own chunk, the first time its route renders,
 * so the start page downloads only what it shows. Until then `fallback` shows in its place (a
 * polite loading status unless told otherwise); once loaded, it renders at once, with no
 * Suspense boundary around it. `name` is the module's named export.
 */
export function lazyPage<M extends Record<K, ComponentType<never>>, K extends string>(
  load: () => Promise<M>,
  name: K,
  { fallback = <LoadingState /> }: { fallback?: ReactNode } = {},
): ComponentType<PropsOf<M[K]>> {
  type P = PropsOf<M[K]>;
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module[name] as unknown as ComponentType<P>;
      return { default: loaded };
    }));
  preloads.push(preload);
  const Lazy = lazy(preload);

  function LazyPage(props: P) {
    // Chosen once per mount, so a page is never swapped for another element type under way.
    const [Page] = useState(() => loaded);
    if (Page) return <Page {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}

/** Loads every lazy page declared so far: tests render pages without waiting for chunks. */
export async function preloadLazyPages(): Promise<void> {
  // A loaded module may declare lazy pages of its own; those are loaded too.
  let count = 0;
  while (count < preloads.length) {
    count = preloads.length;
    await Promise.all(preloads.map((preload) => preload()));
  }
}
