import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_HEADER, USER_ACTIVITY_CONTEXT, backgroundLink } from './background-link.ts';
import { runBeforeLogout, useBeforeLogout } from './before-logout.ts';
import { render } from '@testing-library/react';

const SAVE = gql`
  mutation Save {
    save
  }
`;

/** A client whose requests end in a link that notes the headers each would have been sent with. */
function recordingClient() {
  const sent: (Record<string, string> | undefined)[] = [];
  const recorder = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push((operation.getContext() as { headers?: Record<string, string> }).headers);
        observer.next({ data: { save: true } });
        observer.complete();
      }),
  );
  const client = new ApolloClient({
    link: ApolloLink.from([backgroundLink, recorder]),
    cache: new InMemoryCache(),
  });
  return { client, sent };
}

function Registers({ work }: { work: () => Promise<boolean> }) {
  useBeforeLogout(work);
  return null;
}

describe('requests sent while the before-logout work runs', () => {
  it('go out marked as background work; others, and the user’s own "stay logged in", do not', async () => {
    const { client, sent } = recordingClient();
    await client.mutate({ mutation: SAVE });
    const { unmount } = render(
      <Registers
        work={async () => {
          await client.mutate({ mutation: SAVE });
          await client.mutate({ mutation: SAVE, context: USER_ACTIVITY_CONTEXT });
          return true;
        }}
      />,
    );
    expect(await runBeforeLogout()).toBe(true);
    unmount();
    await client.mutate({ mutation: SAVE });

    expect(sent.map((headers) => headers?.[BACKGROUND_HEADER])).toEqual([
      undefined,
      '1',
      undefined,
      undefined,
    ]);
  });
});
