/** Placeholder until `vnews stats` lands. */
import type { Command } from './command.js';

export const command: Command = {
  name: 'stats',
  summary: 'not built yet',
  help: 'Usage: vnews stats (not built yet)\n',
  async run(_argv, io) {
    io.stderr.write('vnews stats: not built yet\n');
    return 2;
  },
};
