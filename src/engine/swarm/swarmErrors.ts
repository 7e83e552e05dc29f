// The daemon's swarm error texts (daemon/cluster/errors.go, swarmkit), the same in 18.03 and 29.
export const NOT_IN_SWARM_MANAGER =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';
export const WORKER_NOT_MANAGER =
  "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.";
export const ALREADY_IN_SWARM = 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';
export const NOT_PART_OF_SWARM = 'This node is not part of a swarm';
export const NO_QUORUM =
  "The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.";
export const BAD_JOIN_TOKEN = 'rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster';
export const JOIN_TIMEOUT =
  'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.';
const LEAVE_MANAGER = 'You are attempting to leave the swarm on a node that is participating as a manager. ';

/**
 * moby's Cluster.Leave without --force on a manager: the last manager (note the trailing space
 * of that text), a departure that loses quorum, or otherwise only the recovery hint.
 */
export function leaveManagerMessage(reachable: number, unreachable: number): string {
  const lossOfQuorum = reachable - 2 <= unreachable;
  if (lossOfQuorum && reachable === 1 && unreachable === 0) {
    return `${LEAVE_MANAGER}Removing the last manager erases all current state of the swarm. Use \`--force\` to ignore this message. `;
  }
  const quorum = lossOfQuorum ? `Removing this node leaves ${reachable - 1} managers out of ${reachable + unreachable}. Without a Raft quorum your swarm will be inaccessible. ` : '';
  return `${LEAVE_MANAGER}${quorum}The only way to restore a swarm that has lost consensus is to reinitialize it with \`--force-new-cluster\`. Use \`--force\` to suppress this message.`;
}

export function multipleAddresses(list: string): string {
  return `could not choose an IP address to advertise since this system has multiple addresses on different interfaces (${list}) - specify one with --advertise-addr`;
}
