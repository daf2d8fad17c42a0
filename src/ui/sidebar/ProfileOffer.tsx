import { useState } from 'preact/hooks';
import type { Person } from '../../core/model';
import { Button } from '../components/Button';
import { StatusLine } from '../components/StatusLine';

interface Props {
  account: Person;
  adopt: () => Promise<void>;
  edit: () => Promise<void>;
}

/** On first use, the account the mail page shows, offered in one click as the user's profile. */
export function ProfileOffer({ account, adopt, edit }: Props) {
  const [failure, setFailure] = useState('');
  const attempt = (action: () => Promise<void>) => () => action().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  return (
    <section class="profile-offer" aria-labelledby="afterview-profile-offer">
      <p id="afterview-profile-offer" class="profile-offer__question">
        Are you <strong>{account.name}</strong>
        {account.email ? ` <${account.email}>` : ''}?
      </p>
      <p class="profile-offer__why">Your drafts are signed with this name.</p>
      <div class="profile-offer__actions">
        <Button primary onClick={attempt(adopt)}>
          Yes
        </Button>
        <Button onClick={attempt(edit)}>Edit</Button>
      </div>
      {failure ? <StatusLine message={failure} error /> : null}
    </section>
  );
}
