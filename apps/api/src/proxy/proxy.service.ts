import type { CitizenViewer } from '../identity/identity.types.ts';
import type { CitizenActor } from '../identity/actor.ts';
import type { RequestContext } from '../identity/request-context.ts';
import type { AddProxyChildInput, ProxyChild } from './proxy.types.ts';

// Contract placeholder: being implemented in this change.
export class ProxyService {
  children(_actor: CitizenActor): Promise<ProxyChild[]> {
    throw new Error('unimplemented');
  }
  add(_actor: CitizenActor, _input: AddProxyChildInput): Promise<ProxyChild> {
    throw new Error('unimplemented');
  }
  remove(_actor: CitizenActor, _personId: string): Promise<boolean> {
    throw new Error('unimplemented');
  }
  actFor(_ctx: RequestContext, _personId: string): Promise<CitizenViewer> {
    throw new Error('unimplemented');
  }
  stopActing(_ctx: RequestContext): Promise<CitizenViewer> {
    throw new Error('unimplemented');
  }
}
