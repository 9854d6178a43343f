// Preloaded into a child process (node --import): writes its peak resident memory (KB) to
// $VNEWS_MAX_RSS_FILE when it exits, so a test can bound what one run took.
import { writeFileSync } from 'node:fs';

const file = process.env.VNEWS_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
