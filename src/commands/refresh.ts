/** Placeholder until `vnews refresh` lands. */
import type { Command } from './command.js';

export const command: Command = {
  name: 'refresh',
  summary: 'not built yet',
  help: 'Usage: vnews refresh (not built yet)\n',
  async run(_argv, io) {
    io.stderr.write('vnews refresh: not built yet\n');
    return 2;
  },
};
