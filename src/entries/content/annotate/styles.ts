// The stylesheet of the annotation UI inside its closed shadow root (page styles cannot reach
// it): the "Annotate" button, the editor and the note card. Light by default, dark on dark
// pages (the host gets class "dark").
import { ANNOTATION_COLORS } from '../../../core/model/annotation';
import { COLOR_SWATCHES } from '../../../ui/annotations/palette';

const swatches = ANNOTATION_COLORS.map((c) => `.swatch[data-color="${c}"] { background: ${COLOR_SWATCHES[c]}; }`).join('\n');

export const ANNOTATE_CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646;
  --bg: #ffffff; --fg: #1a1a1a; --muted: #555b66; --line: #c9cdd4; --chip: #eef1f5;
  --accent: #1d4ed8; --accent-fg: #ffffff; --focus: #1d4ed8; --danger: #b91c1c;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
.layer.dark { --bg: #1f2329; --fg: #eceff3; --muted: #b4bac4; --line: #4a515c; --chip: #2e343c;
  --accent: #8ab4ff; --accent-fg: #0d1117; --focus: #8ab4ff; --danger: #fca5a5; }
.float { position: absolute; box-sizing: border-box; }
.annotate-target { padding: 6px; cursor: pointer; }
.annotate-btn { font: inherit; font-size: 12px; font-weight: 600; padding: 4px 10px; border-radius: 999px;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); white-space: nowrap; }
.panel { width: 320px; max-width: calc(100vw - 16px); padding: 12px; border: 1px solid var(--line);
  border-radius: 10px; background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0,0,0,.22); }
.panel h2 { font: inherit; font-weight: 600; font-size: 13px; margin: 0 0 6px; display: flex; align-items: center; gap: 8px; }
.quote { margin: 0 0 10px; padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted);
  max-height: 4.4em; overflow: hidden; overflow-wrap: anywhere; }
.field { display: block; margin: 0 0 10px; }
.field > .name { display: block; font-size: 12px; color: var(--muted); margin-bottom: 3px; }
textarea, input[type=text] { box-sizing: border-box; width: 100%; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; padding: 5px 7px; }
textarea { min-height: 64px; resize: vertical; }
.choices { display: flex; flex-wrap: wrap; gap: 4px; }
.choice { font: inherit; font-size: 12px; padding: 2px 9px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
.choice[aria-checked=true] { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
.tags { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; border: 1px solid var(--line); border-radius: 6px; padding: 3px 5px; }
.tags input[type=text] { border: 0; padding: 2px; flex: 1; min-width: 80px; width: auto; }
.tags input[type=text]:focus-visible { outline: none; }
.tags:focus-within { outline: 2px solid var(--focus); outline-offset: 1px; }
.tag { display: inline-flex; align-items: center; gap: 2px; background: var(--chip); border-radius: 999px; padding: 0 4px 0 8px; font-size: 12px; }
.tag button { font: inherit; border: 0; background: none; color: var(--muted); cursor: pointer; padding: 0 3px; border-radius: 999px; }
.swatch { width: 20px; height: 20px; border-radius: 999px; border: 2px solid var(--bg); outline: 1px solid var(--line); cursor: pointer; padding: 0; }
.swatch[aria-checked=true] { outline: 2px solid var(--fg); }
${swatches}
.actions { display: flex; align-items: center; gap: 8px; margin-top: 4px; }
.actions .spacer { flex: 1; }
button.act { white-space: nowrap; font: inherit; font-size: 12px; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
button.act.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; }
button.act.danger { color: var(--danger); }
.panel.undo { width: auto; padding: 8px 10px; }
.hint { font-size: 11px; color: var(--muted); white-space: nowrap; }
.status { font-size: 12px; color: var(--muted); }
.error { font-size: 12px; color: var(--danger); margin: 0 0 8px; }
.chip { font-size: 11px; padding: 1px 8px; border-radius: 999px; background: var(--chip); color: var(--fg); display: inline-flex; align-items: center; gap: 5px; font-weight: 500; }
.dot { width: 8px; height: 8px; border-radius: 999px; display: inline-block; }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; max-height: 12em; overflow: auto; }
.note-empty { color: var(--muted); font-style: italic; margin: 6px 0; }
.meta { font-size: 11px; color: var(--muted); }
.close { margin-left: auto; border: 0; background: none; color: var(--muted); font: inherit; font-size: 16px; line-height: 1; cursor: pointer; padding: 2px 5px; border-radius: 4px; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
@media (prefers-reduced-motion: no-preference) { .annotate-btn { animation: pop .12s ease-out; } }
@keyframes pop { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
`;
