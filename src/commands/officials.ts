/** Placeholder until `vnews officials` lands. */
import type { Command } from './command.js';

export const command: Command = {
  name: 'officials',
  summary: 'not built yet',
  help: 'Usage: vnews officials (not built yet)\n',
  async run(_argv, io) {
    io.stderr.write('vnews officials: not built yet\n');
    return 2;
  },
};
