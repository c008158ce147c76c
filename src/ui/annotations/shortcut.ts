// The keyboard shortcut that opens the annotation editor on the selection, as suggested in
// manifest.json (commands.annotate-selection); shown in hints. (Alt+Shift+A is taken by
// Chrome itself, which then leaves the command without a key.)
export const ANNOTATE_SHORTCUT = 'Alt+Shift+M';
