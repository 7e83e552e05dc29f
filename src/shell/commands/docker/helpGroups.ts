// The management groups (`docker container`, `docker image` …) as specs: their usage pages list
// every real subcommand, also the ones the simulator does not run (docker/cli's Short texts).
import type { CommandSpec } from '../../cli/flagTypes';

type Sub = { name: string; description: string };

function group(name: string, description: string, subcommands: Sub[]): CommandSpec {
  return { path: `docker ${name}`, usage: 'COMMAND', description, flags: [], subcommands };
}

const s = (name: string, description: string): Sub => ({ name, description });

export const GROUPS: CommandSpec[] = [
  group('container', 'Manage containers', [
    s('attach', 'Attach local standard input, output, and error streams to a running container'),
    s('commit', "Create a new image from a container's changes"),
    s('cp', 'Copy files/folders between a container and the local filesystem'),
    s('create', 'Create a new container'),
    s('diff', "Inspect changes to files or directories on a container's filesystem"),
    s('exec', 'Execute a command in a running container'),
    s('export', "Export a container's filesystem as a tar archive"),
    s('inspect', 'Display detailed information on one or more containers'),
    s('kill', 'Kill one or more running containers'),
    s('logs', 'Fetch the logs of a container'),
    s('ls', 'List containers'),
    s('pause', 'Pause all processes within one or more containers'),
    s('port', 'List port mappings or a specific mapping for the container'),
    s('prune', 'Remove all stopped containers'),
    s('rename', 'Rename a container'),
    s('restart', 'Restart one or more containers'),
    s('rm', 'Remove one or more containers'),
    s('run', 'Create and run a new container from an image'),
    s('start', 'Start one or more stopped containers'),
    s('stats', 'Display a live stream of container(s) resource usage statistics'),
    s('stop', 'Stop one or more running containers'),
    s('top', 'Display the running processes of a container'),
    s('unpause', 'Unpause all processes within one or more containers'),
    s('update', 'Update configuration of one or more containers'),
    s('wait', 'Block until one or more containers stop, then print their exit codes'),
  ]),
  group('image', 'Manage images', [
    s('build', 'Build an image from a Dockerfile'),
    s('history', 'Show the history of an image'),
    s('import', 'Import the contents from a tarball to create a filesystem image'),
    s('inspect', 'Display detailed information on one or more images'),
    s('load', 'Load an image from a tar archive or STDIN'),
    s('ls', 'List images'),
    s('prune', 'Remove unused images'),
    s('pull', 'Download an image from a registry'),
    s('push', 'Upload an image to a registry'),
    s('rm', 'Remove one or more images'),
    s('save', 'Save one or more images to a tar archive (streamed to STDOUT by default)'),
    s('tag', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'),
  ]),
  group('network', 'Manage networks', [
    s('connect', 'Connect a container to a network'),
    s('create', 'Create a network'),
    s('disconnect', 'Disconnect a container from a network'),
    s('inspect', 'Display detailed information on one or more networks'),
    s('ls', 'List networks'),
    s('prune', 'Remove all unused networks'),
    s('rm', 'Remove one or more networks'),
  ]),
  group('volume', 'Manage volumes', [
    s('create', 'Create a volume'),
    s('inspect', 'Display detailed information on one or more volumes'),
    s('ls', 'List volumes'),
    s('prune', 'Remove unused local volumes'),
    s('rm', 'Remove one or more volumes'),
  ]),
  group('system', 'Manage Docker', [
    s('df', 'Show docker disk usage'),
    s('events', 'Get real time events from the server'),
    s('info', 'Display system-wide information'),
    s('prune', 'Remove unused data'),
  ]),
  group('swarm', 'Manage Swarm', [
    s('ca', 'Display and rotate the root CA'),
    s('init', 'Initialize a swarm'),
    s('join', 'Join a swarm as a node and/or manager'),
    s('join-token', 'Manage join tokens'),
    s('leave', 'Leave the swarm'),
    s('unlock', 'Unlock swarm'),
    s('unlock-key', 'Manage the unlock key'),
    s('update', 'Update the swarm'),
  ]),
  group('node', 'Manage Swarm nodes', [
    s('demote', 'Demote one or more nodes from manager in the swarm'),
    s('inspect', 'Display detailed information on one or more nodes'),
    s('ls', 'List nodes in the swarm'),
    s('promote', 'Promote one or more nodes to manager in the swarm'),
    s('ps', 'List tasks running on one or more nodes, defaults to current node'),
    s('rm', 'Remove one or more nodes from the swarm'),
    s('update', 'Update a node'),
  ]),
  // 18.03's cobra Short was "Manage services" (cli/command/service/cmd.go).
  { ...group('service', 'Manage Swarm services', [
    s('create', 'Create a new service'),
    s('inspect', 'Display detailed information on one or more services'),
    s('logs', 'Fetch the logs of a service or task'),
    s('ls', 'List services'),
    s('ps', 'List the tasks of one or more services'),
    s('rm', 'Remove one or more services'),
    s('rollback', "Revert changes to a service's configuration"),
    s('scale', 'Scale one or multiple replicated services'),
    s('update', 'Update a service'),
  ]), classicDescription: 'Manage services' },
];

export function findGroup(name: string): CommandSpec | undefined {
  return GROUPS.find((g) => g.path === `docker ${name}`);
}
