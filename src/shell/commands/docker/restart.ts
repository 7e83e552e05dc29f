import { restartContainer } from '../../../engine/containers/stopContainer';
import { stopStyleCommand } from './stopStyleCommand';

export const restartCommand = stopStyleCommand('restart', 'Restart one or more containers', restartContainer);
