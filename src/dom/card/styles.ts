// The card's stylesheet, inside its closed shadow root (page styles cannot reach it).
// Light by default; dark when the page itself is dark (decided per page, not per system).

export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #555b66; --line: #d5d8de; --chip: #eef1f5;
  --accent: #1d4ed8; --accent-fg: #ffffff; --focus: #1d4ed8;
  box-sizing: border-box; width: max-content; min-width: min(240px, calc(100vw - 16px)); max-width: min(360px, calc(100vw - 16px));
  padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px;
  background: var(--bg); color: var(--fg);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.18);
}
.card.dark {
  --bg: #1f2329; --fg: #eceff3; --muted: #b4bac4; --line: #3a4049; --chip: #2e343c;
  --accent: #8ab4ff; --accent-fg: #0d1117; --focus: #8ab4ff;
}
.top { display: flex; align-items: center; gap: 8px; margin-bottom: 4px; }
.chip { font-size: 11px; padding: 1px 7px; border-radius: 999px; background: var(--chip); color: var(--muted); }
.close { margin-left: auto; border: 0; background: none; color: var(--muted); font: inherit; font-size: 16px; line-height: 1; cursor: pointer; padding: 2px 4px; border-radius: 4px; }
.headline { font-weight: 600; overflow-wrap: anywhere; }
.headline a { color: var(--accent); font-weight: 400; }
.detail { color: var(--muted); margin-top: 4px; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-top: 8px; }
button.act { font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); white-space: nowrap; }
button.act:disabled { opacity: .6; cursor: default; }
button.act.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.status { color: var(--muted); font-size: 12px; flex-basis: 100%; }
.status:empty { display: none; }
.copybuf { position: fixed; left: -9999px; top: 0; opacity: 0; }
`;
