import { createContext, useContext } from 'react';
import { type ViewerState } from '../session/use-viewer-query.ts';

/** How a layout learns who is logged in: Apollo's viewer query, or the early probe's answer. */
export type UseViewer<TViewer> = (options: { skip: boolean }) => ViewerState<TViewer>;

export const ViewerStateContext = createContext<ViewerState<unknown>>({ status: 'loading' });

/** Who is logged in, as the layout around this page knows it (see AppLayout). */
export function useLayoutViewer<TViewer>(): ViewerState<TViewer> {
  return useContext(ViewerStateContext) as ViewerState<TViewer>;
}
