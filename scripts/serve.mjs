#!/usr/bin/env node
// `npm start`: placeholder replaced once the API exists.
console.error('The product cannot be started yet: the API and SPAs are still being built.');
process.exit(1);
