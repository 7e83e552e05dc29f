import { stopContainer } from '../../../engine/containers/stopContainer';
import { stopStyleCommand } from './stopStyleCommand';

export const stopCommand = stopStyleCommand('stop', 'Stop one or more running containers', stopContainer);
