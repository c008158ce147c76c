// The background's annotation handlers over a real Dexie store (fake-indexeddb), reached
// through the protocol router as a content script would: add, list by page, update, delete,
// restore (undo).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleAnnotation } from '../../core/model/annotation.testing';
import { backgroundRequests, createRouter, envelope, type Self } from '../../protocol';
import { createDb, createRepository } from '../../storage';

import { annotationHandlers } from './annotation-handlers';

const SELF: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const TAB = { id: 'ext', url: 'https://news.example/a', tab: { id: 4 } };

describe('background annotation handlers', () => {
  it('store, list, edit, delete and restore through the router', async () => {
    const repo = createRepository(createDb(`bg-${Math.random()}`, { indexedDB, IDBKeyRange }));
    const route = createRouter(backgroundRequests, annotationHandlers(() => repo), SELF);
    const { id: _i, createdAt: _c, updatedAt: _u, ...draft } = sampleAnnotation();

    const added = await route(envelope('annotations/add', { draft }), TAB);
    if (!added.ok) throw new Error(added.error);
    const saved = added.value as { id: string; page: { url: string } };
    const listed = await route(envelope('annotations/for-page', { url: saved.page.url }), TAB);
    expect(listed).toMatchObject({ ok: true, value: [{ id: saved.id, note: draft.note }] });

    expect(await route(envelope('annotations/update', { id: saved.id, patch: { note: 'changed', label: 'misleading' } }), TAB)).toMatchObject({
      ok: true,
      value: { note: 'changed', label: 'misleading' },
    });

    const deleted = await route(envelope('annotations/delete', { id: saved.id }), TAB);
    expect(deleted).toMatchObject({ ok: true, value: { id: saved.id } });
    expect(await route(envelope('annotations/for-page', { url: saved.page.url }), TAB)).toEqual({ ok: true, value: [] });

    expect(await route(envelope('annotations/restore', { annotations: [(deleted as { value: unknown }).value] }), TAB)).toEqual({ ok: true, value: null });
    expect(await route(envelope('annotations/for-page', { url: saved.page.url }), TAB)).toMatchObject({ ok: true, value: [{ id: saved.id, note: 'changed' }] });

    // an unknown id is an error reply, not a crash
    expect(await route(envelope('annotations/update', { id: '00000000-0000-4000-8000-000000000000', patch: { note: 'x' } }), TAB)).toMatchObject({ ok: false });
  });
});
