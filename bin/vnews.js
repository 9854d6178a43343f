#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (npm run build). From a checkout, `npm run vnews -- ARGS` uses tsx instead.
import '../dist/cli.js';
