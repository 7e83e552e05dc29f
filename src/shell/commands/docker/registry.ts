// Every docker subcommand the simulator runs, by the words typed after `docker`. One entry per
// cobra command: `names[0]` is its name (the command path shown in errors), the rest its
// aliases in the same group. Legacy top-level forms (`docker ps`) are entries of their own,
// as they are separate cobra commands. To add a command: import it and append one entry.
import { buildCommand } from './build';
import { containerEntries } from './containerEntries';
import { commitCommand } from './commit';
import { loginCommand } from './login';
import { logoutCommand } from './logout';
import { pushCommand } from './push';
import { loadCommand } from './load';
import { saveCommand } from './save';
import type { DockerSubcommand } from './subcommand';
import { swarmInitCommand } from './swarmInit';
import { swarmJoinCommand } from './swarmJoin';
import { swarmJoinTokenCommand } from './swarmJoinToken';
import { swarmLeaveCommand } from './swarmLeave';
import { nodeLsCommand } from './nodeLs';
import { nodeInspectCommand } from './nodeInspect';
import { nodePsCommand } from './nodePs';
import { nodeDemoteCommand, nodePromoteCommand } from './nodeRole';
import { nodeRmCommand } from './nodeRm';
import { nodeUpdateCommand } from './nodeUpdate';
import { serviceCreateCommand } from './serviceCreate';
import { serviceLsCommand } from './serviceLs';
import { servicePsCommand } from './servicePs';
import { serviceScaleCommand } from './serviceScale';
import { serviceRmCommand } from './serviceRm';
import { serviceUpdateCommand } from './serviceUpdate';
import { serviceRollbackCommand } from './serviceRollback';
import { serviceLogsCommand } from './serviceLogs';
import { historyCommand } from './history';
import { imageInspectCommand } from './imageInspect';
import { imagePruneCommand } from './imagePrune';
import { imagesCommand } from './images';
import { infoCommand } from './info';
import { inspectCommand } from './inspect';
import { networkConnectCommand, networkDisconnectCommand } from './networkConnect';
import { networkCreateCommand } from './networkCreate';
import { networkInspectCommand } from './networkInspect';
import { networkLsCommand } from './networkLs';
import { networkPruneCommand } from './networkPrune';
import { networkRmCommand } from './networkRm';
import { pullCommand } from './pull';
import { rmiCommand } from './rmi';
import { systemDfCommand } from './systemDf';
import { systemPruneCommand } from './systemPrune';
import { tagCommand } from './tag';
import { versionCommand } from './version';
import { volumeCreateCommand } from './volumeCreate';
import { volumeInspectCommand } from './volumeInspect';
import { volumeLsCommand } from './volumeLs';
import { volumePruneCommand } from './volumePrune';
import { volumeRmCommand } from './volumeRm';

export interface RegistryEntry {
  /** Words after `docker`: ['container ls', 'container list', 'container ps']. */
  names: string[];
  sub: DockerSubcommand;
  /** Runs without asking the daemon first (it reports a stopped daemon itself). */
  noDaemon?: boolean;
}

export const REGISTRY: RegistryEntry[] = [
  // system
  { names: ['version'], sub: versionCommand, noDaemon: true },
  { names: ['info'], sub: infoCommand },
  { names: ['system info'], sub: infoCommand },
  { names: ['system df'], sub: systemDfCommand },
  { names: ['system prune'], sub: systemPruneCommand },
  { names: ['inspect'], sub: inspectCommand },
  // images
  { names: ['pull'], sub: pullCommand },
  { names: ['image pull'], sub: pullCommand },
  { names: ['images'], sub: imagesCommand },
  { names: ['image ls', 'image list'], sub: imagesCommand },
  { names: ['rmi'], sub: rmiCommand },
  { names: ['image rm', 'image remove'], sub: rmiCommand },
  { names: ['tag'], sub: tagCommand },
  { names: ['image tag'], sub: tagCommand },
  { names: ['history'], sub: historyCommand },
  { names: ['image history'], sub: historyCommand },
  { names: ['image prune'], sub: imagePruneCommand },
  { names: ['image inspect'], sub: imageInspectCommand },
  { names: ['commit'], sub: commitCommand },
  { names: ['container commit'], sub: commitCommand },
  { names: ['push'], sub: pushCommand },
  { names: ['image push'], sub: pushCommand },
  { names: ['login'], sub: loginCommand },
  { names: ['logout'], sub: logoutCommand },
  { names: ['save'], sub: saveCommand },
  { names: ['image save'], sub: saveCommand },
  { names: ['load'], sub: loadCommand },
  { names: ['image load'], sub: loadCommand },
  { names: ['build'], sub: buildCommand },
  { names: ['image build'], sub: buildCommand },
  // volumes
  { names: ['volume create'], sub: volumeCreateCommand },
  { names: ['volume ls', 'volume list'], sub: volumeLsCommand },
  { names: ['volume rm', 'volume remove'], sub: volumeRmCommand },
  { names: ['volume inspect'], sub: volumeInspectCommand },
  { names: ['volume prune'], sub: volumePruneCommand },
  // networks (basic; the networking commands add theirs)
  { names: ['network ls', 'network list'], sub: networkLsCommand },
  { names: ['network inspect'], sub: networkInspectCommand },
  { names: ['network create'], sub: networkCreateCommand },
  { names: ['network connect'], sub: networkConnectCommand },
  { names: ['network disconnect'], sub: networkDisconnectCommand },
  { names: ['network rm', 'network remove'], sub: networkRmCommand },
  { names: ['network prune'], sub: networkPruneCommand },
  // swarm (S)
  { names: ['swarm init'], sub: swarmInitCommand },
  { names: ['swarm join'], sub: swarmJoinCommand },
  { names: ['swarm join-token'], sub: swarmJoinTokenCommand },
  { names: ['swarm leave'], sub: swarmLeaveCommand },
  { names: ['node ls', 'node list'], sub: nodeLsCommand },
  { names: ['node inspect'], sub: nodeInspectCommand },
  { names: ['node ps'], sub: nodePsCommand },
  { names: ['node promote'], sub: nodePromoteCommand },
  { names: ['node demote'], sub: nodeDemoteCommand },
  { names: ['node rm', 'node remove'], sub: nodeRmCommand },
  { names: ['node update'], sub: nodeUpdateCommand },
  { names: ['service create'], sub: serviceCreateCommand },
  { names: ['service ls', 'service list'], sub: serviceLsCommand },
  { names: ['service ps'], sub: servicePsCommand },
  { names: ['service scale'], sub: serviceScaleCommand },
  { names: ['service rm', 'service remove'], sub: serviceRmCommand },
  { names: ['service update'], sub: serviceUpdateCommand },
  { names: ['service rollback'], sub: serviceRollbackCommand },
  { names: ['service logs'], sub: serviceLogsCommand },
  // containers (E2)
  ...containerEntries,
];

/** The entry for the typed words, and the cobra path to show for it (`docker image ls`). */
export function findEntry(words: string): { entry: RegistryEntry; path: string } | undefined {
  for (const entry of REGISTRY) {
    if (entry.names.includes(words)) return { entry, path: `docker ${entry.names[0]}` };
  }
  return undefined;
}
