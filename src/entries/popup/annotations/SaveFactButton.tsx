// "Save" beside a fact in the popup's list: saves the fact as a note in one click (the tab
// does the saving, so the note is painted at once), then says so.
import { useState } from 'preact/hooks';
import { askTab } from '../../../platform/ask';
import { tabs } from '../../../platform/browser';
import type { SaveFactTarget } from '../../../protocol/annotations';

/** Announced in the popup when a note was added here, so the notes section reloads. */
export const NOTES_CHANGED = 'claimlight-notes-changed';

export function SaveFactButton({ fact, tabId }: { fact: SaveFactTarget; tabId?: number | null }) {
  const [state, setState] = useState<'idle' | 'saving' | 'done' | 'failed'>('idle');
  const [label, setLabel] = useState('Save');

  async function save(): Promise<void> {
    setState('saving');
    const tab = tabId ?? tabFromAddress() ?? (await tabs.activeTabId());
    if (tab === null) {
      setState('failed');
      setLabel('No tab');
      return;
    }
    const reply = await askTab(tab, 'annotations/save-fact', fact);
    setState(reply.ok ? 'done' : 'failed');
    if (reply.ok) window.dispatchEvent(new Event(NOTES_CHANGED));
    setLabel(reply.ok ? (reply.value === 'Already saved' ? 'Already saved' : 'Saved') : 'Not saved');
  }

  return (
    <button
      type="button"
      class={`fact-save fact-save-${state}`}
      onClick={() => void save()}
      disabled={state === 'saving' || state === 'done'}
      title={state === 'failed' ? 'Could not save this fact' : 'Save this fact to your notes'}
    >
      {state === 'saving' ? 'Saving…' : label}
    </button>
  );
}

/** The popup opened as a page (tests, a pinned tab) names its tab as ?tab=ID. */
function tabFromAddress(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}
