/** Placeholder until `vnews eval` lands. */
import type { Command } from './command.js';

export const command: Command = {
  name: 'eval',
  summary: 'not built yet',
  help: 'Usage: vnews eval (not built yet)\n',
  async run(_argv, io) {
    io.stderr.write('vnews eval: not built yet\n');
    return 2;
  },
};
