// Reader settings: a global on/off switch and a per-site switch for highlights, kept in
// storage.local. The pure part (defaults, parsing, deciding, updating) is separate from the
// storage calls so it can be tested without a browser.
import { nativeStorage as storage } from './native';

export interface Settings {
  /** highlights on all sites unless a site says otherwise */
  enabled: boolean;
  /** per-site override, keyed by hostname ("www.example.com") */
  sites: Record<string, boolean>;
}

export const SETTINGS_KEY = 'claimlight.settings';
export const DEFAULT_SETTINGS: Settings = { enabled: true, sites: {} };

/** Accepts whatever storage holds and returns valid settings (unknown fields dropped). */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS, sites: {} };
  const r = raw as Record<string, unknown>;
  const sites: Record<string, boolean> = {};
  if (typeof r.sites === 'object' && r.sites !== null) {
    for (const [host, on] of Object.entries(r.sites as Record<string, unknown>)) {
      if (typeof on === 'boolean' && host !== '') sites[host] = on;
    }
  }
  return { enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled, sites };
}

/** Are highlights on for this site? The global switch off wins; then the site's own choice. */
export function highlightsOnFor(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  return settings.sites[host] ?? true;
}

/** Settings with this site switched on or off. Sites are on by default, so only "off" is
 *  stored; the global switch is left as it is (when it is off, every site is off). */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const sites = { ...settings.sites };
  if (on) delete sites[host];
  else sites[host] = false;
  return { ...settings, sites };
}

export function withGlobal(settings: Settings, on: boolean): Settings {
  return { ...settings, enabled: on };
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await storage.get(SETTINGS_KEY));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await storage.set(SETTINGS_KEY, settings);
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return storage.onChanged(SETTINGS_KEY, (value) => listener(parseSettings(value)));
}
