/** Placeholder until `vnews query` lands. */
import type { Command } from './command.js';

export const command: Command = {
  name: 'query',
  summary: 'not built yet',
  help: 'Usage: vnews query (not built yet)\n',
  async run(_argv, io) {
    io.stderr.write('vnews query: not built yet\n');
    return 2;
  },
};
