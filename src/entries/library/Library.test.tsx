// @vitest-environment jsdom
// The library over a real Dexie store (fake-indexeddb): paging, search, filters, edit,
// delete with undo, and import with its summary or refusal.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 8000 }); // fake-indexeddb is slow under a loaded machine
import { toClaimlightJson } from '../../core/export';
import { createDb, createRepository, type AnnotationRepository } from '../../storage';
import { Library } from './Library';
import { sampleNotes } from './sample-notes.testing';

let repo: AnnotationRepository;
const NOW = () => new Date('2026-02-01T00:00:00.000Z');

beforeEach(async () => {
  repo = createRepository(createDb(`lib-${Math.random()}`, { indexedDB, IDBKeyRange }));
  await repo.importMany(sampleNotes(120));
});
afterEach(cleanup);

const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('item'));

describe('Library', () => {
  it('shows the newest 50 first and pages through the rest', async () => {
    render(<Library repo={repo} now={NOW} />);
    await screen.findByText('1–50 of 120');
    expect(items()).toHaveLength(50);
    expect(items()[0]!.textContent).toContain('(#119)');
    fireEvent.click(screen.getAllByRole('button', { name: 'Last »' })[0]!);
    await screen.findByText('101–120 of 120');
    expect(items()).toHaveLength(20);
    expect(items().at(-1)!.textContent).toContain('(#0)');
  });

  it('searches quotes, notes and tags, and filters by label, tag and site', async () => {
    render(<Library repo={repo} now={NOW} />);
    await screen.findByText('1–50 of 120');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'insiders' } });
    // quote #1 mod 7 mentions insiders; note "Who are these insiders?" is i mod 6 == 2
    const expected = sampleNotes(120).filter((a) => /insiders/i.test(a.target.quote.exact + a.note)).length;
    await screen.findByText(new RegExp(`of ${expected} \\(filtered\\)`));
    expect(items().every((li) => /insiders/i.test(li.textContent ?? ''))).toBe(true);

    fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'disputed' } });
    const both = sampleNotes(120).filter((a) => /insiders/i.test(a.target.quote.exact + a.note) && a.label === 'disputed').length;
    await screen.findByText(new RegExp(`of ${both} \\(filtered\\)`));

    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await screen.findByText('1–50 of 120');
    await screen.findByRole('option', { name: 'arstechnica.com' });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'arstechnica.com' } });
    await screen.findByText('1–24 of 24 (filtered)');
    expect(items().every((li) => li.textContent?.includes('arstechnica.com'))).toBe(true);
  });

  it('edits a note in place', async () => {
    render(<Library repo={repo} now={NOW} />);
    await screen.findByText('1–50 of 120');
    fireEvent.click(within(items()[0]!).getByRole('button', { name: 'Edit' }));
    const note = within(items()[0]!).getByLabelText('Note');
    fireEvent.input(note, { target: { value: 'Rewritten note' } });
    fireEvent.click(within(items()[0]!).getByRole('radio', { name: 'Misleading' }));
    fireEvent.click(within(items()[0]!).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Rewritten note');
    const stored = await repo.get('00000000-0000-4000-8000-000000000120');
    expect(stored).toMatchObject({ note: 'Rewritten note', label: 'misleading' });
  });

  it('deletes the filtered set and undoes it', async () => {
    render(<Library repo={repo} now={NOW} />);
    await screen.findByText('1–50 of 120');
    await screen.findByRole('option', { name: 'www.wired.com' }); // the menu's choices load after the list
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'www.wired.com' } });
    await screen.findByText('1–24 of 24 (filtered)');
    fireEvent.click(screen.getByRole('button', { name: 'Delete these 24…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete 24' }));
    await screen.findByText('Deleted 24 notes.');
    expect(await repo.count()).toBe(96);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await repo.count()).toBe(120));
    await screen.findByText('1–24 of 24 (filtered)');
  });

  it('imports a file and says what it did, or refuses a malformed one whole', async () => {
    render(<Library repo={repo} now={NOW} />);
    await screen.findByText('1–50 of 120');
    const input = document.getElementById('import-file') as HTMLInputElement;
    const incoming = [...sampleNotes(125).slice(115), ...sampleNotes(1).map((a) => ({ ...a, note: 'newer', updatedAt: '2027-01-01T00:00:00.000Z' }))];
    const file = new File([toClaimlightJson(incoming)], 'notes.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('Imported 11: 5 added, 1 updated, 5 skipped as duplicates');
    expect(await repo.count()).toBe(125);

    const broken = JSON.parse(toClaimlightJson(sampleNotes(3)));
    broken.annotations[2].target.quote.exact = '';
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(broken)], 'broken.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Nothing imported from broken\.json: .*annotations\[2\]\.target\.quote\.exact/);
    expect(await repo.count()).toBe(125);
  });

  it('renders page text as text', async () => {
    const [a] = sampleNotes(1);
    await repo.importMany([{ ...a!, id: '00000000-0000-4000-8000-999999999999', note: '<img src=x onerror=alert(1)>', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' }]);
    render(<Library repo={repo} now={NOW} />);
    await screen.findByText('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.items img')).toBeNull();
  });
});
