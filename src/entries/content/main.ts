// Content script entry: runs on every http(s) page at document_idle. (Wiring comes with the in-page issue.)
console.debug('[claimlight] content script loaded');
