// Background entry (service worker in Chrome, event page in Firefox).
console.debug('[claimlight] background started');
